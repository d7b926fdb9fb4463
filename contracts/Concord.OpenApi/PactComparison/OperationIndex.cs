using System.Text;
using System.Text.RegularExpressions;
using Concord.OpenApi.Loading;
using JsonPointer = Concord.OpenApi.Loading.JsonPointer;
using Microsoft.OpenApi;

namespace Concord.OpenApi.PactComparison;

/// <summary>
/// Finds the operation an interaction's request reaches, the way servers route: below one of the document's
/// base paths (its servers' paths, or Swagger 2.0's basePath; else the paths as written), segment by segment after percent-decoding,
/// a trailing slash ignored, literal segments before template parameters. Built once per document.
/// </summary>
internal sealed partial class OperationIndex
{
    private readonly List<Route> _routes = [];

    public OperationIndex(SpecDocument document)
    {
        BasePaths = BasePathsOf(document.Model.Servers);
        foreach (var (path, item) in (IEnumerable<KeyValuePair<string, IOpenApiPathItem>>?)document.Model.Paths ?? [])
        {
            if (item is null)
            {
                continue;
            }

            var segments = Split(path).Select(SegmentPattern.Parse).ToArray();
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var own = (operation.Parameters ?? []).Where(p => p is not null).ToList();
                var inherited = (item.Parameters ?? []).Where(p => p is not null && !own.Any(o => o.Name == p.Name && o.In == p.In));
                var upper = method.Method.ToUpperInvariant();
                _routes.Add(new Route(
                    segments,
                    new SpecOperation(upper, path, "#/paths/" + JsonPointer.Escape(path) + "/" + method.Method.ToLowerInvariant(), operation, [.. own, .. inherited])));
            }
        }
    }

    /// <summary>The base paths requests are served under, longest first; <c>/</c> when the document names none.</summary>
    public IReadOnlyList<string> BasePaths { get; }

    /// <summary>The operation a request reaches, or why none does.</summary>
    public OperationMatch Match(string method, string requestPath)
    {
        var path = requestPath.Split('?', '#')[0];
        var best = default(OperationMatch);
        var otherMethods = new SortedSet<string>(StringComparer.Ordinal);
        // The document's paths as written come last: a consumer whose base address already holds the server's
        // path (https://api.example.com/v1) records /orders, not /v1/orders, and PactFlow's comparator reads pacts so.
        foreach (var basePath in BasePaths.Append("/").Distinct(StringComparer.Ordinal))
        {
            if (!UnderBase(path, basePath, out var rest))
            {
                continue;
            }

            var segments = Split(rest).Select(Decode).ToArray();
            foreach (var route in _routes)
            {
                if (route.Match(segments, ignoreCase: false) is not { } found)
                {
                    continue;
                }

                if (route.Operation.Method != method)
                {
                    otherMethods.Add(route.Operation.Method);
                    continue;
                }

                if (best is null || found.Literals > best.Literals)
                {
                    best = new OperationMatch(route.Operation, found.Values, found.Literals, IgnoredCase: false, OtherMethods: []);
                }
            }

            if (best is not null)
            {
                return best;
            }

            // Letter case last: most servers (not ASP.NET Core) route case-sensitively, so this is only a near match.
            foreach (var route in _routes.Where(r => r.Operation.Method == method))
            {
                if (route.Match(segments, ignoreCase: true) is { } found && (best is null || found.Literals > best.Literals))
                {
                    best = new OperationMatch(route.Operation, found.Values, found.Literals, IgnoredCase: true, OtherMethods: []);
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        return new OperationMatch(null, new Dictionary<string, string>(), 0, false, [.. otherMethods]);
    }

    private static bool UnderBase(string path, string basePath, out string rest)
    {
        if (basePath == "/")
        {
            rest = path;
            return true;
        }

        if (path.StartsWith(basePath, StringComparison.Ordinal) && (path.Length == basePath.Length || path[basePath.Length] == '/'))
        {
            rest = path[basePath.Length..];
            return true;
        }

        rest = string.Empty;
        return false;
    }

    private static IReadOnlyList<string> BasePathsOf(IList<OpenApiServer>? servers)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var server in servers ?? [])
        {
            var url = server.Url ?? "/";
            foreach (var (name, variable) in server.Variables ?? new Dictionary<string, OpenApiServerVariable>())
            {
                url = url.Replace("{" + name + "}", variable.Default ?? string.Empty, StringComparison.Ordinal);
            }

            var scheme = url.IndexOf("://", StringComparison.Ordinal);
            var path = scheme >= 0 ? (url.IndexOf('/', scheme + 3) is var slash and >= 0 ? url[slash..] : "/") : url;
            path = "/" + path.Split('?', '#')[0].Trim('/');
            paths.Add(path);
        }

        if (paths.Count == 0)
        {
            paths.Add("/");
        }

        return [.. paths.OrderByDescending(p => p.Length)];
    }

    // Empty segments (a trailing or doubled slash) are dropped, as servers' routers do.
    private static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private static string Decode(string segment)
    {
        try
        {
            return Uri.UnescapeDataString(segment);
        }
        catch (UriFormatException)
        {
            return segment;
        }
    }

    private sealed record Route(SegmentPattern[] Segments, SpecOperation Operation)
    {
        public (Dictionary<string, string> Values, int Literals)? Match(string[] request, bool ignoreCase)
        {
            if (request.Length != Segments.Length)
            {
                return null;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var literals = 0;
            for (var i = 0; i < request.Length; i++)
            {
                if (!Segments[i].Match(request[i], ignoreCase, values))
                {
                    return null;
                }

                literals += Segments[i].IsLiteral ? 1 : 0;
            }

            return (values, literals);
        }
    }

    /// <summary>One segment of a path template: a literal, a parameter, or a mix (<c>{name}.json</c>).</summary>
    private sealed partial record SegmentPattern(string Literal, Regex? Pattern, IReadOnlyList<string> Names)
    {
        public bool IsLiteral => Pattern is null;

        public static SegmentPattern Parse(string segment)
        {
            var parameters = Parameter().Matches(segment);
            if (parameters.Count == 0)
            {
                return new SegmentPattern(Decode(segment), null, []);
            }

            var pattern = new StringBuilder("^");
            var names = new List<string>();
            var at = 0;
            foreach (Match parameter in parameters)
            {
                pattern.Append(Regex.Escape(segment[at..parameter.Index]));
                pattern.Append("(.+?)");
                names.Add(parameter.Groups[1].Value);
                at = parameter.Index + parameter.Length;
            }

            pattern.Append(Regex.Escape(segment[at..])).Append('$');
            return new SegmentPattern(segment, new Regex(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline), names);
        }

        public bool Match(string value, bool ignoreCase, Dictionary<string, string> values)
        {
            if (Pattern is null)
            {
                return string.Equals(Literal, value, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            }

            var match = Pattern.Match(value);
            if (!match.Success)
            {
                return false;
            }

            for (var i = 0; i < Names.Count; i++)
            {
                values[Names[i]] = match.Groups[i + 1].Value;
            }

            return true;
        }

        [GeneratedRegex(@"\{([^{}]+)\}")]
        private static partial Regex Parameter();
    }
}

/// <summary>The operation a request reaches (with its path parameters' values), or the methods the path has instead.</summary>
internal sealed record OperationMatch(SpecOperation? Operation, IReadOnlyDictionary<string, string> PathValues, int Literals, bool IgnoredCase, IReadOnlyList<string> OtherMethods);
