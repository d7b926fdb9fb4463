using System.Globalization;
using System.Net;
using Concord.Core.Findings;

namespace Concord.Core.Reports.Markdown;

/// <summary>
/// A report fit for a pull-request comment: a table of counts by severity, then the findings by
/// severity and rule, long groups folded in <c>&lt;details&gt;</c>. Every message is escaped.
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
        var listed = model.Findings.Take(MaxListed).ToArray();
        foreach (var severityGroup in listed.GroupBy(finding => finding.Severity))
        {
            output.Write($"\n### {SeverityHeading(severityGroup.Key)} ({Count(severityGroup.Count())})\n");
            foreach (var ruleGroup in severityGroup.GroupBy(finding => finding.RuleId, StringComparer.Ordinal))
            {
                WriteRuleGroup(output, model, ruleGroup.Key, [.. ruleGroup]);
            }
        }

        if (model.Findings.Length > listed.Length)
        {
            output.Write($"\n_{Count(model.Findings.Length - listed.Length)} more findings are not listed here; the JSON, SARIF and HTML reports hold them all._\n");
        }

        WriteFooter(output, model);
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

    private static string RuleHeading(ReportModel model, string ruleId, int count, Func<string, string> encode)
    {
        var rule = encode(ruleId);
        if (model.RuleHelpUri(ruleId) is { IsAbsoluteUri: true } help && help.Scheme is "https" or "http")
        {
            rule = $"<a href=\"{WebUtility.HtmlEncode(help.AbsoluteUri)}\">{rule}</a>";
        }

        var title = model.RuleTitle(ruleId) is { } known ? $" — {encode(known)}" : string.Empty;
        return $"{rule}{title} ({Count(count)})";
    }

    private static void WriteFinding(TextWriter output, Finding finding)
    {
        output.Write($"- {MarkdownText.Code(finding.Location.Display)}: {MarkdownText.Escape(finding.Message)}\n");
        foreach (var related in finding.Related)
        {
            output.Write($"  - related: {MarkdownText.Code(related.Display)}\n");
        }

        if (finding.FixHint is { } fix)
        {
            output.Write($"  - fix: {MarkdownText.Escape(fix)}\n");
        }
    }

    private static void WriteFooter(TextWriter output, ReportModel model) =>
        output.Write($"\n<sub>{MarkdownText.Escape(model.Context.ToolName)} {MarkdownText.Escape(model.Context.ToolVersion)}</sub>\n");

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string SeverityHeading(Severity severity) => severity switch
    {
        Severity.Error => "Errors",
        Severity.Warning => "Warnings",
        _ => "Info",
    };
}
