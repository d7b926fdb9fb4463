using System.Text.Json.Nodes;
using CsCheck;

namespace Concord.OpenApi.Tests;

/// <summary>Generators of small but varied OpenAPI 3.0 documents, and of random damage to them.</summary>
internal static class GeneratedDocuments
{
    private static readonly string[] Components = ["A", "B", "C"];
    private static readonly string[] PropertyNames = ["id", "name", "items", "parent", "kind"];
    private static readonly string[] Paths = ["/a", "/a/{id}", "/b/{x}/c", "/d"];

    public static Gen<string> Document { get; } =
        Gen.Select(Schema(2, allowReference: false).Array[3, 3], Operation.Array[1, 4], Gen.Bool, Gen.Bool, (schemas, operations, secured, withServer) =>
        {
            var root = new JsonObject
            {
                ["openapi"] = "3.0.3",
                ["info"] = new JsonObject { ["title"] = "generated", ["version"] = "1" },
            };
            if (withServer)
            {
                root["servers"] = new JsonArray(new JsonObject { ["url"] = "https://api.example/v1" });
            }

            if (secured)
            {
                root["security"] = new JsonArray(new JsonObject { ["key"] = new JsonArray() });
            }

            var paths = new JsonObject();
            foreach (var (path, method, operation) in operations)
            {
                var item = paths[path] as JsonObject ?? new JsonObject();
                paths[path] = item;
                item[method] = JsonNode.Parse(operation);
            }

            root["paths"] = paths;
            var componentSchemas = new JsonObject();
            for (var i = 0; i < Components.Length; i++)
            {
                componentSchemas[Components[i]] = JsonNode.Parse(schemas[i]);
            }

            root["components"] = new JsonObject
            {
                ["schemas"] = componentSchemas,
                ["securitySchemes"] = new JsonObject { ["key"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "X-API-Key" } },
            };
            return root.ToJsonString();
        });

    private static Gen<(string Path, string Method, string Operation)> Operation =>
        Gen.Select(Gen.OneOf(Paths), Gen.OneOf("get", "post", "delete"), Schema(2), Schema(1), Gen.Bool, Gen.Bool, (path, method, response, request, withBody, required) =>
        {
            var parameters = path.Contains('{', StringComparison.Ordinal)
                ? string.Join(",", PathNames(path).Select(n => "{\"name\":\"" + n + "\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}"))
                : """{"name":"q","in":"query","schema":{"type":"integer","maximum":10}}""";
            var body = withBody ? ",\"requestBody\":{\"required\":" + (required ? "true" : "false") + ",\"content\":{\"application/json\":{\"schema\":" + request + "}}}" : string.Empty;
            return (path, method, "{\"parameters\":[" + parameters + "]" + body + ",\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":" + response + "}}}}}");
        });

    private static IEnumerable<string> PathNames(string path) =>
        path.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}'));

    private static Gen<string> Schema(int depth, bool allowReference = true)
    {
        var primitive = Gen.Select(Gen.OneOf("string", "integer", "number", "boolean"), Gen.Bool, Gen.Int[0, 3], (type, nullable, constraint) =>
        {
            var extra = (type, constraint) switch
            {
                ("string", 1) => ""","maxLength":20""",
                ("string", 2) => ""","enum":["x","y"]""",
                ("string", 3) => ""","format":"uuid" """,
                ("integer" or "number", 1) => ""","minimum":0""",
                _ => string.Empty,
            };
            return $$"""{"type":"{{type}}"{{(nullable ? ",\"nullable\":true" : string.Empty)}}{{extra}}}""";
        });
        var reference = Gen.OneOf(Components).Select(c => $$"""{"$ref":"#/components/schemas/{{c}}"}""");
        if (depth == 0)
        {
            return Gen.OneOf<string>(primitive, reference);
        }

        var child = Schema(depth - 1);
        var obj = Gen.Select(child.Array[0, 3], Gen.Int[0, 7], (properties, requiredMask) =>
        {
            var names = PropertyNames.Take(properties.Length).ToArray();
            var members = string.Join(",", names.Select((n, i) => $"\"{n}\":{properties[i]}"));
            var required = string.Join(",", names.Where((_, i) => (requiredMask & (1 << i)) != 0).Select(n => $"\"{n}\""));
            return $$"""{"type":"object","properties":{{{members}}},"required":[{{required}}]}""";
        });
        var array = child.Select(items => $$"""{"type":"array","items":{{items}}}""");
        var oneOf = Gen.Select(reference, reference, (a, b) => $$"""{"oneOf":[{{a}},{{b}}]}""");
        // A component that is only a reference to itself is not a schema; components start with a shape.
        return allowReference
            ? Gen.Frequency((3, (IGen<string>)primitive), (3, obj), (2, array), (1, reference), (1, oneOf))
            : Gen.Frequency((3, (IGen<string>)primitive), (3, obj), (2, array));
    }

    /// <summary>Damages a document at random: removes, retypes or rewrites nodes, or points references elsewhere.</summary>
    public static string Mutate(string json, int seed, int mutations)
    {
        var random = new Random(seed);
        var root = JsonNode.Parse(json)!;
        for (var i = 0; i < mutations; i++)
        {
            var nodes = Flatten(root).Where(n => n.Parent is not null).ToList();
            if (nodes.Count == 0)
            {
                break;
            }

            var node = nodes[random.Next(nodes.Count)];
            JsonNode? replacement = random.Next(6) switch
            {
                0 => null,
                1 => JsonValue.Create(random.Next(-5, 5)),
                2 => JsonValue.Create("#/components/schemas/" + Components[random.Next(Components.Length)]),
                3 => new JsonObject { ["$ref"] = "#/components/schemas/" + Components[random.Next(Components.Length)] },
                4 => new JsonArray(),
                _ => JsonValue.Create(random.Next(2) == 0),
            };
            switch (node.Parent)
            {
                case JsonObject parent when replacement is null:
                    parent.Remove(node.GetPropertyName());
                    break;
                case JsonObject parent:
                    parent[node.GetPropertyName()] = replacement;
                    break;
                case JsonArray array:
                    array[node.GetElementIndex()] = replacement;
                    break;
            }
        }

        return root.ToJsonString();
    }

    private static IEnumerable<JsonNode> Flatten(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Flatten(child))
            {
                yield return descendant;
            }
        }
    }
}
