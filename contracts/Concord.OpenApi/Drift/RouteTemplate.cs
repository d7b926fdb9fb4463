namespace Concord.OpenApi.Drift;

/// <summary>An OpenAPI path template such as <c>/models/{name}</c>, matched segment by segment against concrete paths.</summary>
public sealed class RouteTemplate
{
    private readonly string[] _segments;

    public RouteTemplate(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        Template = template;
        _segments = Split(template);
    }

    /// <summary>The template as the document writes it.</summary>
    public string Template { get; }

    /// <summary>The template's segments; a <c>{parameter}</c> segment matches any one segment.</summary>
    public IReadOnlyList<string> Segments => _segments;

    /// <summary>Whether <paramref name="path"/> (query ignored) is an instance of this template.</summary>
    public bool Matches(string path)
    {
        var segments = Split(path);
        return segments.Length == _segments.Length
            && _segments.Zip(segments).All(pair => IsParameter(pair.First) || string.Equals(pair.First, pair.Second, StringComparison.Ordinal));
    }

    /// <summary>A concrete path for a live probe: every parameter becomes <paramref name="placeholder"/>.</summary>
    public string Instantiate(string placeholder) =>
        "/" + string.Join('/', _segments.Select(segment => IsParameter(segment) ? placeholder : segment));

    /// <summary>The segments of a path, without its query and empty segments.</summary>
    public static string[] Split(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var end = path.IndexOfAny(['?', '#']);
        return (end < 0 ? path : path[..end]).Split('/', StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');
}
