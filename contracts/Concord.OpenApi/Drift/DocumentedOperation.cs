using Concord.OpenApi.Loading;
using Microsoft.OpenApi;

namespace Concord.OpenApi.Drift;

/// <summary>One operation a document lists: its method, path template and where it is written.</summary>
public sealed record DocumentedOperation(string Method, RouteTemplate Path, string Pointer, bool DocumentsNotFound)
{
    /// <summary>Every operation of <paramref name="document"/>, ordered by path then method.</summary>
    public static IReadOnlyList<DocumentedOperation> Of(SpecDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var operations = new List<DocumentedOperation>();
        foreach (var (path, item) in (IEnumerable<KeyValuePair<string, IOpenApiPathItem>>?)document.Model.Paths ?? [])
        {
            foreach (var (method, operation) in item?.Operations ?? [])
            {
                operations.Add(new DocumentedOperation(
                    method.Method.ToUpperInvariant(),
                    new RouteTemplate(path),
                    "#/paths/" + Loading.JsonPointer.Escape(path) + "/" + method.Method.ToLowerInvariant(),
                    operation.Responses?.ContainsKey("404") == true));
            }
        }

        return [.. operations.OrderBy(o => o.Path.Template, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)];
    }
}
