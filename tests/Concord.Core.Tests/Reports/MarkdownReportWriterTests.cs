using Concord.Core.Findings;
using Concord.Core.Reports.Markdown;

namespace Concord.Core.Tests.Reports;

public sealed class MarkdownReportWriterTests
{
    private static readonly MarkdownReportWriter s_writer = new();

    [Fact]
    public void Opens_with_a_table_of_counts_by_severity()
    {
        var dom = RenderedHtml.FromMarkdown(SampleFindings.Render(s_writer, SampleFindings.All));
        var rows = dom.QuerySelectorAll("table tbody tr")
            .Select(row => string.Join("|", row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim())))
            .ToArray();
        Assert.Equal(["Errors|3", "Warnings|1", "Info|1", "Total|5"], rows);
    }

    [Fact]
    public void Groups_findings_by_severity_then_rule()
    {
        var dom = RenderedHtml.FromMarkdown(SampleFindings.Render(s_writer, SampleFindings.All));
        Assert.Equal(
            ["Errors (3)", "Warnings (1)", "Info (1)"],
            dom.QuerySelectorAll("h3").Select(heading => heading.TextContent));
        Assert.Equal(
        [
            "CORD003 — Credential sent in body (1)",
            "CORD201 — Operation removed (2)",
            "CORD101 — Interaction not verified (1)",
            "CORD402 — Documented route answers 404 (1)",
        ], dom.QuerySelectorAll("h4").Select(heading => heading.TextContent));
        Assert.Equal("https://concord.example.test/rules/CORD201", dom.QuerySelectorAll("h4 a").Last().GetAttribute("href"));
    }

    [Fact]
    public void Lists_each_finding_with_its_related_locations_and_fix()
    {
        var dom = RenderedHtml.FromMarkdown(SampleFindings.Render(s_writer, SampleFindings.All));
        var item = dom.QuerySelectorAll("li").Single(li => li.TextContent.StartsWith("specs/base.yaml#/paths/~1api~1mlflow", StringComparison.Ordinal));
        Assert.Equal("specs/base.yaml#/paths/~1api~1mlflow~1{path}/get (line 12)", item.QuerySelector("code")!.TextContent);
        var subItems = item.QuerySelectorAll("li").Select(li => li.TextContent).ToArray();
        Assert.Equal(
        [
            "related: specs/revision.yaml#/paths/~1mlflow~1{path}/get (line 14)",
            "fix: Keep /api/mlflow/{path} as an alias until clients move to /mlflow/{path}.",
        ], subItems);
    }

    [Fact]
    public void Hostile_text_stays_text()
    {
        var markdown = SampleFindings.Render(s_writer, SampleFindings.All);
        var dom = RenderedHtml.FromMarkdown(markdown);

        Assert.Empty(dom.QuerySelectorAll("script"));
        Assert.DoesNotContain(dom.QuerySelectorAll("a"), link => link.TextContent == "link");
        Assert.Empty(dom.QuerySelectorAll("li strong, li em"));
        Assert.DoesNotContain("@octocat", markdown, StringComparison.Ordinal);

        var item = dom.QuerySelectorAll("li").Single(li => li.TextContent.Contains("provider rejected", StringComparison.Ordinal));
        var expectedText = "The provider rejected a request sent with Bearer sk_live_[REDACTED]: " + SampleFindings.Hostile;
        Assert.Contains(expectedText, item.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_location_with_backticks_stays_one_code_span()
    {
        var finding = new Finding("CORD003", Severity.Error, Lens.Code, "m", new SourceLocation("src/we``ird`.cs", 1, 1));
        var dom = RenderedHtml.FromMarkdown(SampleFindings.Render(s_writer, [finding]));
        Assert.Equal("src/we``ird`.cs:1:1", dom.QuerySelector("li code")!.TextContent);
    }

    [Fact]
    public void Folds_long_groups_into_details()
    {
        var many = SampleFindings.ManyOf("CORD201", MarkdownReportWriter.FoldAbove + 2);
        var markdown = SampleFindings.Render(s_writer, [.. many, .. SampleFindings.All]);
        var dom = RenderedHtml.FromMarkdown(markdown);

        var details = Assert.Single(dom.QuerySelectorAll("details"));
        Assert.Equal("CORD201 — Operation removed (14)", details.QuerySelector("summary")!.TextContent);
        Assert.Equal(14, details.QuerySelectorAll("details > ul > li").Length);
        Assert.DoesNotContain(dom.QuerySelectorAll("h4"), heading => heading.TextContent.StartsWith("CORD201", StringComparison.Ordinal));
    }

    [Fact]
    public void Lists_at_most_MaxListed_findings_but_counts_them_all()
    {
        var many = SampleFindings.ManyOf("CORD201", MarkdownReportWriter.MaxListed + 5);
        var dom = RenderedHtml.FromMarkdown(SampleFindings.Render(s_writer, many));

        Assert.Equal($"Total|{MarkdownReportWriter.MaxListed + 5}", string.Join("|", dom.QuerySelectorAll("table tbody tr").Last().QuerySelectorAll("td").Select(cell => cell.TextContent.Trim())));
        Assert.Equal(MarkdownReportWriter.MaxListed, dom.QuerySelectorAll("details > ul > li").Length);
        Assert.Contains(dom.QuerySelectorAll("p em"), note => note.TextContent.StartsWith("5 more findings are not listed here", StringComparison.Ordinal));
    }

    [Fact]
    public void Says_so_when_there_are_no_findings()
    {
        var dom = RenderedHtml.FromMarkdown(SampleFindings.Render(s_writer, []));
        Assert.Empty(dom.QuerySelectorAll("table"));
        Assert.Contains(dom.QuerySelectorAll("p"), paragraph => paragraph.TextContent == "No findings.");
    }
}
