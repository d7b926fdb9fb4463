using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Concord.OpenApi.PactComparison;

/// <summary>
/// Turns the text a request carries for a parameter into the JSON value its schema describes, as a server's
/// model binder would: numbers and booleans parsed, arrays split (repeated names, or comma-separated).
/// A text that does not parse stays a string, so the schema check reports it with the schema's own words.
/// </summary>
internal static class ParameterValues
{
    public static JsonNode? ToJson(IOpenApiSchema? schema, IReadOnlyList<string> values)
    {
        var type = schema?.Type;
        if (type is { } t && t.HasFlag(JsonSchemaType.Array))
        {
            var items = values.Count == 1 ? values[0].Split(',') : [.. values];
            return new JsonArray([.. items.Select(item => Scalar(schema!.Items, item))]);
        }

        return Scalar(schema, values.Count > 0 ? values[0] : string.Empty);
    }

    private static JsonNode? Scalar(IOpenApiSchema? schema, string text)
    {
        var type = schema?.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.Null) && text.Length == 0)
        {
            return null;
        }

        if ((type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        if (type.HasFlag(JsonSchemaType.Boolean) && bool.TryParse(text, out var flag))
        {
            return JsonValue.Create(flag);
        }

        return JsonValue.Create(text);
    }
}
