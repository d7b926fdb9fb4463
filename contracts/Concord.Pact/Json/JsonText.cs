using System.Text.Json.Nodes;

namespace Concord.Pact.Json;

/// <summary>Reads a JSON node as text: a string's value, anything else as JSON.</summary>
internal static class JsonText
{
    internal static string? Of(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out string? text) => text,
        _ => node.ToJsonString(),
    };
}
