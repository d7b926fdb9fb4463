using System.Text.Json.Nodes;

namespace Concord.Pact.Consumer;

/// <summary>An HTTP interaction as the builder recorded it; values are integration JSON or plain strings.</summary>
internal sealed class HttpInteraction(string description)
{
    public string Description { get; } = description;

    public List<ProviderState> States { get; } = [];

    public bool Pending { get; set; }

    public string Method { get; set; } = "GET";

    public JsonNode Path { get; set; } = "/";

    public List<(string Name, JsonNode Value)> Query { get; } = [];

    public HttpMessagePart Request { get; } = new();

    public JsonNode Status { get; set; } = 200;

    public HttpMessagePart Response { get; } = new();
}
