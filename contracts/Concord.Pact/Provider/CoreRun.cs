namespace Concord.Pact.Provider;

/// <summary>What the core returned from one execution.</summary>
internal sealed record CoreRun(int ExitCode, string Json, string Output, string Logs);
