using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Pact.Json;

namespace Concord.Pact.Messages;

/// <summary>
/// A request/response message as the consumer test receives it: the request the consumer sends and the response the
/// provider answers with, both as their examples (matchers replaced by their example values).
/// </summary>
/// <param name="Description">The message's description in the pact.</param>
/// <param name="Request">The request contents: JSON for a JSON content type, a JSON string for text.</param>
/// <param name="Response">The response contents, the same way.</param>
public sealed record SynchronousMessage(string Description, JsonNode? Request, JsonNode? Response)
{
    /// <summary>The request deserialised as <typeparamref name="T"/> with the pact's serializer options.</summary>
    public T? RequestAs<T>() => Request is null ? default : Request.Deserialize<T>(Serializer);

    /// <summary>The response deserialised as <typeparamref name="T"/> with the pact's serializer options.</summary>
    public T? ResponseAs<T>() => Response is null ? default : Response.Deserialize<T>(Serializer);

    /// <summary>The request as text (a text body as it is, JSON as JSON text).</summary>
    public string? RequestText => Text(Request);

    /// <summary>The response as text.</summary>
    public string? ResponseText => Text(Response);

    /// <summary>The request's metadata as the pact holds it (a matcher's example for a matched entry).</summary>
    public IReadOnlyDictionary<string, string> RequestMetadata { get; init; } = new Dictionary<string, string>();

    /// <summary>The response's metadata as the pact holds it.</summary>
    public IReadOnlyDictionary<string, string> ResponseMetadata { get; init; } = new Dictionary<string, string>();

    internal JsonSerializerOptions Serializer { get; init; } = PactJson.WebDefaults;

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : node?.ToJsonString();
}
