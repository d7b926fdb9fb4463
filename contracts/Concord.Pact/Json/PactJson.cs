using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Concord.Pact.Matchers;

namespace Concord.Pact.Json;

/// <summary>Turns examples (anonymous objects, records, dictionaries, JSON nodes, matchers) into integration JSON.</summary>
internal static class PactJson
{
    internal static readonly JsonSerializerOptions Options = CreateOptions();

    internal static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        Matcher matcher => matcher.ToJson(),
        JsonNode node => node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Options),
    };

    /// <summary>True when a node is a matcher in integration JSON.</summary>
    internal static bool IsMatcher(JsonNode? node) => node is JsonObject obj && obj.ContainsKey("pact:matcher:type");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new MatcherConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class MatcherConverter : JsonConverter<Matcher>
    {
        public override Matcher Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Matchers are written into pacts, never read back.");

        public override void Write(Utf8JsonWriter writer, Matcher value, JsonSerializerOptions options) => value.ToJson().WriteTo(writer, options);
    }
}
