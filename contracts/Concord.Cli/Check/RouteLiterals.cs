using System.Text.RegularExpressions;
using Concord.Core.Findings;
using Concord.OpenApi.Drift;

namespace Concord.Cli.Check;

/// <summary>
/// The routes a consumer's code calls: string literals that start with <c>/</c> and are passed to an
/// HTTP call (<c>GetAsync</c>, <c>PostAsJsonAsync</c>, <c>new HttpRequestMessage(HttpMethod.Post, …)</c>, …).
/// </summary>
internal static partial class RouteLiterals
{
    public static IReadOnlyList<CalledRoute> In(IEnumerable<string> files)
    {
        var calls = new List<CalledRoute>();
        foreach (var file in files.Where(File.Exists))
        {
            var text = File.ReadAllText(file);
            foreach (Match match in CallPattern().Matches(text))
            {
                var verb = match.Groups["verb"].Success ? match.Groups["verb"] : match.Groups["method"];
                var path = match.Groups["path"];
                var line = text.AsSpan(0, path.Index).Count('\n') + 1;
                // The column of the literal's opening quote, 1-based.
                var column = path.Index - (text.LastIndexOf('\n', path.Index) + 1);
                calls.Add(new CalledRoute(path.Value, verb.Success ? verb.Value.ToUpperInvariant() : null, new SourceLocation(file, line, column)));
            }
        }

        return calls;
    }

    [GeneratedRegex("""(?:\b(?<verb>Get|Post|Put|Patch|Delete)(?:AsJson|FromJson)?Async\(\s*|new\s+HttpRequestMessage\(\s*HttpMethod\.(?<method>Get|Post|Put|Patch|Delete)\s*,\s*)"(?<path>/[A-Za-z0-9_.~\-/{}]*)""")]
    private static partial Regex CallPattern();
}
