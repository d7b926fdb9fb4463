namespace Concord.Cli.Check;

/// <summary>The check could not decide: a build failed, a service did not start. Exit code 2.</summary>
internal sealed class CheckFailedException(string message) : Exception(message);
