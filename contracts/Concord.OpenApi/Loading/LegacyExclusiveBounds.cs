using System.Text.Json;
using System.Text.Json.Nodes;

namespace Concord.OpenApi.Loading;

/// <summary>
/// OpenAPI 3.0 (and Swagger 2.0) write an exclusive bound as a flag beside the bound (<c>minimum: 5,
/// exclusiveMinimum: true</c>); 3.1 adopted JSON Schema 2020-12, where the bound is the number itself
/// (<c>exclusiveMinimum: 5</c>). Published 3.1 documents often keep the 3.0 form, and the OpenAPI reader then keeps
/// neither the flag nor the minimum, so a raised bound would pass the diff unseen. Before the reader runs, a 3.1 or
/// 3.2 document's flags are rewritten to the 2020-12 form, which says the same thing.
/// </summary>
internal static class LegacyExclusiveBounds
{
    private static readonly (string Flag, string Bound)[] Pairs = [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")];

    // Keywords whose value maps names to schemas: the map itself is not a schema (a property may be named
    // "exclusiveMinimum"), its values are.
    private static readonly HashSet<string> NamedSchemas = new(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas",
    };

    // Keywords whose value is data, not schema: never rewritten.
    private static readonly HashSet<string> Data = new(StringComparer.Ordinal)
    {
        "example", "examples", "default", "const", "enum", "x-examples",
    };

    /// <summary>Rewrites every flag form under <paramref name="root"/>; returns the JSON pointer of the first one rewritten, or null.</summary>
    public static string? Rewrite(JsonObject root)
    {
        string? first = null;
        Visit(root, new List<string>(), isNameMap: false, ref first);
        return first;
    }

    // The path is kept as tokens and joined only for the first rewrite: published documents run to millions of nodes.
    private static void Visit(JsonNode? node, List<string> path, bool isNameMap, ref string? first)
    {
        switch (node)
        {
            case JsonObject o:
                if (!isNameMap && RewriteFlags(o))
                {
                    first ??= JsonPointer.Append(JsonPointer.Root, [.. path]);
                }

                foreach (var (key, value) in o.ToList())
                {
                    if (!isNameMap && (Data.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    path.Add(key);
                    Visit(value, path, isNameMap: !isNameMap && NamedSchemas.Contains(key), ref first);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    path.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Visit(a[i], path, isNameMap: false, ref first);
                    path.RemoveAt(path.Count - 1);
                }

                break;
        }
    }

    private static bool RewriteFlags(JsonObject schema)
    {
        var rewritten = false;
        foreach (var (flag, bound) in Pairs)
        {
            if (schema[flag] is not JsonValue value || value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            {
                continue;
            }

            // exclusiveMinimum: true moves the minimum into exclusiveMinimum; false only says the minimum is inclusive.
            schema.Remove(flag);
            if (value.GetValueKind() == JsonValueKind.True && schema[bound] is JsonValue limit)
            {
                schema.Remove(bound);
                schema[flag] = limit;
            }

            rewritten = true;
        }

        return rewritten;
    }
}
