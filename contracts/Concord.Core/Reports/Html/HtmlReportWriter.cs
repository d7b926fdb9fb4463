using System.Globalization;
using System.Net;
using Concord.Core.Findings;

namespace Concord.Core.Reports.Html;

/// <summary>
/// One self-contained HTML file: a map of the system when the run knew one (see <see cref="SystemMapSvg"/>),
/// counts by severity, then every finding in a table, each disagreement's findings together under
/// one heading. It reads without JavaScript and, with it, filters by edge, severity, lens, rule and
/// free text. Styles and script are inline; the page makes no request. Every piece of text is HTML-encoded.
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
        if (!model.Map.IsEmpty)
        {
            SystemMapSvg.Write(html, model.Map);
        }

        WriteCounts(html, model);
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
    }

    private static void WriteCounts(HtmlOutput html, ReportModel model)
    {
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
        // Every edge, agreeing ones too: following an agreeing edge's link shows that nothing is on it.
        var edges = model.Map.Edges;
        if (edges.Length > 0)
        {
            WriteSelect(html, "edge", "Edge", edges.Select(edge => (edge.Id, edge.Findings > 0 ? SystemMapSvg.Label(edge) : $"{SystemMapSvg.Label(edge)} ({(edge.Status == "unchecked" ? CheckedEdges.Nothing : "agree")})")));
        }

        WriteSelect(html, "severity", "Severity", model.Findings.Select(f => f.Severity).Distinct().OrderDescending().Select(s => (ReportNames.Of(s), ReportNames.Of(s))));
        WriteSelect(html, "lens", "Lens", model.Findings.Select(f => f.Lens).Distinct().Order().Select(l => (ReportNames.Of(l), ReportNames.Of(l))));
        WriteSelect(html, "rule", "Rule", model.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => (id, model.RuleTitle(id) is { } title ? $"{id} {title}" : id)));
        html.Line("<label for=\"filter-text\">Search<input type=\"search\" id=\"filter-text\" placeholder=\"message, location, rule\" autocomplete=\"off\"></label>");
        html.Line($"<output id=\"shown\" for=\"{(edges.Length > 0 ? "filter-edge " : string.Empty)}filter-severity filter-lens filter-rule filter-text\"></output>");
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
        var anchoredEdges = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in model.Disagreements)
        {
            WriteDisagreement(html, model, group, anchor: anchoredEdges.Add(group.EdgeId));
        }

        if (!model.Standalone.IsEmpty)
        {
            html.Line("<tbody class=\"standalone\">");
            foreach (var finding in model.Standalone)
            {
                WriteRow(html, model, finding, edgeId: null);
            }

            html.Line("</tbody>");
        }

        html.Line("</table>");
        html.Line("<p id=\"none\" hidden>No findings match the filters.</p>");
    }

    // A disagreement is one row group: a heading row with both sides and the subject, then each
    // lens's finding. The first group of each edge carries the anchor the map's edge links to.
    private static void WriteDisagreement(HtmlOutput html, ReportModel model, DisagreementGroup group, bool anchor)
    {
        var severity = ReportNames.Of(group.Severity);
        html.Line($"<tbody class=\"disagreement\" id=\"{group.Id}\" data-edge=\"{group.EdgeId}\">");
        var target = anchor ? $"<a class=\"edge-anchor\" id=\"edge={group.EdgeId}\"></a>" : string.Empty;
        var lenses = string.Join(", ", group.Lenses.Select(ReportNames.Of));
        var count = group.Findings.Length == 1 ? "1 finding" : $"{Count(group.Findings.Length)} findings";
        html.Line($"<tr class=\"disagreement-head\"><th colspan=\"6\" scope=\"rowgroup\">{target}<span class=\"badge sev-{severity}\">{severity}</span> " +
            $"<span class=\"sides\">{HtmlOutput.Encode($"{group.Disagreement.Consumer} → {group.Disagreement.Provider}")}</span> " +
            $"<code class=\"subject\">{HtmlOutput.Encode(group.Disagreement.Subject)}</code> " +
            $"<span class=\"evidence\">{count} from {lenses}</span></th></tr>");
        foreach (var finding in group.Findings)
        {
            WriteRow(html, model, finding, group.EdgeId);
        }

        html.Line("</tbody>");
    }

    private static void WriteRow(HtmlOutput html, ReportModel model, Finding finding, string? edgeId)
    {
        var severity = ReportNames.Of(finding.Severity);
        var lens = ReportNames.Of(finding.Lens);
        var edge = edgeId is null ? string.Empty : $" data-edge=\"{edgeId}\"";
        html.Line($"<tr class=\"finding\" data-severity=\"{severity}\" data-lens=\"{lens}\" data-rule=\"{HtmlOutput.Encode(finding.RuleId)}\"{edge}>");
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
