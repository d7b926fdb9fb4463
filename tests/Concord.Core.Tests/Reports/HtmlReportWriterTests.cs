using Concord.Core.Findings;
using Concord.Core.Reports.Html;

namespace Concord.Core.Tests.Reports;

/// <summary>The HTML report as a document: parsed without running its script.</summary>
public sealed class HtmlReportWriterTests
{
    private static readonly HtmlReportWriter s_writer = new();

    [Fact]
    public void Lists_every_finding_in_the_table_with_both_sides()
    {
        var dom = RenderedHtml.Parse(SampleFindings.Render(s_writer, SampleFindings.All));
        var rows = dom.QuerySelectorAll("#findings tbody tr").ToArray();
        Assert.Equal(5, rows.Length);
        Assert.Equal(["CORD003", "CORD201", "CORD201", "CORD101", "CORD402"], rows.Select(row => row.GetAttribute("data-rule")));
        Assert.Equal(["error", "error", "error", "warning", "info"], rows.Select(row => row.GetAttribute("data-severity")));

        var removed = rows[2];
        Assert.Equal("spec", removed.GetAttribute("data-lens"));
        Assert.Equal("specs/base.yaml#/paths/~1api~1mlflow~1{path}/get (line 12)", removed.QuerySelector(".loc.primary code")!.TextContent);
        Assert.Equal(["specs/revision.yaml#/paths/~1mlflow~1{path}/get (line 14)"], removed.QuerySelectorAll(".loc.related code").Select(code => code.TextContent));
        Assert.Equal("Keep /api/mlflow/{path} as an alias until clients move to /mlflow/{path}.", removed.QuerySelector(".fix")!.TextContent);
        Assert.Equal("https://concord.example.test/rules/CORD201", removed.QuerySelector(".rule a")!.GetAttribute("href"));
    }

    [Fact]
    public void Shows_counts_by_severity()
    {
        var dom = RenderedHtml.Parse(SampleFindings.Render(s_writer, SampleFindings.All));
        var counts = dom.QuerySelectorAll("#counts li").ToDictionary(li => li.GetAttribute("data-severity")!, li => li.QuerySelector(".count")!.TextContent);
        Assert.Equal(new Dictionary<string, string> { ["error"] = "3", ["warning"] = "1", ["info"] = "1", ["total"] = "5" }, counts);
    }

    [Fact]
    public void Offers_filters_for_what_the_findings_hold()
    {
        var dom = RenderedHtml.Parse(SampleFindings.Render(s_writer, SampleFindings.All));
        string[] Options(string id) => [.. dom.QuerySelectorAll($"#{id} option").Select(option => option.GetAttribute("value")!)];
        Assert.Equal(["", "error", "warning", "info"], Options("filter-severity"));
        Assert.Equal(["", "code", "contract", "spec", "drift"], Options("filter-lens"));
        Assert.Equal(["", "CORD003", "CORD101", "CORD201", "CORD402"], Options("filter-rule"));
        Assert.NotNull(dom.QuerySelector("#filter-text"));

        // Without JavaScript the controls could not work, so they start hidden.
        Assert.True(dom.QuerySelector("#filters")!.HasAttribute("hidden"));
    }

    [Fact]
    public void Is_self_contained_and_allows_only_its_own_style_and_script()
    {
        var html = SampleFindings.Render(s_writer, SampleFindings.All);
        var dom = RenderedHtml.Parse(html);
        Assert.Empty(dom.QuerySelectorAll("[src], link, iframe, object, embed, img, base"));
        Assert.Single(dom.QuerySelectorAll("script"));
        Assert.Single(dom.QuerySelectorAll("style"));
        var policy = dom.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        Assert.StartsWith("default-src 'none'; style-src 'sha256-", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'sha256-", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_is_escaped_everywhere()
    {
        var hostile = new Finding("CORD101\"><script>alert(1)</script>", Severity.Warning, Lens.Contract,
            SampleFindings.Hostile, new PactLocation("pacts/<b>x</b>.json", "<img src=x onerror=alert(1)>"),
            FixHint: "</td></tr></table><script>alert(2)</script>");
        var context = SampleFindings.Context with { Title = "</title><script>alert(3)</script>" };
        var dom = RenderedHtml.Parse(SampleFindings.Render(s_writer, [hostile], context));

        Assert.Single(dom.QuerySelectorAll("script"));
        Assert.Empty(dom.QuerySelectorAll("img, b"));
        Assert.Equal("</title><script>alert(3)</script>", dom.Title);
        var row = dom.QuerySelector("#findings tbody tr")!;
        Assert.Equal("CORD101\"><script>alert(1)</script>", row.GetAttribute("data-rule"));
        Assert.StartsWith(SampleFindings.Hostile, row.QuerySelector(".message")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("</td></tr></table><script>alert(2)</script>", row.QuerySelector(".fix")!.TextContent);
        Assert.Equal("pacts/<b>x</b>.json » <img src=x onerror=alert(1)>", row.QuerySelector(".loc.primary code")!.TextContent);
    }

    [Fact]
    public void Says_so_when_there_are_no_findings()
    {
        var dom = RenderedHtml.Parse(SampleFindings.Render(s_writer, []));
        Assert.Equal("No findings.", dom.QuerySelector("#empty")!.TextContent);
        Assert.Null(dom.QuerySelector("#findings"));
        Assert.Equal("0", dom.QuerySelector("#counts li[data-severity='total'] .count")!.TextContent);
    }
}
