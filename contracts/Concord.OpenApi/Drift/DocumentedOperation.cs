using Microsoft.OpenApi;

namespace Concord.OpenApi.Drift;

/// <summary>One operation a document lists: its method, path template and where it is written.</summary>
public sealed record DocumentedOperation(string Method, RouteTemplate Path, string Pointer, bool DocumentsNotFound)
{
    /// <summary>The operation's path and query parameters (path-item parameters included), each with the value a probe sends.</summary>
    public IReadOnlyList<DocumentedParameter> Parameters { get; init; } = [];

    /// <summary>
    /// The request a probe sends: the path with every parameter filled with a value its schema and route
    /// constraints accept, and every required query parameter.
    /// </summary>
    public string ProbePath()
    {
        var path = Path.Instantiate(parameter => Parameters.FirstOrDefault(p => p.In == "path" && p.Name == parameter.Name)?.ProbeValue);
        var query = Parameters
            .Where(p => p.In == "query" && p.Required)
            .Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.ProbeValue ?? "concord-probe"))
            .Prepend(Path.Query is { Length: > 0 } own && !own.StartsWith('#') ? own.Split('#')[0] : null)
            .OfType<string>()
            .ToList();
        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }

    /// <summary>Every operation of <paramref name="document"/>, ordered by path then method.</summary>
    public static IReadOnlyList<DocumentedOperation> Of(Loading.SpecDocument document)
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
                    operation.Responses?.ContainsKey("404") == true)
                {
                    Parameters = ParametersOf(item!, operation),
                });
            }
        }

        return [.. operations.OrderBy(o => o.Path.Template, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)];
    }

    /// <summary>The operation's own parameters, then the path item's it does not override (same name and location).</summary>
    private static DocumentedParameter[] ParametersOf(IOpenApiPathItem item, OpenApiOperation operation)
    {
        var own = (operation.Parameters ?? []).Where(p => p is not null).ToList();
        var inherited = (item.Parameters ?? []).Where(p => p is not null && !own.Any(o => o.Name == p.Name && o.In == p.In));
        return
        [
            .. own.Concat(inherited)
                .Where(p => p.In is ParameterLocation.Path or ParameterLocation.Query && p.Name is not null)
                .Select(p => new DocumentedParameter(p.Name!, p.In == ParameterLocation.Path ? "path" : "query", p.Required || p.In == ParameterLocation.Path, ProbeValues.For(p))),
        ];
    }
}
