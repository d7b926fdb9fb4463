using Microsoft.OpenApi;

namespace Concord.OpenApi.Diff;

/// <summary>One operation of a document, keyed by method and normalised path template.</summary>
internal sealed record OperationEntry(string Method, PathTemplate Path, IOpenApiPathItem PathItem, OpenApiOperation Operation)
{
    public string Key => Method + " " + Path.Key;

    public string Display => Method + " " + Path.Raw;

    public string PathPointer => "#/paths/" + Loading.JsonPointer.Escape(Path.Raw);

    public string Pointer => PathPointer + "/" + Method.ToLowerInvariant();

    /// <summary>Every operation of a document, in a stable order; the first raw path wins when two normalise alike.</summary>
    public static SortedDictionary<string, OperationEntry> Index(OpenApiDocument document)
    {
        var index = new SortedDictionary<string, OperationEntry>(StringComparer.Ordinal);
        if (document.Paths is null)
        {
            return index;
        }

        foreach (var (raw, item) in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var template = PathTemplate.Parse(raw);
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var entry = new OperationEntry(method.Method.ToUpperInvariant(), template, item, operation);
                index.TryAdd(entry.Key, entry);
            }
        }

        return index;
    }
}
