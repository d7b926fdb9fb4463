using Microsoft.OpenApi;

namespace Concord.OpenApi.Diff;

/// <summary>
/// One operation of a document, keyed by method and normalised path template. A webhook is an operation
/// the server calls on its subscribers, so data flows the other way round.
/// </summary>
internal sealed record OperationEntry(string Method, PathTemplate Path, IOpenApiPathItem PathItem, OpenApiOperation Operation, bool IsWebhook = false)
{
    public string Key => (IsWebhook ? "webhook " : string.Empty) + Method + " " + Path.Key;

    public string Display => IsWebhook ? $"webhook '{Path.Raw}' {Method}" : Method + " " + Path.Raw;

    public string PathPointer => (IsWebhook ? "#/webhooks/" : "#/paths/") + Loading.JsonPointer.Escape(Path.Raw);

    public string Pointer => PathPointer + "/" + Method.ToLowerInvariant();

    /// <summary>Every operation of a document, in a stable order; the first raw path wins when two normalise alike.</summary>
    public static SortedDictionary<string, OperationEntry> Index(OpenApiDocument document) =>
        Index((IEnumerable<KeyValuePair<string, IOpenApiPathItem>>?)document.Paths, webhooks: false);

    /// <summary>Every webhook operation of a document (OpenAPI 3.1+).</summary>
    public static SortedDictionary<string, OperationEntry> Webhooks(OpenApiDocument document) =>
        Index(document.Webhooks, webhooks: true);

    private static SortedDictionary<string, OperationEntry> Index(IEnumerable<KeyValuePair<string, IOpenApiPathItem>>? items, bool webhooks)
    {
        var index = new SortedDictionary<string, OperationEntry>(StringComparer.Ordinal);
        if (items is null)
        {
            return index;
        }

        foreach (var (raw, item) in items.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var template = webhooks ? new PathTemplate(raw, raw, []) : PathTemplate.Parse(raw);
            foreach (var (method, operation) in item?.Operations ?? [])
            {
                var entry = new OperationEntry(method.Method.ToUpperInvariant(), template, item!, operation, webhooks);
                index.TryAdd(entry.Key, entry);
            }
        }

        return index;
    }
}
