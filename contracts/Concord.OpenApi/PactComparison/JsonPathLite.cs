using System.Globalization;
using System.Text.Json.Nodes;

namespace Concord.OpenApi.PactComparison;

/// <summary>
/// The JSON paths pact matching rules use: <c>$</c>, <c>$.a.b</c>, <c>$['a-b']</c>, <c>$.a[0]</c>, <c>$.a[*]</c>,
/// <c>$.a.*</c>. Anything else selects nothing (a matcher it cannot place is not checked).
/// </summary>
internal static class JsonPathLite
{
    public static IEnumerable<JsonNode?> Select(JsonNode? root, string path)
    {
        if (!path.StartsWith('$'))
        {
            return [];
        }

        IEnumerable<JsonNode?> current = [root];
        var i = 1;
        while (i < path.Length)
        {
            string? name = null;
            var wildcard = false;
            int? index = null;
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                name = path[(i + 1)..end];
                wildcard = name == "*";
                i = end;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0)
                {
                    return [];
                }

                var inner = path[(i + 1)..end].Trim();
                if (inner == "*")
                {
                    wildcard = true;
                }
                else if (inner.Length >= 2 && inner[0] is '\'' or '"')
                {
                    name = inner[1..^1];
                }
                else if (int.TryParse(inner, NumberStyles.Integer, CultureInfo.InvariantCulture, out var at))
                {
                    index = at;
                }
                else
                {
                    return [];
                }

                i = end + 1;
            }
            else
            {
                return [];
            }

            var step = (Name: name, Wildcard: wildcard, Index: index);
            current = current.SelectMany(node => Step(node, step.Name, step.Wildcard, step.Index)).ToList();
        }

        return current;
    }

    private static IEnumerable<JsonNode?> Step(JsonNode? node, string? name, bool wildcard, int? index) => node switch
    {
        JsonObject o when wildcard => o.Select(p => p.Value),
        JsonObject o when name is not null && o.TryGetPropertyValue(name, out var child) => [child],
        JsonArray a when wildcard => a,
        JsonArray a when index is { } at && at >= 0 && at < a.Count => [a[at]],
        _ => [],
    };
}
