using System.Text.Json.Nodes;

namespace Concord.Pact.Consumer;

/// <summary>A state the provider must be in before an interaction, with optional parameters.</summary>
internal sealed record ProviderState(string Name, JsonObject? Parameters);
