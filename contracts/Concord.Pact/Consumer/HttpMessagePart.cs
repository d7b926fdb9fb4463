using System.Text.Json.Nodes;

namespace Concord.Pact.Consumer;

/// <summary>Headers and body of a request or a response.</summary>
internal sealed class HttpMessagePart
{
    public List<(string Name, JsonNode Value)> Headers { get; } = [];

    public string? ContentType { get; set; }

    /// <summary>The body: integration JSON for JSON bodies, a string value otherwise.</summary>
    public JsonNode? Body { get; set; }

    public bool HasBody { get; set; }
}
