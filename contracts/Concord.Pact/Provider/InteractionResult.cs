using Concord.Pact.Mismatches;

namespace Concord.Pact.Provider;

/// <summary>The verification of one interaction.</summary>
/// <param name="Description">The interaction's description.</param>
/// <param name="Consumer">The consumer whose pact holds it, when the pact was local.</param>
/// <param name="PactFile">The pact file, when it was local.</param>
/// <param name="Passed">Whether the provider's response satisfied the interaction.</param>
/// <param name="Pending">Whether it was pending (its failure does not fail the verification).</param>
/// <param name="Mismatches">What differed.</param>
/// <param name="Error">Why it could not be verified (e.g. a provider-state call failed), when it could not.</param>
public sealed record InteractionResult(
    string Description,
    string? Consumer,
    string? PactFile,
    bool Passed,
    bool Pending,
    IReadOnlyList<MismatchDetail> Mismatches,
    string? Error)
{
    /// <summary>The request's method, when the pact was local.</summary>
    public string? Method { get; init; }

    /// <summary>The request's path, when the pact was local.</summary>
    public string? Path { get; init; }

    /// <summary>The provider states the interaction was verified in.</summary>
    public IReadOnlyList<string> ProviderStates { get; init; } = [];
}
