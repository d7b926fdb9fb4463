using Concord.Core.Reports.Html;
using Concord.Core.Tests.Tools;

namespace Concord.Core.Tests.Reports;

/// <summary>The HTML report in a real headless Chromium: its script runs, filters work, the console stays quiet.</summary>
public sealed class HtmlReportInChromiumTests
{
    private static readonly HtmlReportWriter s_writer = new();

    private static async Task<HeadlessChromium.Page> OpenAsync(TemporaryFolder scratch, string html, string fragment = "")
    {
        var file = scratch.File("report.html");
        await File.WriteAllTextAsync(file, html);
        return await HeadlessChromium.DumpDomAsync(new Uri(file).AbsoluteUri + fragment, scratch);
    }

    [Fact]
    public async Task Renders_every_finding_and_shows_the_filters_with_a_quiet_console()
    {
        using var scratch = new TemporaryFolder();
        var page = await OpenAsync(scratch, SampleFindings.Render(s_writer, SampleFindings.All));

        Assert.Empty(page.ConsoleMessages);
        var dom = RenderedHtml.Parse(page.Dom);
        Assert.Equal("true", dom.Body!.GetAttribute("data-ready"));
        Assert.False(dom.QuerySelector("#filters")!.HasAttribute("hidden"));
        var rows = dom.QuerySelectorAll("#findings tbody tr").ToArray();
        Assert.Equal(5, rows.Length);
        Assert.All(rows, row => Assert.False(row.HasAttribute("hidden")));
        Assert.Equal("5 of 5 shown", dom.QuerySelector("#shown")!.TextContent);
    }

    [Fact]
    public async Task Filters_by_severity_lens_rule_and_text()
    {
        using var scratch = new TemporaryFolder();
        var html = SampleFindings.Render(s_writer, SampleFindings.All);

        async Task<string[]> VisibleRules(string fragment)
        {
            var page = await OpenAsync(scratch, html, fragment);
            Assert.Empty(page.ConsoleMessages);
            return [.. RenderedHtml.Parse(page.Dom).QuerySelectorAll("#findings tbody tr:not([hidden])").Select(row => row.GetAttribute("data-rule")!)];
        }

        Assert.Equal(["CORD003", "CORD201", "CORD201"], await VisibleRules("#severity=error"));
        Assert.Equal(["CORD101"], await VisibleRules("#lens=contract"));
        Assert.Equal(["CORD201"], await VisibleRules("#severity=error&text=Ajax-Api"));
        Assert.Equal(["CORD402"], await VisibleRules("#rule=CORD402"));
        Assert.Empty(await VisibleRules("#text=nothing%20matches%20this"));
    }

    [Fact]
    public async Task A_script_in_a_message_never_runs()
    {
        using var scratch = new TemporaryFolder();
        var hostile = SampleFindings.All[0] with { Message = "<script>document.title='owned';console.log('owned')</script><img src=x onerror=\"console.log('owned')\">" };
        var page = await OpenAsync(scratch, SampleFindings.Render(s_writer, [hostile]));

        Assert.Empty(page.ConsoleMessages);
        var dom = RenderedHtml.Parse(page.Dom);
        Assert.Equal("concord diff specs/base.yaml specs/revision.yaml", dom.Title);
        Assert.StartsWith(hostile.Message, dom.QuerySelector("#findings .message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_report_renders_without_errors()
    {
        using var scratch = new TemporaryFolder();
        var page = await OpenAsync(scratch, SampleFindings.Render(s_writer, []));

        Assert.Empty(page.ConsoleMessages);
        var dom = RenderedHtml.Parse(page.Dom);
        Assert.Equal("true", dom.Body!.GetAttribute("data-ready"));
        Assert.Equal("No findings.", dom.QuerySelector("#empty")!.TextContent);
    }
}
