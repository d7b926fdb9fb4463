using Concord.Core.Findings;

namespace Concord.Cli.Output;

/// <summary>
/// The formats <c>concord diff --format</c> accepts and how each is written. The only file that knows
/// which writers exist: to use Concord.Core's report writers, list them here (adapting
/// <see cref="DiffReportContext"/> to theirs) and nothing else changes.
/// </summary>
internal static class FindingWriters
{
    private static readonly IFindingWriter[] Writers = [new TextFindingWriter(), new JsonFindingWriter()];

    public static IReadOnlyList<string> Formats { get; } = Writers.Select(w => w.Format).ToArray();

    public static void Write(string format, IReadOnlyList<Finding> findings, DiffReportContext context, TextWriter output) =>
        Writers.First(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase)).Write(findings, context, output);
}
