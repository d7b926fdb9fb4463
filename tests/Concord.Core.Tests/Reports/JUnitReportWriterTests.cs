using System.Xml.Linq;
using Concord.Core.Findings;
using Concord.Core.Reports.JUnit;

namespace Concord.Core.Tests.Reports;

public sealed class JUnitReportWriterTests
{
    private static readonly JUnitReportWriter s_writer = new();

    private static XElement Render(IReadOnlyList<Finding> findings) => XDocument.Parse(SampleFindings.Render(s_writer, findings)).Root!;

    private static int Attribute(XElement element, string name) => int.Parse(element.Attribute(name)!.Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Has_one_suite_per_lens_with_counts()
    {
        var root = Render(SampleFindings.All);
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal((5, 4), (Attribute(root, "tests"), Attribute(root, "failures")));
        var suites = root.Elements("testsuite").ToArray();
        Assert.Equal(["concord.code", "concord.contract", "concord.spec", "concord.drift"], suites.Select(suite => suite.Attribute("name")!.Value));
        Assert.Equal([1, 1, 2, 1], suites.Select(suite => Attribute(suite, "tests")));
        Assert.Equal([1, 1, 2, 0], suites.Select(suite => Attribute(suite, "failures")));
        Assert.All(suites, suite => Assert.Equal(Attribute(suite, "tests"), suite.Elements("testcase").Count()));
    }

    [Fact]
    public void Errors_and_warnings_fail_and_info_passes_with_its_text()
    {
        var cases = Render(SampleFindings.All).Descendants("testcase").ToArray();
        var removed = cases.Single(c => c.Attribute("name")!.Value == "CORD201 specs/base.yaml#/paths/~1api~1mlflow~1{path}/get (line 12)");
        Assert.Equal("concord.spec.CORD201", removed.Attribute("classname")!.Value);
        var failure = removed.Element("failure")!;
        Assert.Equal("GET /api/mlflow/{path} was removed; clients that call it will get 404.", failure.Attribute("message")!.Value);
        Assert.Equal("CORD201 error", failure.Attribute("type")!.Value);
        Assert.Contains("related specs/revision.yaml#/paths/~1mlflow~1{path}/get (line 14)", failure.Value, StringComparison.Ordinal);
        Assert.Contains("fix: Keep /api/mlflow/{path}", failure.Value, StringComparison.Ordinal);

        var drift = cases.Single(c => c.Attribute("classname")!.Value == "concord.drift.CORD402");
        Assert.Null(drift.Element("failure"));
        Assert.Contains("The documented route answered 404 live.", drift.Element("system-out")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_and_control_characters_in_messages_stay_well_formed()
    {
        var hostile = new Finding("CORD101", Severity.Warning, Lens.Contract, SampleFindings.Hostile + " bell\u0007 nul\0",
            new PactLocation("pacts/a&b.json", "<interaction>"));
        var failure = Render([hostile]).Descendants("failure").Single();
        Assert.Equal(SampleFindings.Hostile + " bell\uFFFD nul\uFFFD", failure.Attribute("message")!.Value);
        Assert.Contains("at pacts/a&b.json » <interaction>", failure.Value, StringComparison.Ordinal);
    }

    [Theory]
    // {hi}/{lo} stand for surrogate halves: an attribute argument cannot carry a lone one.
    [InlineData("smile {hi}{lo} then {hi} alone", "smile {hi}{lo} then \ufffd alone")]
    [InlineData("{hi}{lo} first", "{hi}{lo} first")]
    [InlineData("low {lo} alone", "low \ufffd alone")]
    public void Surrogate_pairs_are_kept_whole_and_lone_halves_replaced(string message, string written)
    {
        static string Halves(string text) => text.Replace("{hi}", "\ud83d", StringComparison.Ordinal).Replace("{lo}", "\ude00", StringComparison.Ordinal);
        var finding = SampleFindings.All[0] with { Message = Halves(message), Severity = Severity.Error };

        var failure = Render([finding]).Descendants("failure").Single();

        Assert.Equal(Halves(written), failure.Attribute("message")!.Value);
    }

    [Fact]
    public void No_findings_is_an_empty_but_valid_document()
    {
        var root = Render([]);
        Assert.Equal((0, 0), (Attribute(root, "tests"), Attribute(root, "failures")));
        Assert.Empty(root.Elements());
    }
}
