using System.Globalization;
using System.Text.Json.Nodes;

namespace Concord.OpenApi.PactComparison;

/// <summary>
/// The properties of an expected response body that the schema does not name, where the schema leaves
/// them open (no <c>additionalProperties: false</c>, which the validator enforces itself). A consumer that
/// reads such a property relies on something the provider never promised.
/// </summary>
internal static class UndocumentedProperties
{
    private const int MaxDepth = 32;

    public static IReadOnlyList<string> Find(JsonNode? value, JsonNode schema, SchemaSet schemas)
    {
        var found = new List<string>();
        Walk(value, [schema], "$", schemas, found, 0);
        return found;
    }

    private static void Walk(JsonNode? value, IReadOnlyList<JsonNode?> schemas, string path, SchemaSet set, List<string> found, int depth)
    {
        if (depth > MaxDepth || value is null)
        {
            return;
        }

        var branches = Flatten(schemas, set, 0);
        switch (value)
        {
            case JsonObject obj:
                var known = new Dictionary<string, List<JsonNode?>>(StringComparer.Ordinal);
                var open = branches.Count == 0;
                foreach (var branch in branches)
                {
                    if (branch["properties"] is JsonObject properties)
                    {
                        foreach (var (name, property) in properties)
                        {
                            if (!known.TryGetValue(name, out var list))
                            {
                                known[name] = list = [];
                            }

                            list.Add(property);
                        }
                    }

                    // additionalProperties with a schema (or true), patternProperties, or an object with no
                    // properties named at all: anything goes, so nothing is undocumented.
                    open |= (branch["additionalProperties"] is { } additional && additional.GetValueKind() != System.Text.Json.JsonValueKind.False)
                        || branch.ContainsKey("patternProperties");
                }

                open |= known.Count == 0;
                foreach (var (name, child) in obj)
                {
                    var childPath = path + "." + name;
                    if (known.TryGetValue(name, out var childSchemas))
                    {
                        Walk(child, childSchemas, childPath, set, found, depth + 1);
                    }
                    else if (!open)
                    {
                        found.Add(childPath);
                    }
                }

                break;
            case JsonArray array:
                var items = branches.Select(b => b["items"]).Where(i => i is JsonObject).ToList();
                if (items.Count > 0)
                {
                    for (var i = 0; i < array.Count; i++)
                    {
                        Walk(array[i], items, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", set, found, depth + 1);
                    }
                }

                break;
        }
    }

    /// <summary>The object schemas that apply: references followed, allOf/anyOf/oneOf branches taken together.</summary>
    private static List<JsonObject> Flatten(IEnumerable<JsonNode?> schemas, SchemaSet set, int depth)
    {
        var result = new List<JsonObject>();
        if (depth > MaxDepth)
        {
            return result;
        }

        foreach (var schema in schemas)
        {
            if (set.Resolve(schema) is not JsonObject resolved)
            {
                continue;
            }

            result.Add(resolved);
            foreach (var composition in new[] { "allOf", "anyOf", "oneOf" })
            {
                if (resolved[composition] is JsonArray parts)
                {
                    result.AddRange(Flatten(parts, set, depth + 1));
                }
            }
        }

        return result;
    }
}
