using System.Text.Json.Nodes;
using Concord.Pact.Consumer;

namespace Concord.Pact.Messages;

/// <summary>A request/response message as the builder recorded it.</summary>
internal sealed class SynchronousMessageInteraction(string description)
{
    public string Description { get; } = description;

    public List<ProviderState> States { get; } = [];

    public MessagePart Request { get; } = new();

    public MessagePart Response { get; } = new();

    internal sealed class MessagePart
    {
        public List<(string Key, JsonNode Value)> Metadata { get; } = [];

        public JsonNode? Contents { get; set; }

        public string ContentType { get; set; } = "application/json";

        public bool IsJson => ContentType.Contains("json", StringComparison.OrdinalIgnoreCase);
    }
}
