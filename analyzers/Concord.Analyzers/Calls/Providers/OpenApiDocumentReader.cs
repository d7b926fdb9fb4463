using System;
using System.Collections.Generic;
using System.Linq;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>
/// Reads what the spec-aware rules need from an OpenAPI 3.x or Swagger 2.0 JSON document: operations,
/// security requirements resolved to their schemes, request body properties. Local <c>$ref</c>s are followed.
/// </summary>
internal static class OpenApiDocumentReader
{
    private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    /// <summary>The operations, or null with an error naming what is wrong and where.</summary>
    public static ProviderOperations? Read(string text, out string? error)
    {
        var root = JsonReader.Parse(text, out error);
        if (root is null)
        {
            return null;
        }

        if (root.Kind != JsonKind.Object || root["paths"] is not { Kind: JsonKind.Object } paths)
        {
            error = "not an OpenAPI document: no 'paths' object";
            return null;
        }

        var schemes = Schemes(root);
        var globalSecurity = Requirements(root["security"], schemes);
        var operations = new List<DocumentedOperation>();
        foreach (var path in paths.Members)
        {
            var item = Resolve(root, path.Value);
            foreach (var method in Methods)
            {
                if (item[method] is not { Kind: JsonKind.Object } operation)
                {
                    continue;
                }

                var security = operation["security"] is { } own ? Requirements(own, schemes) : globalSecurity;
                operations.Add(new DocumentedOperation(
                    method.ToUpperInvariant(),
                    path.Key,
                    security,
                    BodyProperties(root, operation),
                    RequiredParameters(root, item, operation),
                    RequiredBodyProperties(root, operation),
                    PathParameterShapes(root, item, operation)));
            }
        }

        return new ProviderOperations(operations, BasePath(root), ServerHost(root));
    }

    private static Dictionary<string, SecurityScheme> Schemes(JsonNode root)
    {
        var result = new Dictionary<string, SecurityScheme>(StringComparer.Ordinal);
        var definitions = root["components"]?["securitySchemes"] ?? root["securityDefinitions"];
        foreach (var member in definitions?.Members ?? Array.Empty<KeyValuePair<string, JsonNode>>())
        {
            var scheme = Resolve(root, member.Value);
            var type = scheme["type"]?.StringValue?.ToLowerInvariant();
            switch (type)
            {
                case "apikey":
                    var place = scheme["in"]?.StringValue?.ToLowerInvariant() switch
                    {
                        "query" => CredentialPlace.Query,
                        "cookie" => CredentialPlace.Cookie,
                        _ => CredentialPlace.Header,
                    };
                    if (scheme["name"]?.StringValue is { Length: > 0 } name)
                    {
                        result[member.Key] = new SecurityScheme(member.Key, place, name, null);
                    }

                    break;
                case "http":
                    var httpScheme = scheme["scheme"]?.StringValue ?? "Bearer";
                    result[member.Key] = new SecurityScheme(member.Key, CredentialPlace.Header, "Authorization", Capitalize(httpScheme));
                    break;
                case "basic":
                    result[member.Key] = new SecurityScheme(member.Key, CredentialPlace.Header, "Authorization", "Basic");
                    break;
                case "oauth2" or "openidconnect":
                    result[member.Key] = new SecurityScheme(member.Key, CredentialPlace.Header, "Authorization", "Bearer");
                    break;
            }
        }

        return result;
    }

    private static IReadOnlyList<IReadOnlyList<SecurityScheme>> Requirements(JsonNode? security, Dictionary<string, SecurityScheme> schemes)
    {
        var alternatives = new List<IReadOnlyList<SecurityScheme>>();
        if (security is not { Kind: JsonKind.Array })
        {
            return alternatives;
        }

        foreach (var requirement in security.Items)
        {
            // An empty requirement ({}) makes the credential optional: nothing is required.
            if (requirement.Members.Count == 0)
            {
                return Array.Empty<IReadOnlyList<SecurityScheme>>();
            }

            var all = requirement.Members.Select(m => schemes.TryGetValue(m.Key, out var scheme) ? scheme : null).ToList();
            if (all.All(s => s is not null))
            {
                alternatives.Add(all.Select(s => s!).ToList());
            }
        }

        return alternatives;
    }

    /// <summary>
    /// The required path, query and header parameters of the operation and of its path item (the operation's own
    /// win on the same name and place). Cookies and Swagger 2.0 body/form parameters are not parameters a URL sets.
    /// </summary>
    private static IReadOnlyList<DocumentedParameter> RequiredParameters(JsonNode root, JsonNode item, JsonNode operation)
    {
        var byKey = new Dictionary<string, (DocumentedParameter Parameter, bool Required)>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in new[] { item["parameters"], operation["parameters"] })
        {
            foreach (var entry in list is { Kind: JsonKind.Array } ? list.Items : Array.Empty<JsonNode>())
            {
                var parameter = Resolve(root, entry);
                var place = parameter["in"]?.StringValue?.ToLowerInvariant();
                if (place is not ("path" or "query" or "header") || parameter["name"]?.StringValue is not { Length: > 0 } name)
                {
                    continue;
                }

                var required = place == "path" || parameter["required"]?.Kind == JsonKind.True;
                byKey[place + ":" + name] = (new DocumentedParameter(place, name), required);
            }
        }

        return byKey.Values.Where(p => p.Required).Select(p => p.Parameter).ToList();
    }

    /// <summary>
    /// What each path parameter accepts (<c>id</c>: integer), from the path item's and the operation's parameters
    /// (the operation's own win): the schema of OpenAPI 3.x, the parameter itself in Swagger 2.0.
    /// </summary>
    private static IReadOnlyDictionary<string, PathParameterShape> PathParameterShapes(JsonNode root, JsonNode item, JsonNode operation)
    {
        var shapes = new Dictionary<string, PathParameterShape>(StringComparer.Ordinal);
        foreach (var list in new[] { item["parameters"], operation["parameters"] })
        {
            foreach (var entry in list is { Kind: JsonKind.Array } ? list.Items : Array.Empty<JsonNode>())
            {
                var parameter = Resolve(root, entry);
                if (parameter["in"]?.StringValue != "path" || parameter["name"]?.StringValue is not { Length: > 0 } name)
                {
                    continue;
                }

                var schema = parameter["schema"] is { } own ? Resolve(root, own) : parameter;
                var enumeration = schema["enum"]?.Items.Where(value => value.Text is not null).Select(value => value.Text!).ToList();
                shapes[name] = PathParameterShape.Of(SingleType(schema["type"]), schema["format"]?.StringValue, enumeration);
            }
        }

        return shapes;
    }

    /// <summary>The schema's one type: <c>"integer"</c>, or 3.1's <c>["integer", "null"]</c>; null when it allows several.</summary>
    private static string? SingleType(JsonNode? type)
    {
        if (type?.StringValue is { } one)
        {
            return one;
        }

        var types = type?.Items.Select(t => t.StringValue).Where(t => t is not null && t != "null").ToList();
        return types is { Count: 1 } ? types[0] : null;
    }

    /// <summary>The top-level <c>required</c> properties of the JSON request body's schema (through <c>$ref</c> and <c>allOf</c>).</summary>
    private static IReadOnlyList<string> RequiredBodyProperties(JsonNode root, JsonNode operation)
    {
        var schema = BodySchema(root, operation);
        var required = new List<string>();
        if (schema is not null)
        {
            CollectRequired(Resolve(root, schema), required, root, depth: 0);
        }

        return required;
    }

    private static void CollectRequired(JsonNode schema, List<string> required, JsonNode root, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        foreach (var name in schema["required"]?.Items ?? Array.Empty<JsonNode>())
        {
            if (name.StringValue is { Length: > 0 } text && !required.Contains(text))
            {
                required.Add(text);
            }
        }

        // Every part of allOf applies; oneOf/anyOf alternatives do not each bind the call.
        foreach (var part in schema["allOf"]?.Items ?? Array.Empty<JsonNode>())
        {
            CollectRequired(Resolve(root, part), required, root, depth + 1);
        }
    }

    private static JsonNode? BodySchema(JsonNode root, JsonNode operation)
    {
        var schema = Resolve(root, operation["requestBody"] ?? JsonNode.Object(Array.Empty<KeyValuePair<string, JsonNode>>()))["content"]?["application/json"]?["schema"];
        if (schema is null && operation["parameters"] is { Kind: JsonKind.Array } parameters)
        {
            schema = parameters.Items.Select(p => Resolve(root, p)).FirstOrDefault(p => p["in"]?.StringValue == "body")?["schema"];
        }

        return schema;
    }

    private static IReadOnlyList<string> BodyProperties(JsonNode root, JsonNode operation)
    {
        var schema = Resolve(root, operation["requestBody"] ?? JsonNode.Object(Array.Empty<KeyValuePair<string, JsonNode>>()))["content"]?["application/json"]?["schema"];

        // Swagger 2.0: a parameter "in": "body" carries the schema.
        if (schema is null && operation["parameters"] is { Kind: JsonKind.Array } parameters)
        {
            schema = parameters.Items.Select(p => Resolve(root, p)).FirstOrDefault(p => p["in"]?.StringValue == "body")?["schema"];
        }

        if (schema is null)
        {
            return Array.Empty<string>();
        }

        var properties = new List<string>();
        Collect(Resolve(root, schema), properties, root, depth: 0);
        return properties;
    }

    private static void Collect(JsonNode schema, List<string> properties, JsonNode root, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        foreach (var member in schema["properties"]?.Members ?? Array.Empty<KeyValuePair<string, JsonNode>>())
        {
            properties.Add(member.Key);
        }

        foreach (var combinator in new[] { "allOf", "oneOf", "anyOf" })
        {
            foreach (var part in schema[combinator]?.Items ?? Array.Empty<JsonNode>())
            {
                Collect(Resolve(root, part), properties, root, depth + 1);
            }
        }
    }

    /// <summary>Follows a local <c>$ref</c> (<c>#/components/schemas/Order</c>), a few hops at most.</summary>
    private static JsonNode Resolve(JsonNode root, JsonNode node)
    {
        for (var hop = 0; hop < 8 && node["$ref"]?.StringValue is { } reference && reference.StartsWith("#/", StringComparison.Ordinal); hop++)
        {
            var target = root;
            foreach (var token in reference.Substring(2).Split('/'))
            {
                target = target?[token.Replace("~1", "/").Replace("~0", "~")];
            }

            if (target is null)
            {
                break;
            }

            node = target;
        }

        return node;
    }

    /// <summary><c>servers[0].url</c>'s path (<c>https://host/api/v1</c> → <c>/api/v1</c>), or Swagger 2.0's <c>basePath</c>.</summary>
    private static string BasePath(JsonNode root)
    {
        var url = root["servers"]?.Items.FirstOrDefault()?["url"]?.StringValue ?? root["basePath"]?.StringValue ?? string.Empty;
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var slash = url.IndexOf('/', scheme + 3);
            url = slash >= 0 ? url.Substring(slash) : string.Empty;
        }

        url = url.TrimEnd('/');
        return url.StartsWith("/", StringComparison.Ordinal) ? url : string.Empty;
    }

    /// <summary><c>servers[0].url</c>'s host (<c>https://api.example.com/v1</c> → <c>api.example.com</c>), or Swagger 2.0's <c>host</c>.</summary>
    private static string ServerHost(JsonNode root)
    {
        var url = root["servers"]?.Items.FirstOrDefault()?["url"]?.StringValue;
        if (url is null)
        {
            return StripPort(root["host"]?.StringValue ?? string.Empty);
        }

        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return string.Empty;
        }

        var rest = url.Substring(scheme + 3);
        var end = rest.IndexOfAny(new[] { '/', '?', '#' });
        var host = StripPort(end >= 0 ? rest.Substring(0, end) : rest);

        // A server variable ({region}.api.example.com) names no one host.
        return host.IndexOf('{') >= 0 ? string.Empty : host;
    }

    private static string StripPort(string host)
    {
        var colon = host.IndexOf(':');
        return colon >= 0 ? host.Substring(0, colon) : host;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1).ToLowerInvariant();
}
