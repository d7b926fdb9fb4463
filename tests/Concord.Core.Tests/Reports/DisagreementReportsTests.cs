using System.Text.Json;
using System.Xml.Linq;
using Concord.Core.Findings;
using Concord.Core.Reports;
using Concord.Core.Reports.Html;
using Concord.Core.Reports.Json;
using Concord.Core.Reports.JUnit;
using Concord.Core.Reports.Markdown;
using Concord.Core.Reports.Sarif;
using Concord.Core.Reports.Text;
using Concord.Core.Tests.Tools;
using NJsonSchema;

namespace Concord.Core.Tests.Reports;

/// <summary>One disagreement, one entry: every format lists the findings of all lenses about the same two sides together.</summary>
public sealed class DisagreementReportsTests
{
    public static TheoryData<string> Formats => [.. ReportWriters.Formats];

    private static string Render(IReportWriter writer) => SampleFindings.Render(writer, SampleSystem.All, SampleSystem.Context);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Same_system_in_any_order_gives_byte_identical_output(string format)
    {
        var writer = ReportWriters.Get(format);
        var (findings, context) = SampleSystem.Shuffled;
        Assert.Equal(Render(writer), SampleFindings.Render(writer, findings, context));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("json")]
    [InlineData("html")]
    public void Every_finding_is_listed_exactly_once(string format)
    {
        var report = Render(ReportWriters.Get(format));
        foreach (var finding in SampleSystem.All)
        {
            var text = format == "markdown" ? finding.Message.Replace("_", "\\_", StringComparison.Ordinal) : finding.Message;
            text = format == "html" ? System.Net.WebUtility.HtmlEncode(text) : text;
            Assert.Equal(1, (report.Length - report.Replace(text, string.Empty, StringComparison.Ordinal).Length) / text.Length);
        }
    }

    [Fact]
    public void Text_lists_each_disagreement_once_with_every_lens_evidence_under_it()
    {
        var lines = Render(new TextReportWriter()).Split('\n');
        var heading = Array.FindIndex(lines, line => line.StartsWith("error gateway → orders: GET /order/{id}", StringComparison.Ordinal));
        Assert.True(heading > 0, string.Join('\n', lines));
        Assert.Single(lines, line => line.Contains("gateway → orders", StringComparison.Ordinal));
        Assert.Contains("(3 findings; code, contract, drift)", lines[heading], StringComparison.Ordinal);

        // Its three findings follow the heading, before the next entry.
        var next = Array.FindIndex(lines, heading + 1, line => line.Length > 0 && !line.StartsWith(' '));
        var entry = string.Join('\n', lines[heading..next]);
        foreach (var rule in new[] { "CORD401 [drift]", "CORD100 [contract]", "CORD004 [code]" })
        {
            Assert.Contains(rule, entry, StringComparison.Ordinal);
        }

        // The finding that names no sides keeps its rule group, and the summary says what was grouped.
        Assert.Contains("error CORD201 Operation removed (1 finding)", lines);
        Assert.Equal("7 findings: 4 errors, 3 warnings, 0 info. 6 findings in 3 disagreements.", lines[^2]);
    }

    [Fact]
    public void Markdown_gives_each_disagreement_a_heading_and_a_list_of_evidence()
    {
        var dom = RenderedHtml.FromMarkdown(Render(new MarkdownReportWriter()));

        Assert.Equal(["Disagreements (3)", "Errors (1)"], dom.QuerySelectorAll("h3").Select(heading => heading.TextContent));
        var headings = dom.QuerySelectorAll("h4").Select(heading => heading.TextContent).ToArray();
        Assert.Equal(
            ["api → auth: API key location", "gateway → orders: GET /order/{id}", "proxy → mlflow: base address"],
            headings[..3]);
        var orders = dom.QuerySelectorAll("h4")[1];
        var evidence = orders.NextElementSibling!.NextElementSibling!;
        Assert.Equal("error, 3 findings from code, contract, drift", orders.NextElementSibling!.TextContent);
        Assert.Equal(["CORD100", "CORD401", "CORD004"], evidence.Children.Select(item => item.TextContent.Split(' ')[1]));
    }

    [Fact]
    public async Task Json_lists_disagreements_and_the_system_in_the_schema()
    {
        var report = Render(new JsonReportWriter());
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "concord-report.schema.json"));
        Assert.Empty(schema.Validate(report).Select(error => error.ToString()));

        var root = JsonDocument.Parse(report).RootElement;
        Assert.Equal(JsonReportWriter.SchemaVersion, root.GetProperty("schemaVersion").GetString());
        var findings = root.GetProperty("findings").EnumerateArray().ToArray();
        var disagreements = root.GetProperty("disagreements").EnumerateArray().ToArray();
        Assert.Equal(3, disagreements.Length);

        var orders = disagreements.Single(d => d.GetProperty("subject").GetString() == "GET /order/{id}");
        Assert.Equal(["code", "contract", "drift"], orders.GetProperty("lenses").EnumerateArray().Select(lens => lens.GetString()));
        var members = orders.GetProperty("findings").EnumerateArray().Select(index => findings[index.GetInt32()]).ToArray();
        Assert.Equal(["CORD100", "CORD401", "CORD004"], members.Select(finding => finding.GetProperty("ruleId").GetString()));
        Assert.All(members, finding => Assert.Equal(orders.GetProperty("id").GetString(), finding.GetProperty("disagreement").GetString()));
        Assert.Single(findings, finding => finding.GetProperty("disagreement").ValueKind == JsonValueKind.Null);

        var edges = root.GetProperty("system").GetProperty("edges").EnumerateArray()
            .ToDictionary(edge => $"{edge.GetProperty("consumer").GetString()}->{edge.GetProperty("provider").GetString()}");
        Assert.Equal("agrees", edges["gateway->auth"].GetProperty("status").GetString());
        Assert.Equal("error", edges["gateway->orders"].GetProperty("status").GetString());
        Assert.Equal(3, edges["gateway->orders"].GetProperty("findings").GetInt32());
        Assert.Equal("warning", edges["proxy->mlflow"].GetProperty("status").GetString());
        Assert.Equal("MLFLOW_SERVER_URL", edges["proxy->mlflow"].GetProperty("via").GetString());
        Assert.Equal(orders.GetProperty("edge").GetString(), edges["gateway->orders"].GetProperty("id").GetString());
        Assert.Equal(6, root.GetProperty("system").GetProperty("services").GetArrayLength());
    }

    [Fact]
    public void Json_ids_are_stable_across_runs_that_find_different_things()
    {
        static string OrdersId(IReadOnlyList<Finding> findings) =>
            JsonDocument.Parse(SampleFindings.Render(new JsonReportWriter(), findings, SampleSystem.Context)).RootElement
                .GetProperty("disagreements").EnumerateArray().Single(d => d.GetProperty("provider").GetString() == "orders").GetProperty("id").GetString()!;

        Assert.Matches("^d-[0-9a-f]{12}$", OrdersId(SampleSystem.All));
        Assert.Equal(OrdersId(SampleSystem.All), OrdersId(SampleSystem.All[..2]));
    }

    [Fact]
    public void Json_without_a_system_or_disagreements_says_so_with_null_and_empty()
    {
        var root = JsonDocument.Parse(SampleFindings.Render(new JsonReportWriter(), SampleFindings.All)).RootElement;
        Assert.Empty(root.GetProperty("disagreements").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("system").ValueKind);

        // A disagreement alone draws its edge, even when the run passed no map.
        var one = SampleFindings.Render(new JsonReportWriter(), SampleSystem.All, SampleFindings.Context);
        var edges = JsonDocument.Parse(one).RootElement.GetProperty("system").GetProperty("edges").EnumerateArray().ToArray();
        Assert.Equal(3, edges.Length);
        Assert.All(edges, edge => Assert.False(edge.GetProperty("declared").GetBoolean()));
    }

    [Fact]
    public async Task Sarif_results_of_one_disagreement_carry_its_id_and_each_other_lens_evidence_and_pass_GitHub_rules()
    {
        using var scratch = new TemporaryFolder();
        var file = scratch.File("system.sarif");
        var report = Render(new SarifReportWriter());
        await File.WriteAllTextAsync(file, report);

        var issues = await SarifValidator.ValidateAsync(file, scratch);
        Assert.Empty(issues.Where(issue => issue.Level is "error" or "warning").Select(issue => $"{issue.Level} {issue.RuleId} {issue.Text}"));

        var results = JsonDocument.Parse(report).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .ToDictionary(result => result.GetProperty("ruleId").GetString()!);
        var drift = results["CORD401"];
        var disagreement = drift.GetProperty("properties").GetProperty("disagreement");
        Assert.Equal("GET /order/{id}", disagreement.GetProperty("subject").GetString());
        Assert.Equal(disagreement.GetProperty("id").GetString(), results["CORD004"].GetProperty("properties").GetProperty("disagreement").GetProperty("id").GetString());
        var related = drift.GetProperty("relatedLocations").EnumerateArray().Select(location => location.GetProperty("message").GetProperty("text").GetString()!).ToArray();
        Assert.Equal(3, related.Length);
        Assert.Contains(related, text => text.StartsWith("Also CORD100 (contract, error):", StringComparison.Ordinal));
        Assert.Contains(related, text => text.StartsWith("Also CORD004 (code, warning):", StringComparison.Ordinal));
        Assert.False(results["CORD201"].GetProperty("properties").TryGetProperty("disagreement", out _));
    }

    [Fact]
    public void JUnit_makes_each_disagreement_one_suite()
    {
        var suites = XDocument.Parse(Render(new JUnitReportWriter())).Root!.Elements("testsuite").ToArray();

        Assert.Equal(
        [
            "concord.disagreement api → auth: API key location",
            "concord.disagreement gateway → orders: GET /order/{id}",
            "concord.disagreement proxy → mlflow: base address",
            "concord.spec",
        ], suites.Select(suite => suite.Attribute("name")!.Value));
        var orders = suites[1];
        Assert.Equal("3", orders.Attribute("tests")!.Value);
        Assert.Equal(["CORD100", "CORD401", "CORD004"], orders.Elements("testcase").Select(test => test.Attribute("name")!.Value.Split(' ')[0]));
        Assert.Equal("7", XDocument.Parse(Render(new JUnitReportWriter())).Root!.Attribute("tests")!.Value);
    }

    [Fact]
    public void Html_opens_with_an_inline_map_whose_edges_link_to_their_findings()
    {
        var html = Render(new HtmlReportWriter());
        var dom = RenderedHtml.Parse(html);

        // The map comes first, drawn inline: no image, no external reference of any kind.
        var main = dom.QuerySelector("main")!;
        Assert.Equal("map", main.FirstElementChild!.Id);
        Assert.Empty(dom.QuerySelectorAll("img, object, embed, iframe, link, [src]"));
        Assert.All(dom.QuerySelectorAll("svg [href]"), link => Assert.StartsWith("#", link.GetAttribute("href"), StringComparison.Ordinal));

        var nodes = dom.QuerySelectorAll("svg .node .node-name").Select(name => name.TextContent).ToArray();
        Assert.Equal(["api", "auth", "gateway", "mlflow", "orders", "proxy"], nodes);
        var edges = dom.QuerySelectorAll("svg a.edge").ToArray();
        Assert.Equal(4, edges.Length);
        var orders = edges.Single(edge => edge.QuerySelector("title")!.TextContent.StartsWith("gateway → orders", StringComparison.Ordinal));
        Assert.Contains("status-error", orders.ClassName, StringComparison.Ordinal);
        Assert.Equal("3", orders.QuerySelector(".edge-count-text")!.TextContent);
        var agreeing = edges.Single(edge => edge.QuerySelector("title")!.TextContent.StartsWith("gateway → auth", StringComparison.Ordinal));
        Assert.Contains("status-agrees", agreeing.ClassName, StringComparison.Ordinal);

        // Without JavaScript the edge's link lands on its first disagreement.
        var edgeId = orders.GetAttribute("data-edge")!;
        Assert.Equal($"#edge={edgeId}", orders.GetAttribute("href"));
        var anchor = dom.GetElementById($"edge={edgeId}")!;
        var group = anchor.Closest("tbody")!;
        Assert.Equal(edgeId, group.GetAttribute("data-edge"));
        Assert.Equal(["CORD100", "CORD401", "CORD004"], group.QuerySelectorAll("tr.finding").Select(row => row.GetAttribute("data-rule")));
        Assert.Contains("3 findings from code, contract, drift", group.QuerySelector("tr.disagreement-head")!.TextContent, StringComparison.Ordinal);
        Assert.Single(dom.QuerySelectorAll("tbody.standalone tr.finding"));
    }

    [Fact]
    public void Html_map_of_a_system_with_cycles_stays_as_wide_as_its_longest_chain()
    {
        // web -> gateway -> orders -> payments -> orders (a cycle), auth <-> users, inventory calls itself.
        var map = new SystemMap(
            [.. new[] { "web", "gateway", "orders", "payments", "auth", "users", "inventory" }.Select(name => new SystemService(name))],
            [
                new SystemEdge("web", "gateway"), new SystemEdge("gateway", "orders"), new SystemEdge("orders", "payments"),
                new SystemEdge("payments", "orders"), new SystemEdge("gateway", "auth"), new SystemEdge("auth", "users"),
                new SystemEdge("users", "auth"), new SystemEdge("inventory", "inventory"),
            ]);
        var dom = RenderedHtml.Parse(SampleFindings.Render(new HtmlReportWriter(), [], SampleSystem.Context with { SystemMap = map }));

        var svg = dom.QuerySelector("#map svg")!;
        static double D(string number) => double.Parse(number, System.Globalization.CultureInfo.InvariantCulture);
        var viewBox = svg.GetAttribute("viewBox")!.Split(' ').Select(D).ToArray();
        var boxes = svg.QuerySelectorAll(".node rect")
            .Select(rect => (X: D(rect.GetAttribute("x")!), Y: D(rect.GetAttribute("y")!), W: D(rect.GetAttribute("width")!), H: D(rect.GetAttribute("height")!)))
            .ToArray();
        Assert.Equal(7, boxes.Length);
        Assert.All(boxes, box => Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.W <= viewBox[2] && box.Y + box.H <= viewBox[3], $"{box} outside {string.Join(' ', viewBox)}"));

        // Four columns: web | gateway, inventory... | orders, auth | payments, users. No box overlaps another.
        Assert.Equal(4, boxes.Select(box => box.X).Distinct().Count());
        Assert.Equal(boxes.Length, boxes.Select(box => (box.X, box.Y)).Distinct().Count());
        Assert.Equal(8, svg.QuerySelectorAll("a.edge").Length);
        Assert.All(svg.QuerySelectorAll("a.edge"), edge => Assert.Contains("status-agrees", edge.ClassName, StringComparison.Ordinal));
        Assert.Equal("No findings.", dom.QuerySelector("#empty")!.TextContent);
    }

    [Fact]
    public void Html_without_a_system_draws_no_map()
    {
        var dom = RenderedHtml.Parse(SampleFindings.Render(new HtmlReportWriter(), SampleFindings.All));
        Assert.Null(dom.QuerySelector("#map"));
        Assert.Null(dom.QuerySelector("#filter-edge"));
    }

    [Fact]
    public async Task Html_in_Chromium_filters_to_an_edge_when_its_link_is_followed()
    {
        using var scratch = new TemporaryFolder();
        var file = scratch.File("system.html");
        await File.WriteAllTextAsync(file, Render(new HtmlReportWriter()));
        var edgeId = RenderedHtml.Parse(await File.ReadAllTextAsync(file)).QuerySelectorAll("svg a.edge")
            .Single(edge => edge.QuerySelector("title")!.TextContent.StartsWith("api → auth", StringComparison.Ordinal)).GetAttribute("data-edge")!;

        var page = await HeadlessChromium.DumpDomAsync(new Uri(file).AbsoluteUri + "#edge=" + edgeId, scratch);

        Assert.Empty(page.ConsoleMessages);
        var dom = RenderedHtml.Parse(page.Dom);
        Assert.Equal("true", dom.Body!.GetAttribute("data-ready"));
        Assert.Equal(["CORD003", "CORD101"], dom.QuerySelectorAll("#findings tr.finding:not([hidden])").Select(row => row.GetAttribute("data-rule")));
        Assert.Equal([edgeId], dom.QuerySelectorAll("#findings tbody:not([hidden])").Select(group => group.GetAttribute("data-edge")));
        Assert.Contains("selected", dom.QuerySelector($"svg a.edge[data-edge='{edgeId}']")!.ClassName, StringComparison.Ordinal);
        Assert.All(dom.QuerySelectorAll("svg a.edge").Where(edge => edge.GetAttribute("data-edge") != edgeId),
            edge => Assert.Contains("faded", edge.ClassName, StringComparison.Ordinal));
        Assert.Equal("2 of 7 shown", dom.QuerySelector("#shown")!.TextContent);
    }

    [Fact]
    public async Task Html_in_Chromium_shows_nothing_for_an_agreeing_edge()
    {
        using var scratch = new TemporaryFolder();
        var file = scratch.File("system.html");
        await File.WriteAllTextAsync(file, Render(new HtmlReportWriter()));
        var edgeId = RenderedHtml.Parse(await File.ReadAllTextAsync(file)).QuerySelectorAll("svg a.edge")
            .Single(edge => edge.ClassName!.Contains("status-agrees", StringComparison.Ordinal)).GetAttribute("data-edge")!;

        var page = await HeadlessChromium.DumpDomAsync(new Uri(file).AbsoluteUri + "#edge=" + edgeId, scratch);

        Assert.Empty(page.ConsoleMessages);
        var dom = RenderedHtml.Parse(page.Dom);
        Assert.Empty(dom.QuerySelectorAll("#findings tr.finding:not([hidden])"));
        Assert.Equal("0 of 7 shown", dom.QuerySelector("#shown")!.TextContent);
        Assert.False(dom.QuerySelector("#none")!.HasAttribute("hidden"));
    }

    [Fact]
    public async Task Html_in_Chromium_without_JavaScript_shows_the_map_and_every_finding()
    {
        using var scratch = new TemporaryFolder();
        var html = Render(new HtmlReportWriter());

        // --dump-dom needs scripting itself, so the DOM without JavaScript is read from the page with its script removed.
        var file = scratch.File("no-script.html");
        var script = html.IndexOf("<script>", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, html[..script] + html[(html.IndexOf("</script>", script, StringComparison.Ordinal) + "</script>".Length)..]);
        var dom = RenderedHtml.Parse((await HeadlessChromium.DumpDomAsync(new Uri(file).AbsoluteUri, scratch)).Dom);
        Assert.Null(dom.Body!.GetAttribute("data-ready"));
        Assert.True(dom.QuerySelector("#filters")!.HasAttribute("hidden"));
        Assert.Equal(4, dom.QuerySelectorAll("#map svg a.edge").Length);
        Assert.Equal(4, dom.QuerySelectorAll("#map .edge-list li").Length);
        Assert.Equal(7, dom.QuerySelectorAll("#findings tr.finding").Count(row => !row.HasAttribute("hidden")));

        // And drawn so: the map's colours are on screen, an agreeing edge green, a failing one red.
        // (Headless Chromium's screenshot, like --dump-dom, needs scripting on; the page has no script.)
        var png = scratch.File("no-script.png");
        await HeadlessChromium.ScreenshotAsync(new Uri(file).AbsoluteUri, png, scratch);
        var pixels = PngPixels.Read(png);
        Assert.Contains(pixels, pixel => pixel == (0x1a, 0x7f, 0x37));
        Assert.Contains(pixels, pixel => pixel == (0xcf, 0x22, 0x2e));
    }

    [Fact]
    public void A_key_in_a_service_name_subject_or_configuration_key_is_redacted_everywhere()
    {
        const string Key = "sk_live_51SystemSecret0000";
        var context = SampleSystem.Context with
        {
            SystemMap = new SystemMap(
                [new SystemService($"svc{Key}") { Kind = Key }],
                [new SystemEdge("gateway", "orders") { Via = $"https://u:p4ss@h.example.test/?api_key={Key}" }]),
        };
        Finding[] findings =
        [
            SampleSystem.All[0] with { Disagreement = new Disagreement("gateway", $"X{Key}", $"GET /keys/{Key}") },
        ];

        foreach (var writer in ReportWriters.All)
        {
            var report = SampleFindings.Render(writer, findings, context);
            Assert.DoesNotContain("51SystemSecret0000", report, StringComparison.Ordinal);
            Assert.DoesNotContain("p4ss", report, StringComparison.Ordinal);
        }
    }
}
