using Concord.Core.Findings;

namespace Concord.Cli.Output;

/// <summary>
/// Writes findings in one format. This is the CLI's seam for report writers: the formats Concord.Core
/// ships plug in through <see cref="FindingWriters"/>, the one place formats are chosen.
/// </summary>
internal interface IFindingWriter
{
    string Format { get; }

    void Write(IReadOnlyList<Finding> findings, DiffReportContext context, TextWriter output);
}

/// <summary>What a report says about the run besides the findings.</summary>
internal sealed record DiffReportContext(string Base, string Revision, Severity FailOn);
