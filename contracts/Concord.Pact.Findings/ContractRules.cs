namespace Concord.Pact.Findings;

/// <summary>The contract lens's rule ids. Each is stable once shipped and has a page in contracts/docs.</summary>
public static class ContractRules
{
    /// <summary>The provider's response does not satisfy an interaction of a consumer's pact.</summary>
    public const string InteractionMismatch = "CORD100";

    /// <summary>An interaction could not be verified: its provider state failed, the request timed out or errored.</summary>
    public const string InteractionNotVerified = "CORD101";

    /// <summary>A pending interaction fails; it will fail the build once it stops being pending.</summary>
    public const string PendingInteractionFails = "CORD102";

    /// <summary>A pact covers no success response: it proves only that bad requests are rejected.</summary>
    public const string NoSuccessResponseCovered = "CORD103";

    /// <summary>The verification could not decide: bad pact input, an unreachable provider, a refused publish.</summary>
    public const string VerificationNotDecided = "CORD104";
}
