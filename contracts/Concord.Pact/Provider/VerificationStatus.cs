namespace Concord.Pact.Provider;

/// <summary>The outcome of a verification.</summary>
public enum VerificationStatus
{
    /// <summary>Every interaction verified (pending failures do not count).</summary>
    Passed,

    /// <summary>At least one non-pending interaction failed.</summary>
    Failed,

    /// <summary>The verification could not run or could not decide: bad input, unreachable provider, no pacts.</summary>
    Error,
}
