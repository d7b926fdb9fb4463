using Concord.Core.Findings;

namespace Concord.Core.Reports.Text;

/// <summary>
/// The terminal report: each disagreement first (both sides and the subject, then every lens's
/// finding), then the other findings grouped by severity, then rule, one line each with the location,
/// the message, the other side(s) and the fix; a summary line last. Coloured only when
/// <see cref="ReportContext.UseColor"/> says so.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    public string Format => "text";

    public string FileExtension => ".txt";

    public void Write(IReadOnlyList<Finding> findings, ReportContext context, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var model = ReportModel.Create(findings, context);
        var style = context.UseColor ? AnsiStyle.Colored : AnsiStyle.Plain;

        output.Write(style.Bold(SingleLine.Of(model.Title)));
        output.Write('\n');

        foreach (var disagreement in model.Disagreements)
        {
            WriteDisagreement(output, model, style, disagreement);
        }

        foreach (var severityGroup in model.Standalone.GroupBy(finding => finding.Severity))
        {
            foreach (var ruleGroup in severityGroup.GroupBy(finding => finding.RuleId, StringComparer.Ordinal))
            {
                WriteRuleHeading(output, model, style, severityGroup.Key, ruleGroup.Key, ruleGroup.Count());
                foreach (var finding in ruleGroup)
                {
                    WriteFinding(output, style, finding);
                }
            }
        }

        WriteCheckedEdges(output, model, style);
        output.Write('\n');
        output.Write(Summary(model.Counts, style));
        if (!model.Disagreements.IsEmpty)
        {
            var grouped = model.Disagreements.Sum(group => group.Findings.Length);
            output.Write($" {Plural(grouped, "finding")} in {Plural(model.Disagreements.Length, "disagreement")}.");
        }

        output.Write('\n');
    }

    // One entry per disagreement: its two sides and subject, then each lens's evidence.
    private static void WriteDisagreement(TextWriter output, ReportModel model, AnsiStyle style, DisagreementGroup group)
    {
        output.Write('\n');
        output.Write(style.Severity(group.Severity, SeverityLabel(group.Severity)));
        output.Write(' ');
        output.Write(style.Bold(SingleLine.Of(group.Disagreement.Display)));
        output.Write(style.Dim($" ({Plural(group.Findings.Length, "finding")}; {string.Join(", ", group.Lenses.Select(ReportNames.Of))})"));
        output.Write('\n');
        foreach (var finding in group.Findings)
        {
            output.Write("  ");
            output.Write(style.Severity(finding.Severity, SeverityLabel(finding.Severity)));
            output.Write(' ');
            output.Write(style.Bold(SingleLine.Of(finding.RuleId)));
            if (model.RuleTitle(finding.RuleId) is { } title)
            {
                output.Write(' ');
                output.Write(SingleLine.Of(title));
            }

            output.Write(style.Dim($" [{ReportNames.Of(finding.Lens)}]"));
            output.Write('\n');
            output.Write("  ");
            WriteFinding(output, style, finding);
        }
    }

    // So that an edge with no finding is never read as agreeing when nothing was checked on it.
    private static void WriteCheckedEdges(TextWriter output, ReportModel model, AnsiStyle style)
    {
        var lines = CheckedEdges.Of(model.Map);
        if (lines.Count == 0)
        {
            return;
        }

        output.Write('\n');
        output.Write(style.Bold("Checked"));
        output.Write('\n');
        foreach (var line in lines)
        {
            output.Write($"  {SingleLine.Of(line.Edge)}: ");
            output.Write(line.IsUnchecked ? style.Dim(line.Text) : SingleLine.Of(line.Text));
            output.Write('\n');
        }
    }

    private static void WriteRuleHeading(TextWriter output, ReportModel model, AnsiStyle style, Severity severity, string ruleId, int count)
    {
        output.Write('\n');
        output.Write(style.Severity(severity, SeverityLabel(severity)));
        output.Write(' ');
        output.Write(style.Bold(SingleLine.Of(ruleId)));
        if (model.RuleTitle(ruleId) is { } title)
        {
            output.Write(' ');
            output.Write(SingleLine.Of(title));
        }

        output.Write(style.Dim($" ({Plural(count, "finding")})"));
        output.Write('\n');
    }

    private static void WriteFinding(TextWriter output, AnsiStyle style, Finding finding)
    {
        output.Write("  ");
        output.Write(style.Location(SingleLine.Of(finding.Location.Display)));
        output.Write(": ");
        output.Write(SingleLine.Of(finding.Message));
        if (!finding.Related.IsEmpty)
        {
            output.Write(style.Dim(" [related: " + string.Join("; ", finding.Related.Select(related => SingleLine.Of(related.Display))) + "]"));
        }

        if (finding.FixHint is { } fix)
        {
            output.Write(style.Fix(" fix: " + SingleLine.Of(fix)));
        }

        output.Write('\n');
    }

    private static string Summary(SeverityCounts counts, AnsiStyle style)
    {
        if (counts.Total == 0)
        {
            return style.Bold("No findings.");
        }

        return style.Bold($"{Plural(counts.Total, "finding")}: ")
            + string.Join(", ",
                style.Severity(Severity.Error, Plural(counts.Errors, "error")),
                style.Severity(Severity.Warning, Plural(counts.Warnings, "warning")),
                style.Severity(Severity.Info, $"{counts.Infos} info"))
            + ".";
    }

    private static string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
