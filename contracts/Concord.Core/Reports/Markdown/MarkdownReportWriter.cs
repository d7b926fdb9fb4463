using System.Globalization;
using System.Net;
using Concord.Core.Findings;

namespace Concord.Core.Reports.Markdown;

/// <summary>
/// A report fit for a pull-request comment: a table of counts by severity, a section per
/// disagreement with every lens's evidence, then the other findings by severity and rule, long groups folded in <c>&lt;details&gt;</c>. Every message is escaped.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <summary>Groups with more findings than this are folded, so a comment stays scannable.</summary>
    public const int FoldAbove = 10;

    /// <summary>
    /// At most this many findings are listed: a pull-request comment has a size limit, and past a
    /// few hundred findings the JSON, SARIF and HTML reports serve a reader better. Counts stay complete.
    /// </summary>
    public const int MaxListed = 200;

    public string Format => "markdown";

    public string FileExtension => ".md";

    public void Write(IReadOnlyList<Finding> findings, ReportContext context, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var model = ReportModel.Create(findings, context);

        output.Write($"## {MarkdownText.Escape(model.Title)}\n\n");
        if (model.IsEmpty)
        {
            output.Write("No findings.\n");
            WriteFooter(output, model);
            return;
        }

        WriteSummaryTable(output, model.Counts);
        var budget = MaxListed;
        if (!model.Disagreements.IsEmpty)
        {
            output.Write($"\n### Disagreements ({Count(model.Disagreements.Length)})\n");
            foreach (var group in model.Disagreements.TakeWhile(_ => budget > 0))
            {
                budget -= WriteDisagreement(output, model, group, budget);
            }
        }

        var listed = model.Standalone.Take(Math.Max(budget, 0)).ToArray();
        foreach (var severityGroup in listed.GroupBy(finding => finding.Severity))
        {
            output.Write($"\n### {SeverityHeading(severityGroup.Key)} ({Count(severityGroup.Count())})\n");
            foreach (var ruleGroup in severityGroup.GroupBy(finding => finding.RuleId, StringComparer.Ordinal))
            {
                WriteRuleGroup(output, model, ruleGroup.Key, [.. ruleGroup]);
            }
        }

        var unlisted = model.Findings.Length - (MaxListed - Math.Max(budget, 0)) - listed.Length;
        if (unlisted > 0)
        {
            output.Write($"\n_{Count(unlisted)} more findings are not listed here; the JSON, SARIF and HTML reports hold them all._\n");
        }

        WriteFooter(output, model);
    }

    // One entry per disagreement: a heading with both sides and the subject, then each lens's evidence.
    // Returns how many findings it listed.
    private static int WriteDisagreement(TextWriter output, ReportModel model, DisagreementGroup group, int budget)
    {
        var lenses = string.Join(", ", group.Lenses.Select(ReportNames.Of));
        output.Write($"\n#### {MarkdownText.Escape(group.Disagreement.Display)}\n\n");
        output.Write($"_{ReportNames.Of(group.Severity)}, {Count(group.Findings.Length)} {(group.Findings.Length == 1 ? "finding" : "findings")} from {lenses}_\n\n");
        var listed = group.Findings.Take(budget).ToArray();
        foreach (var finding in listed)
        {
            var rule = RuleHeading(model, finding.RuleId, count: null, MarkdownText.Escape);
            output.Write($"- **{ReportNames.Of(finding.Severity)}** {rule} ({ReportNames.Of(finding.Lens)}): {MarkdownText.Code(finding.Location.Display)}: {MarkdownText.Escape(finding.Message)}\n");
            WriteDetails(output, finding);
        }

        return listed.Length;
    }

    private static void WriteSummaryTable(TextWriter output, SeverityCounts counts)
    {
        output.Write("| Severity | Findings |\n| --- | ---: |\n");
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            output.Write($"| {SeverityHeading(severity)} | {Count(counts[severity])} |\n");
        }

        output.Write($"| **Total** | **{Count(counts.Total)}** |\n");
    }

    private static void WriteRuleGroup(TextWriter output, ReportModel model, string ruleId, IReadOnlyList<Finding> findings)
    {
        var fold = findings.Count > FoldAbove;
        if (fold)
        {
            // GitHub renders Markdown inside <details> only when blank lines surround it; the
            // <summary> line itself is raw HTML, so it is HTML-encoded rather than Markdown-escaped.
            output.Write($"\n<details>\n<summary>{RuleHeading(model, ruleId, findings.Count, MarkdownText.Html)}</summary>\n\n");
        }
        else
        {
            output.Write($"\n#### {RuleHeading(model, ruleId, findings.Count, MarkdownText.Escape)}\n\n");
        }

        foreach (var finding in findings)
        {
            WriteFinding(output, finding);
        }

        if (fold)
        {
            output.Write("\n</details>\n");
        }
    }

    private static string RuleHeading(ReportModel model, string ruleId, int? count, Func<string, string> encode)
    {
        var rule = encode(ruleId);
        if (model.RuleHelpUri(ruleId) is { IsAbsoluteUri: true } help && help.Scheme is "https" or "http")
        {
            rule = $"<a href=\"{WebUtility.HtmlEncode(help.AbsoluteUri)}\">{rule}</a>";
        }

        var title = model.RuleTitle(ruleId) is { } known ? $" — {encode(known)}" : string.Empty;
        return count is { } number ? $"{rule}{title} ({Count(number)})" : rule + title;
    }

    private static void WriteFinding(TextWriter output, Finding finding)
    {
        output.Write($"- {MarkdownText.Code(finding.Location.Display)}: {MarkdownText.Escape(finding.Message)}\n");
        WriteDetails(output, finding);
    }

    private static void WriteDetails(TextWriter output, Finding finding)
    {
        foreach (var related in finding.Related)
        {
            output.Write($"  - related: {MarkdownText.Code(related.Display)}\n");
        }

        if (finding.FixHint is { } fix)
        {
            output.Write($"  - fix: {MarkdownText.Escape(fix)}\n");
        }
    }

    private static void WriteFooter(TextWriter output, ReportModel model)
    {
        WriteCheckedEdges(output, model);
        output.Write($"\n<sub>{MarkdownText.Escape(model.Context.ToolName)} {MarkdownText.Escape(model.Context.ToolVersion)}</sub>\n");
    }

    // So that an edge with no finding is never read as agreeing when nothing was checked on it.
    private static void WriteCheckedEdges(TextWriter output, ReportModel model)
    {
        var lines = CheckedEdges.Of(model.Map);
        if (lines.Count == 0)
        {
            return;
        }

        output.Write("\n### Checked\n\n| Edge | Checked |\n| --- | --- |\n");
        foreach (var line in lines)
        {
            output.Write($"| {MarkdownText.Escape(line.Edge)} | {(line.IsUnchecked ? $"_{line.Text}_" : MarkdownText.Escape(line.Text))} |\n");
        }
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string SeverityHeading(Severity severity) => severity switch
    {
        Severity.Error => "Errors",
        Severity.Warning => "Warnings",
        _ => "Info",
    };
}
