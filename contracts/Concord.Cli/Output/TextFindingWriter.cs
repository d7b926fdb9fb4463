using Concord.Core.Findings;

namespace Concord.Cli.Output;

/// <summary>Plain text, one finding per line, then a count; for terminals and logs.</summary>
internal sealed class TextFindingWriter : IFindingWriter
{
    public string Format => "text";

    public void Write(IReadOnlyList<Finding> findings, DiffReportContext context, TextWriter output)
    {
        output.WriteLine($"concord diff {context.Base} → {context.Revision}");
        foreach (var finding in findings)
        {
            output.WriteLine($"{Label(finding.Severity),-8} {finding.RuleId} {finding.Message}");
            if (finding.FixHint is { } hint)
            {
                output.WriteLine($"         fix: {hint}");
            }
        }

        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        var infos = findings.Count - errors - warnings;
        output.WriteLine($"{findings.Count} change(s): {errors} breaking, {warnings} warning(s), {infos} info");
    }

    private static string Label(Severity severity) => severity switch
    {
        Severity.Error => "BREAKING",
        Severity.Warning => "WARNING",
        _ => "INFO",
    };
}
