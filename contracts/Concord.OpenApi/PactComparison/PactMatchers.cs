using System.Text.Json.Nodes;

namespace Concord.OpenApi.PactComparison;

/// <summary>
/// The matching rules of a request or response, normalised to the V3/V4 shape: a category
/// (<c>body</c>, <c>header</c>, <c>query</c>, <c>path</c>) and, within it, an expression (a JSON path for
/// bodies, a name for headers and query parameters, empty for the path) mapped to its matchers.
/// </summary>
public sealed class PactMatchers
{
    private readonly Dictionary<string, Dictionary<string, List<JsonObject>>> _rules = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>No matching rules.</summary>
    public static PactMatchers Empty { get; } = new();

    /// <summary>The matchers of a category, by expression.</summary>
    public IReadOnlyDictionary<string, List<JsonObject>> In(string category) =>
        _rules.TryGetValue(category, out var rules) ? rules : new Dictionary<string, List<JsonObject>>();

    internal void Add(string category, string expression, JsonObject matcher)
    {
        if (!_rules.TryGetValue(category, out var rules))
        {
            _rules[category] = rules = new Dictionary<string, List<JsonObject>>(
                category.Equals("header", StringComparison.OrdinalIgnoreCase) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        }

        if (!rules.TryGetValue(expression, out var list))
        {
            rules[expression] = list = [];
        }

        list.Add(matcher);
    }

    /// <summary>
    /// Reads V3/V4 rules (<c>{"body": {"$.a": {"matchers": [...]}}, "path": {"matchers": [...]}}</c>) or V2 rules
    /// (<c>{"$.body.a": {"match": "type"}, "$.headers.X": {...}, "$.path": {...}, "$.query.q": {...}}</c>).
    /// </summary>
    internal static PactMatchers Read(JsonNode? node)
    {
        var matchers = new PactMatchers();
        if (node is not JsonObject rules)
        {
            return matchers;
        }

        foreach (var (key, value) in rules)
        {
            if (key.StartsWith('$'))
            {
                AddV2(matchers, key, value);
                continue;
            }

            var category = key.Equals("headers", StringComparison.OrdinalIgnoreCase) ? "header" : key;
            if (value is not JsonObject entries)
            {
                continue;
            }

            // The path category holds its matchers directly; the others by expression.
            if (entries.ContainsKey("matchers"))
            {
                AddAll(matchers, category, string.Empty, entries);
                continue;
            }

            foreach (var (expression, rule) in entries)
            {
                AddAll(matchers, category, expression, rule);
            }
        }

        return matchers;
    }

    private static void AddV2(PactMatchers matchers, string key, JsonNode? value)
    {
        if (value is not JsonObject matcher)
        {
            return;
        }

        if (key == "$.path")
        {
            matchers.Add("path", string.Empty, matcher);
        }
        else if (key.StartsWith("$.body", StringComparison.Ordinal))
        {
            matchers.Add("body", "$" + key["$.body".Length..], matcher);
        }
        else if (key.StartsWith("$.headers.", StringComparison.Ordinal) || key.StartsWith("$.header.", StringComparison.Ordinal))
        {
            matchers.Add("header", Unquote(key[(key.IndexOf('.', 2) + 1)..]), matcher);
        }
        else if (key.StartsWith("$.query.", StringComparison.Ordinal))
        {
            matchers.Add("query", Unquote(key["$.query.".Length..]), matcher);
        }
    }

    private static void AddAll(PactMatchers matchers, string category, string expression, JsonNode? rule)
    {
        if (rule is JsonObject { } withList && withList["matchers"] is JsonArray list)
        {
            foreach (var matcher in list.OfType<JsonObject>())
            {
                matchers.Add(category, expression, matcher);
            }
        }
        else if (rule is JsonObject single && single.ContainsKey("match"))
        {
            matchers.Add(category, expression, single);
        }
    }

    // V2 names headers with dots as $.headers['X-Name'].
    private static string Unquote(string name) =>
        name.StartsWith("['", StringComparison.Ordinal) && name.EndsWith("']", StringComparison.Ordinal) ? name[2..^2] : name;
}
