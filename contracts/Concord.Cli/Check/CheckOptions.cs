using Concord.Core.Findings;

namespace Concord.Cli.Check;

/// <summary>How a check runs and where its reports go.</summary>
/// <param name="NoBuild">Use the last build check made instead of building (<c>--no-build</c>).</param>
/// <param name="FailOn">The lowest severity that makes the exit code 1.</param>
/// <param name="Reports">Each report to write: format and file (null file: standard output).</param>
/// <param name="Broker">A Pact Broker whose pacts for the system's services are checked with the pact folder's (<c>--broker</c>), or null.</param>
/// <param name="StartTimeout">How long the started services may take to answer (<c>--start-timeout</c>), or null for the default.</param>
internal sealed record CheckOptions(bool NoBuild, Severity FailOn, IReadOnlyList<ReportTarget> Reports, Pacts.BrokerSource? Broker = null, TimeSpan? StartTimeout = null);

/// <summary>One report of a run: a format, and a file or (null) standard output.</summary>
internal sealed record ReportTarget(string Format, string? File);
