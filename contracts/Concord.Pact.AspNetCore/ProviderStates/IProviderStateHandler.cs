namespace Concord.Pact.AspNetCore.ProviderStates;

/// <summary>Sets up (and tears down) the provider states one part of a provider knows about.</summary>
public interface IProviderStateHandler
{
    /// <summary>Whether this handler knows the state.</summary>
    bool Handles(string state);

    /// <summary>
    /// Puts the provider in the state. The returned values (may be empty) are sent back to the
    /// verifier, which substitutes them into requests that use provider-state generators.
    /// </summary>
    Task<IReadOnlyDictionary<string, object?>> SetUpAsync(ProviderStateRequest request, CancellationToken cancellationToken);

    /// <summary>Undoes the state after the interaction.</summary>
    Task TearDownAsync(ProviderStateRequest request, CancellationToken cancellationToken);
}
