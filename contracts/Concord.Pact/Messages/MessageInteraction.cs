using System.Text.Json.Nodes;
using Concord.Pact.Consumer;

namespace Concord.Pact.Messages;

/// <summary>A message interaction as the builder recorded it.</summary>
internal sealed class MessageInteraction(string description)
{
    public string Description { get; } = description;

    public List<ProviderState> States { get; } = [];

    public List<(string Key, JsonNode Value)> Metadata { get; } = [];

    public JsonNode? Contents { get; set; }

    public string ContentType { get; set; } = "application/json";
}
