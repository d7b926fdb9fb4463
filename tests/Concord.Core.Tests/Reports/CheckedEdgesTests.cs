using System.Text.Json;
using Concord.Core.Reports;
using Concord.Core.Reports.Html;
using Concord.Core.Reports.Json;
using Concord.Core.Reports.Markdown;
using Concord.Core.Reports.Text;
using NJsonSchema;

namespace Concord.Core.Tests.Reports;

/// <summary>
/// An edge without findings agrees only where the run checked something: every report says what was checked on
/// each edge, and draws an edge nothing looked at as unchecked, never as agreeing.
/// </summary>
public sealed class CheckedEdgesTests
{
    private static readonly ReportContext s_context = SampleFindings.Context with
    {
        Title = "concord check AppHost",
        SystemMap = new SystemMap(
            [new SystemService("frontend"), new SystemService("catalog"), new SystemService("basket")],
            [
                new SystemEdge("frontend", "catalog") { Checked = ["drift: 3 called routes against its document", "contract: 2 pact interactions verified against the running service"] },
                new SystemEdge("frontend", "basket") { Checked = [] },
            ]),
    };

    [Fact]
    public void Text_lists_what_was_checked_on_each_edge_and_names_the_edge_nothing_checked()
    {
        var report = SampleFindings.Render(new TextReportWriter(), [], s_context);

        Assert.Contains("Checked\n", report, StringComparison.Ordinal);
        Assert.Contains("  frontend → catalog: drift: 3 called routes against its document; contract: 2 pact interactions verified against the running service\n", report, StringComparison.Ordinal);
        Assert.Contains("  frontend → basket: nothing checked\n", report, StringComparison.Ordinal);
        Assert.EndsWith("No findings.\n", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_has_a_checked_table()
    {
        var report = SampleFindings.Render(new MarkdownReportWriter(), [], s_context);

        Assert.Contains("### Checked", report, StringComparison.Ordinal);
        Assert.Contains("| frontend → basket | _nothing checked_ |", report, StringComparison.Ordinal);
        Assert.Contains("| frontend → catalog | drift: 3 called routes against its document; contract: 2 pact interactions verified against the running service |", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_gives_each_edge_its_checks_and_the_unchecked_status_in_the_schema()
    {
        var report = SampleFindings.Render(new JsonReportWriter(), [], s_context);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "concord-report.schema.json"));
        Assert.Empty(schema.Validate(report).Select(error => error.ToString()));

        var edges = JsonDocument.Parse(report).RootElement.GetProperty("system").GetProperty("edges").EnumerateArray()
            .ToDictionary(edge => edge.GetProperty("provider").GetString()!);
        Assert.Equal("agrees", edges["catalog"].GetProperty("status").GetString());
        Assert.Equal(2, edges["catalog"].GetProperty("checked").GetArrayLength());
        Assert.Equal("unchecked", edges["basket"].GetProperty("status").GetString());
        Assert.Equal(0, edges["basket"].GetProperty("checked").GetArrayLength());
    }

    [Fact]
    public void Html_draws_the_edge_nothing_checked_as_unchecked()
    {
        var dom = RenderedHtml.Parse(SampleFindings.Render(new HtmlReportWriter(), [], s_context));

        var items = dom.QuerySelectorAll(".edge-list li").ToDictionary(li => li.QuerySelector("a")!.TextContent);
        Assert.Equal("status-unchecked", items["frontend → basket"].ClassName);
        Assert.Equal("nothing checked", items["frontend → basket"].QuerySelector(".edge-status")!.TextContent);
        Assert.Equal("status-agrees", items["frontend → catalog"].ClassName);
    }

    [Fact]
    public void A_run_that_does_not_say_what_it_checked_gets_no_checked_section_and_agreeing_edges()
    {
        var silent = s_context with { SystemMap = new SystemMap([new SystemService("a"), new SystemService("b")], [new SystemEdge("a", "b")]) };

        var text = SampleFindings.Render(new TextReportWriter(), [], silent);
        var json = JsonDocument.Parse(SampleFindings.Render(new JsonReportWriter(), [], silent)).RootElement;

        Assert.DoesNotContain("Checked", text, StringComparison.Ordinal);
        var edge = json.GetProperty("system").GetProperty("edges")[0];
        Assert.Equal("agrees", edge.GetProperty("status").GetString());
        Assert.False(edge.TryGetProperty("checked", out _));
    }
}
