namespace Concord.Pact.Provider;

/// <summary>What the core returned from one execution.</summary>
internal sealed record CoreRun(int ExitCode, string Json, string Output, string Logs)
{
    /// <summary>The provider-state changes the provider refused, with its reasons.</summary>
    public IReadOnlyList<ProviderStateFailure> StateFailures { get; init; } = [];
}
