using Concord.Core.Findings;

namespace Concord.Cli.Output;

/// <summary>What a diff report says about the run besides the findings.</summary>
internal sealed record DiffReportContext(string Base, string Revision, Severity FailOn)
{
    /// <summary>Whether the report goes to a terminal (standard output not redirected); only then is text coloured.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Whether colour is unwanted (<c>--color never</c>, or <c>NO_COLOR</c> under <c>--color auto</c>).</summary>
    public bool NoColor { get; init; }
}
