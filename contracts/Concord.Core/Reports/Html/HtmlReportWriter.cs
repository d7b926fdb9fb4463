using System.Globalization;
using System.Net;
using Concord.Core.Findings;

namespace Concord.Core.Reports.Html;

/// <summary>
/// One self-contained HTML file: counts by severity, then every finding in a table that reads
/// without JavaScript and, with it, filters by severity, lens, rule and free text. Styles and
/// script are inline; the page makes no request. Every piece of text is HTML-encoded.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public string Format => "html";

    public string FileExtension => ".html";

    public void Write(IReadOnlyList<Finding> findings, ReportContext context, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var model = ReportModel.Create(findings, context);
        var html = new HtmlOutput(output);

        html.Line("<!DOCTYPE html>");
        html.Line("<html lang=\"en\">");
        html.Line("<head>");
        html.Line("<meta charset=\"utf-8\">");
        html.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Line($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlOutput.Encode(HtmlAssets.ContentSecurityPolicy)}\">");
        html.Line($"<meta name=\"generator\" content=\"{HtmlOutput.Encode($"{model.Context.ToolName} {model.Context.ToolVersion}")}\">");
        html.Line($"<title>{HtmlOutput.Encode(model.Title)}</title>");
        html.Line($"<style>{HtmlAssets.Style}</style>");
        html.Line("</head>");
        html.Line("<body>");
        WriteHeader(html, model);
        html.Line("<main>");
        if (model.IsEmpty)
        {
            html.Line("<p class=\"empty\" id=\"empty\">No findings.</p>");
        }
        else
        {
            WriteFilters(html, model);
            WriteTable(html, model);
        }

        html.Line("</main>");
        html.Line($"<script>{HtmlAssets.Script}</script>");
        html.Line("</body>");
        html.Line("</html>");
    }

    private static void WriteHeader(HtmlOutput html, ReportModel model)
    {
        html.Line("<header>");
        html.Line($"<h1>{HtmlOutput.Encode(model.Title)}</h1>");
        html.Line($"<p class=\"tool\">{HtmlOutput.Encode(model.Context.ToolName)} {HtmlOutput.Encode(model.Context.ToolVersion)}</p>");
        html.Line("</header>");
        html.Line("<ul class=\"counts\" id=\"counts\">");
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            var name = ReportNames.Of(severity);
            html.Line($"<li class=\"sev-{name}\" data-severity=\"{name}\"><span class=\"count\">{Count(model.Counts[severity])}</span>{CountLabel(severity)}</li>");
        }

        html.Line($"<li data-severity=\"total\"><span class=\"count\">{Count(model.Counts.Total)}</span>total</li>");
        html.Line("</ul>");
    }

    // Hidden until the script runs: without JavaScript the controls could do nothing.
    private static void WriteFilters(HtmlOutput html, ReportModel model)
    {
        html.Line("<form class=\"filters\" id=\"filters\" hidden>");
        WriteSelect(html, "severity", "Severity", model.Findings.Select(f => f.Severity).Distinct().OrderDescending().Select(s => (ReportNames.Of(s), ReportNames.Of(s))));
        WriteSelect(html, "lens", "Lens", model.Findings.Select(f => f.Lens).Distinct().Order().Select(l => (ReportNames.Of(l), ReportNames.Of(l))));
        WriteSelect(html, "rule", "Rule", model.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => (id, model.RuleTitle(id) is { } title ? $"{id} {title}" : id)));
        html.Line("<label for=\"filter-text\">Search<input type=\"search\" id=\"filter-text\" placeholder=\"message, location, rule\" autocomplete=\"off\"></label>");
        html.Line("<output id=\"shown\" for=\"filter-severity filter-lens filter-rule filter-text\"></output>");
        html.Line("</form>");
    }

    private static void WriteSelect(HtmlOutput html, string name, string label, IEnumerable<(string Value, string Text)> options)
    {
        html.Line($"<label for=\"filter-{name}\">{label}<select id=\"filter-{name}\">");
        html.Line("<option value=\"\">All</option>");
        foreach (var (value, text) in options)
        {
            html.Line($"<option value=\"{HtmlOutput.Encode(value)}\">{HtmlOutput.Encode(text)}</option>");
        }

        html.Line("</select></label>");
    }

    private static void WriteTable(HtmlOutput html, ReportModel model)
    {
        html.Line("<table id=\"findings\">");
        html.Line("<thead><tr><th>Severity</th><th>Rule</th><th>Lens</th><th>Message</th><th>Location</th><th>Related</th></tr></thead>");
        html.Line("<tbody>");
        foreach (var finding in model.Findings)
        {
            WriteRow(html, model, finding);
        }

        html.Line("</tbody>");
        html.Line("</table>");
        html.Line("<p id=\"none\" hidden>No findings match the filters.</p>");
    }

    private static void WriteRow(HtmlOutput html, ReportModel model, Finding finding)
    {
        var severity = ReportNames.Of(finding.Severity);
        var lens = ReportNames.Of(finding.Lens);
        html.Line($"<tr class=\"finding\" data-severity=\"{severity}\" data-lens=\"{lens}\" data-rule=\"{HtmlOutput.Encode(finding.RuleId)}\">");
        html.Line($"<td><span class=\"badge sev-{severity}\">{severity}</span></td>");
        html.Line($"<td class=\"rule\">{RuleCell(model, finding.RuleId)}</td>");
        html.Line($"<td>{lens}</td>");
        var fix = finding.FixHint is { } hint ? $"<div class=\"fix\">{HtmlOutput.Encode(hint)}</div>" : string.Empty;
        html.Line($"<td class=\"message\">{HtmlOutput.Encode(finding.Message)}{fix}</td>");
        html.Line($"<td class=\"loc primary\">{LocationHtml(finding.Location)}</td>");
        html.Line($"<td class=\"loc related\"><ul>{string.Concat(finding.Related.Select(related => $"<li>{LocationHtml(related)}</li>"))}</ul></td>");
        html.Line("</tr>");
    }

    private static string RuleCell(ReportModel model, string ruleId)
    {
        var id = HtmlOutput.Encode(ruleId);
        if (model.RuleHelpUri(ruleId) is { IsAbsoluteUri: true } help && help.Scheme is "https" or "http")
        {
            id = $"<a href=\"{HtmlOutput.Encode(help.AbsoluteUri)}\" rel=\"noopener noreferrer\">{id}</a>";
        }

        var title = model.RuleTitle(ruleId) is { } known ? $"<div class=\"rule-title\">{HtmlOutput.Encode(known)}</div>" : string.Empty;
        return id + title;
    }

    private static string LocationHtml(Location location) =>
        $"<span class=\"kind\">{LocationKinds.Name(location)}</span><code>{HtmlOutput.Encode(location.Display)}</code>";

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string CountLabel(Severity severity) => severity switch
    {
        Severity.Error => "errors",
        Severity.Warning => "warnings",
        _ => "info",
    };
}
