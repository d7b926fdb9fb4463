using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Concord.OpenApi.PactComparison;

internal sealed partial class InteractionChecks
{
    private static readonly TimeSpan s_regexTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// The pact's examples are what is checked against the document; a matcher only widens them. An example
    /// that does not satisfy its own matcher means the contract says two things, so it is reported.
    /// </summary>
    private void CheckMatcherExamples(PactRequest request, PactResponse response)
    {
        CheckMatchers("request", request.Matchers, request.Path, request.Headers, request.Query, request.Body);
        CheckMatchers("response", response.Matchers, null, response.Headers, [], response.Body);
    }

    private void CheckMatchers(string side, PactMatchers matchers, string? path, PactHeaders headers, IReadOnlyList<KeyValuePair<string, string>> query, PactBody? body)
    {
        foreach (var (_, list) in matchers.In("path"))
        {
            if (path is not null)
            {
                CheckExample(side, "path", JsonValue.Create(path), list);
            }
        }

        foreach (var (name, list) in matchers.In("header"))
        {
            if (headers[name] is { } value)
            {
                CheckExample(side, $"header {name}", JsonValue.Create(value), list);
            }
        }

        foreach (var (name, list) in matchers.In("query"))
        {
            foreach (var value in query.Where(q => q.Key == name))
            {
                CheckExample(side, $"query {name}", JsonValue.Create(value.Value), list);
            }
        }

        if (body?.Json is { } json)
        {
            foreach (var (expression, list) in matchers.In("body"))
            {
                foreach (var node in JsonPathLite.Select(json, expression))
                {
                    CheckExample(side, $"body {expression}", node, list);
                }
            }
        }
    }

    private void CheckExample(string side, string what, JsonNode? example, List<JsonObject> matchers)
    {
        foreach (var matcher in matchers)
        {
            var kind = matcher["match"] is JsonValue m && m.TryGetValue<string>(out var text) ? text : string.Empty;
            var problem = kind switch
            {
                "regex" when matcher["regex"] is JsonValue r && r.TryGetValue<string>(out var pattern) && example is JsonValue v =>
                    FullMatch(pattern, v.TryGetValue<string>(out var s) ? s : v.ToJsonString()) ? null : $"does not match its regex /{pattern}/",
                "integer" when example is not JsonValue || example.GetValueKind() != System.Text.Json.JsonValueKind.Number || example.ToJsonString().Contains('.', StringComparison.Ordinal) =>
                    "is not an integer, as its integer matcher says",
                "decimal" or "number" when example is not JsonValue || example.GetValueKind() != System.Text.Json.JsonValueKind.Number =>
                    $"is not a number, as its {kind} matcher says",
                "boolean" when example is not JsonValue || example.GetValueKind() is not (System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False) =>
                    "is not a boolean, as its boolean matcher says",
                _ => null,
            };
            if (problem is not null)
            {
                var shown = Shown(what[(what.LastIndexOf(' ') + 1)..].TrimStart('$', '.'), example?.ToJsonString() ?? "null");
                Report(
                    PactComparisonRules.MatcherExampleMismatch,
                    $"the {side} {what} example {shown} {problem}; the provider is checked against the example",
                    "#/paths",
                    fix: "Make the example satisfy its matcher: the example is what both sides are checked against.");
            }
        }
    }

    private static bool FullMatch(string pattern, string value)
    {
        try
        {
            var match = Regex.Match(value, pattern, RegexOptions.CultureInvariant, s_regexTimeout);
            return match.Success && match.Index == 0 && match.Length == value.Length;
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            // A pattern .NET cannot read (another engine's dialect) or too slow: no verdict.
            return true;
        }
    }
}
