using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Pact.Json;

namespace Concord.Pact.Messages;

/// <summary>A message as the consumer's handler receives it: the examples, with generated values filled in.</summary>
/// <param name="Description">The message's description in the pact.</param>
/// <param name="Contents">The contents as JSON.</param>
/// <param name="Metadata">The metadata entries.</param>
public sealed record ReceivedMessage(string Description, JsonNode? Contents, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>The contents deserialised as <typeparamref name="T"/> with the pact's <c>PactOptions.JsonSerializerOptions</c> (web defaults, camelCase and case-insensitive, unless said otherwise).</summary>
    public T? As<T>() => As<T>(Serializer);

    /// <summary>The contents deserialised as <typeparamref name="T"/> with <paramref name="options"/>.</summary>
    public T? As<T>(JsonSerializerOptions options) => Contents is null ? default : Contents.Deserialize<T>(options);

    internal JsonSerializerOptions Serializer { get; init; } = PactJson.WebDefaults;

    /// <summary>
    /// Reads the core's reified message: V3 keeps contents at <c>contents</c>, V4 at <c>contents.content</c>.
    /// Which one is decided by the pact's version, never by the contents' keys: a V3 message may itself
    /// hold <c>content</c> and <c>contentType</c>, and must reach the handler whole.
    /// </summary>
    internal static ReceivedMessage FromReified(string description, string reified, PactSpecification specification)
    {
        var json = JsonNode.Parse(reified) as JsonObject ?? [];
        var contents = json["contents"];
        if (specification >= PactSpecification.V4 && contents is JsonObject v4 && v4.ContainsKey("content"))
        {
            contents = v4["content"];
        }

        var metadata = (json["metadata"] as JsonObject ?? [])
            .ToDictionary(p => p.Key, p => p.Value is JsonValue value && value.TryGetValue(out string? text) ? text : p.Value?.ToJsonString() ?? "");
        return new ReceivedMessage(description, contents?.DeepClone(), metadata);
    }
}
