using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Concord.Pact.Matchers;

namespace Concord.Pact.Json;

/// <summary>Turns examples (anonymous objects, records, dictionaries, JSON nodes, matchers) into integration JSON.</summary>
internal static class PactJson
{
    internal static readonly JsonSerializerOptions Options = CreateOptions();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> WithMatchers = [];

    /// <summary>A value as integration JSON; objects serialised with <paramref name="options"/> (the pact's), matchers kept as matchers.</summary>
    internal static JsonNode? ToNode(object? value, JsonSerializerOptions? options = null)
    {
        var serializer = options is null ? Options : WithMatchers.GetValue(options, Combine);
        return value switch
        {
            null => null,
            Matcher matcher => matcher.ToJson(serializer),
            JsonNode node => node.DeepClone(),
            _ => JsonSerializer.SerializeToNode(value, value.GetType(), serializer),
        };
    }

    /// <summary>The user's options (naming policy, converters, ignore conditions), able to write matchers inside examples.</summary>
    private static JsonSerializerOptions Combine(JsonSerializerOptions options)
    {
        if (options.Converters.OfType<MatcherConverter>().Any())
        {
            return options;
        }

        var combined = new JsonSerializerOptions(options);
        combined.Converters.Add(new MatcherConverter());
        combined.MakeReadOnly(populateMissingResolver: true);
        return combined;
    }

    /// <summary>
    /// ASP.NET Core's JSON defaults (camelCase, case-insensitive reading), read-only: what
    /// <c>JsonSerializerOptions.Web</c> gives from .NET 9 on, built here so net8.0 has it too.
    /// </summary>
    internal static JsonSerializerOptions WebDefaults { get; } = CreateWebDefaults();

    private static JsonSerializerOptions CreateWebDefaults()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>True when a node is a matcher in integration JSON.</summary>
    internal static bool IsMatcher(JsonNode? node) => node is JsonObject obj && obj.ContainsKey("pact:matcher:type");

    private static JsonSerializerOptions CreateOptions()
    {
        // Web defaults (camelCase), as ASP.NET Core providers answer and HttpClient's JSON helpers send.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
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

        public override void Write(Utf8JsonWriter writer, Matcher value, JsonSerializerOptions options) => value.ToJson(options).WriteTo(writer, options);
    }
}
