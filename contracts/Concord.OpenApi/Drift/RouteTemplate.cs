using System.Text;
using System.Text.RegularExpressions;

namespace Concord.OpenApi.Drift;

/// <summary>
/// A path template such as <c>/models/{name}</c> (OpenAPI) or <c>/orders/{id:int}/{*rest}</c> (ASP.NET Core
/// routing), matched segment by segment against concrete paths, and instantiated with values its route
/// constraints accept. A segment may mix literals and parameters (<c>{name}.{ext}</c>).
/// </summary>
public sealed class RouteTemplate
{
    private readonly string[] _segments;
    private readonly Segment[] _parsed;

    public RouteTemplate(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        Template = template;
        _segments = Split(template);
        var query = QueryStart(template);
        Query = query < 0 ? null : template[(query + 1)..];
        _parsed = [.. _segments.Select(Segment.Parse)];
        Parameters = [.. _parsed.SelectMany(s => s.Parameters)];
        Shape = "/" + string.Join('/', _parsed.Select(s => s.Shape));
    }

    /// <summary>The template as the document writes it.</summary>
    public string Template { get; }

    /// <summary>The template's segments as written; a segment holding a parameter matches values its constraints accept.</summary>
    public IReadOnlyList<string> Segments => _segments;

    /// <summary>A query the template itself carries (some documents key a path as <c>/responses?beta=true</c>), or null.</summary>
    public string? Query { get; }

    /// <summary>The template's parameters, in order.</summary>
    public IReadOnlyList<RouteParameter> Parameters { get; }

    /// <summary>
    /// The template with parameter names and constraints left out (<c>/orders/{}</c>): two templates with the same
    /// shape route the same paths as far as documents can tell (<c>/orders/{id}</c> and <c>/orders/{orderId:int}</c>).
    /// </summary>
    public string Shape { get; }

    /// <summary>
    /// Whether <paramref name="path"/> (query ignored) is an instance of this template: literals equal (ordinal),
    /// parameter values accepted by their constraints, an optional last parameter or a catch-all may be absent.
    /// A <c>{hole}</c> segment of <paramref name="path"/> (a value only known at run time) matches any one segment.
    /// </summary>
    public bool Matches(string path)
    {
        var segments = Split(path);
        for (var i = 0; i < _parsed.Length; i++)
        {
            var segment = _parsed[i];
            if (segment.IsCatchAll)
            {
                return true;
            }

            if (i >= segments.Length)
            {
                // What is left must be optional parameters or a catch-all.
                return _parsed.Skip(i).All(s => s.IsOptional || s.IsCatchAll);
            }

            if (!segment.Matches(segments[i]))
            {
                return false;
            }
        }

        return segments.Length == _parsed.Length;
    }

    /// <summary>A concrete path for a live probe: every parameter becomes <paramref name="placeholder"/>, or a value its constraints accept.</summary>
    public string Instantiate(string placeholder) => Instantiate(_ => placeholder);

    /// <summary>
    /// A concrete path for a live probe: each parameter gets <paramref name="valueFor"/>'s value when its route
    /// constraints accept it, else a value they accept. Optional parameters and catch-alls are filled too.
    /// </summary>
    public string Instantiate(Func<RouteParameter, string?> valueFor)
    {
        ArgumentNullException.ThrowIfNull(valueFor);
        return "/" + string.Join('/', _parsed.Select(segment => segment.Instantiate(valueFor)));
    }

    /// <summary>The segments of a path, without its query and empty segments.</summary>
    public static string[] Split(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var end = QueryStart(path);
        return (end < 0 ? path : path[..end]).Split('/', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Where a path's query (or fragment) starts; a '?' inside braces marks an optional parameter, not a query.</summary>
    private static int QueryStart(string path)
    {
        var end = path.IndexOfAny(['?', '#']);
        while (end >= 0 && path.LastIndexOf('{', end) > path.LastIndexOf('}', end))
        {
            end = path.IndexOfAny(['?', '#'], end + 1);
        }

        return end;
    }

    /// <summary>Whether a segment is a parameter placeholder (holds <c>{…}</c>).</summary>
    internal static bool IsParameter(string segment) => segment.Contains('{', StringComparison.Ordinal) && segment.Contains('}', StringComparison.Ordinal);

    /// <summary>One segment: literal text and parameters in the order written.</summary>
    private sealed class Segment
    {
        private readonly List<object> _parts = [];
        private Regex? _pattern;

        public IEnumerable<RouteParameter> Parameters => _parts.OfType<RouteParameter>();

        public bool IsCatchAll => _parts is [RouteParameter { CatchAll: true }];

        public bool IsOptional => _parts is [RouteParameter { Optional: true }] || _parts is [RouteParameter { Default: not null }];

        public string Shape => string.Concat(_parts.Select(part => part is RouteParameter p ? (p.CatchAll ? "{*}" : "{}") : (string)part));

        public static Segment Parse(string text)
        {
            var segment = new Segment();
            var literal = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '{' && i + 1 < text.Length && text[i + 1] == '{' || text[i] == '}' && i + 1 < text.Length && text[i + 1] == '}')
                {
                    literal.Append(text[i++]);
                    continue;
                }

                var close = text[i] == '{' ? ClosingBrace(text, i) : -1;
                if (close < 0)
                {
                    literal.Append(text[i]);
                    continue;
                }

                if (literal.Length > 0)
                {
                    segment._parts.Add(literal.ToString());
                    literal.Clear();
                }

                segment._parts.Add(RouteParameter.Parse(text[(i + 1)..close]));
                i = close;
            }

            if (literal.Length > 0)
            {
                segment._parts.Add(literal.ToString());
            }

            return segment;
        }

        public bool Matches(string value)
        {
            if (IsParameter(value))
            {
                // A hole: a value known only at run time, which may be any segment; claiming it misses would be a guess.
                return true;
            }

            if (_parts is [string literal])
            {
                return string.Equals(literal, value, StringComparison.Ordinal);
            }

            if (_parts is [RouteParameter only])
            {
                return only.Accepts(Uri.UnescapeDataString(value));
            }

            _pattern ??= new Regex(
                "^" + string.Concat(_parts.Select(part => part is string text ? Regex.Escape(text) : "(.+?)")) + "$",
                RegexOptions.CultureInvariant);
            var match = _pattern.Match(value);
            if (!match.Success)
            {
                return false;
            }

            var parameters = Parameters.ToList();
            return parameters.Select((parameter, index) => parameter.Accepts(match.Groups[index + 1].Value)).All(accepted => accepted);
        }

        public string Instantiate(Func<RouteParameter, string?> valueFor) =>
            string.Concat(_parts.Select(part => part is RouteParameter parameter
                ? Uri.EscapeDataString(parameter.SampleValue(valueFor(parameter)))
                : (string)part));

        private static int ClosingBrace(string text, int open)
        {
            var depth = 0;
            for (var i = open + 1; i < text.Length; i++)
            {
                depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
                if (text[i] == '}' && depth <= 0)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
