using System.Text.Json.Nodes;

namespace Concord.Pact.AspNetCore.Messages;

/// <summary>The verifier asks the provider to produce the message a pact describes.</summary>
/// <param name="Description">The message's description in the pact.</param>
/// <param name="ProviderStates">The provider states of the interaction (already set up through the state endpoint), each with its parameters.</param>
public sealed record MessageRequest(string Description, IReadOnlyList<(string Name, JsonObject Parameters)> ProviderStates);
