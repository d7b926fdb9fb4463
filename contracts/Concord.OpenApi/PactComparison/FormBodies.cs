using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Concord.OpenApi.PactComparison;

/// <summary>
/// Form bodies as a server's model binder reads them, turned into the JSON object their schema describes:
/// <c>application/x-www-form-urlencoded</c> (<c>a=1&amp;b=2</c>) and <c>multipart/form-data</c> (one part per
/// field, named by its <c>Content-Disposition</c>). Each field's text becomes the type its property schema
/// names (number, boolean, array of repeated fields); a part sent as JSON is parsed; a file part is its text.
/// </summary>
internal static class FormBodies
{
    public static bool IsUrlEncoded(string mediaType) => MediaTypes.Essence(mediaType) == "application/x-www-form-urlencoded";

    public static bool IsMultipart(string mediaType) => MediaTypes.Essence(mediaType).StartsWith("multipart/", StringComparison.Ordinal);

    /// <summary>The fields of a URL-encoded body, in order.</summary>
    public static List<FormField> UrlEncoded(string text)
    {
        var fields = new List<FormField>();
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            fields.Add(new FormField(Decode(name), Decode(value), null, IsFile: false));
        }

        return fields;
    }

    /// <summary>The parts of a multipart body; null when no part is delimited by the boundary (the header's, else the body's first <c>--</c> line).</summary>
    public static List<FormField>? Multipart(string text, string? contentType)
    {
        var boundary = BoundaryOf(contentType) ?? FirstDelimiter(text);
        if (string.IsNullOrEmpty(boundary))
        {
            return null;
        }

        var delimiter = "--" + boundary;
        var sections = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split(delimiter);
        if (sections.Length < 2)
        {
            return null;
        }

        var fields = new List<FormField>();
        foreach (var section in sections.Skip(1))
        {
            if (section.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            var body = section.StartsWith('\n') ? section[1..] : section;
            var split = body.IndexOf("\n\n", StringComparison.Ordinal);
            var headers = split < 0 ? body : body[..split];
            var content = split < 0 ? string.Empty : body[(split + 2)..];
            content = content.EndsWith('\n') ? content[..^1] : content;
            string? name = null;
            string? partType = null;
            var isFile = false;
            foreach (var line in headers.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = line.IndexOf(':');
                if (colon < 0)
                {
                    continue;
                }

                var header = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                if (header.Equals("Content-Disposition", StringComparison.OrdinalIgnoreCase))
                {
                    name = Parameter(value, "name");
                    isFile = Parameter(value, "filename") is not null;
                }
                else if (header.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    partType = value;
                }
            }

            if (name is not null)
            {
                fields.Add(new FormField(name, content, partType, isFile));
            }
        }

        return fields.Count == 0 ? null : fields;
    }

    /// <summary>The fields as the JSON object <paramref name="schema"/> describes.</summary>
    public static JsonObject ToJson(IReadOnlyList<FormField> fields, IOpenApiSchema? schema)
    {
        var body = new JsonObject();
        foreach (var group in fields.GroupBy(f => f.Name.EndsWith("[]", StringComparison.Ordinal) ? f.Name[..^2] : f.Name, StringComparer.Ordinal))
        {
            var property = Property(schema, group.Key, depth: 0);
            var values = group.ToList();
            if (values.Count == 1 && values[0].ContentType is { } type && MediaTypes.IsJson(type) && Json(values[0].Value) is { } parsed)
            {
                body[group.Key] = parsed;
                continue;
            }

            if (values.Any(v => v.IsFile) && (property?.Type is null || property.Type.Value.HasFlag(JsonSchemaType.String)))
            {
                body[group.Key] = JsonValue.Create(values[0].Value);
                continue;
            }

            body[group.Key] = property?.Type is { } t && t.HasFlag(JsonSchemaType.Array) && values.Count > 1
                ? ParameterValues.ToJson(property, [.. values.Select(v => v.Value)])
                : ParameterValues.ToJson(property, [values[0].Value]);
        }

        return body;
    }

    // The property's schema: on the schema itself, or on one of the schemas it is composed of.
    private static IOpenApiSchema? Property(IOpenApiSchema? schema, string name, int depth)
    {
        if (schema is null || depth > 8)
        {
            return null;
        }

        if (schema.Properties is { } properties && properties.TryGetValue(name, out var found))
        {
            return found;
        }

        foreach (var part in (schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []))
        {
            if (Property(part, name, depth + 1) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    private static JsonNode? Json(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static string? BoundaryOf(string? contentType) => contentType is null ? null : Parameter(contentType, "boundary");

    private static string? FirstDelimiter(string text)
    {
        var first = text.TrimStart('\r', '\n').Split('\n', 2)[0].TrimEnd('\r');
        return first.StartsWith("--", StringComparison.Ordinal) && first.Length > 2 ? first[2..] : null;
    }

    /// <summary>A parameter of a header value: <c>name</c> of <c>form-data; name="file"; filename="a.txt"</c>.</summary>
    private static string? Parameter(string headerValue, string parameter)
    {
        foreach (var piece in headerValue.Split(';').Skip(1))
        {
            var equals = piece.IndexOf('=');
            if (equals > 0 && piece[..equals].Trim().Equals(parameter, StringComparison.OrdinalIgnoreCase))
            {
                var value = piece[(equals + 1)..].Trim();
                return value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
            }
        }

        return null;
    }
}

/// <summary>One field of a form: its name, its text, the part's content type (multipart), whether it is a file.</summary>
internal sealed record FormField(string Name, string Value, string? ContentType, bool IsFile);
