using System.Text.Json.Nodes;

namespace Concord.Pact.AspNetCore.Messages;

/// <summary>The verifier asks the provider to produce the message a pact describes.</summary>
/// <param name="Description">The message's description in the pact.</param>
/// <param name="ProviderStates">The provider states of the interaction (already set up through the state endpoint), each with its parameters.</param>
public sealed record MessageRequest(string Description, IReadOnlyList<(string Name, JsonObject Parameters)> ProviderStates)
{
    /// <summary>
    /// For a V4 synchronous message, the request the consumer sends (JSON for a JSON content type, a JSON string for
    /// text); the producer answers it as the real provider would. Null for an asynchronous message.
    /// </summary>
    public JsonNode? Request { get; init; }

    /// <summary>The synchronous request's content type, when there is a request.</summary>
    public string? RequestContentType { get; init; }

    /// <summary>The synchronous request's metadata.</summary>
    public IReadOnlyDictionary<string, string> RequestMetadata { get; init; } = new Dictionary<string, string>();

    /// <summary>The request as text (a text body as it is, JSON as JSON text).</summary>
    public string? RequestText => Request is JsonValue value && value.TryGetValue(out string? text) ? text : Request?.ToJsonString();
}
