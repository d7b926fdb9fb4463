using Concord.Core.Findings;

namespace Concord.Core.Reports;

/// <summary>
/// Writes a list of findings in one format. A writer is a pure function of its inputs: the same
/// findings and context always give byte-identical output, and nothing is read from the environment.
/// Every writer redacts credential values and relativises paths before writing.
/// </summary>
public interface IReportWriter
{
    /// <summary>The format's name as typed after <c>--format</c>, e.g. <c>sarif</c>.</summary>
    string Format { get; }

    /// <summary>The usual file extension, with its dot, e.g. <c>.sarif</c>.</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="findings"/> to <paramref name="output"/>.</summary>
    void Write(IReadOnlyList<Finding> findings, ReportContext context, TextWriter output);
}
