using Concord.Core.Findings;
using Concord.Core.Reports;
using Concord.Core.Reports.Text;

namespace Concord.Core.Tests.Reports;

public sealed class TextReportWriterTests
{
    private static readonly TextReportWriter s_writer = new();

    private static string[] Lines(string report) => report.Split('\n');

    [Fact]
    public void Groups_by_severity_then_rule_with_the_rule_title()
    {
        var lines = Lines(SampleFindings.Render(s_writer, SampleFindings.All));
        var headings = lines.Where(line => line.Length > 0 && !line.StartsWith(' ') && line.Contains("CORD", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
        [
            "error CORD003 Credential sent in body (1 finding)",
            "error CORD201 Operation removed (2 findings)",
            "warning CORD101 Interaction not verified (1 finding)",
            "info CORD402 Documented route answers 404 (1 finding)",
        ], headings);
    }

    [Fact]
    public void Writes_one_line_per_finding_with_location_related_and_fix()
    {
        var lines = Lines(SampleFindings.Render(s_writer, SampleFindings.All));
        var line = Assert.Single(lines, l => l.Contains("/api/mlflow/{path} was removed", StringComparison.Ordinal));
        Assert.StartsWith("  specs/base.yaml#/paths/~1api~1mlflow~1{path}/get (line 12): GET /api/mlflow/{path} was removed", line, StringComparison.Ordinal);
        Assert.Contains("[related: specs/revision.yaml#/paths/~1mlflow~1{path}/get (line 14)]", line, StringComparison.Ordinal);
        Assert.EndsWith("fix: Keep /api/mlflow/{path} as an alias until clients move to /mlflow/{path}.", line, StringComparison.Ordinal);

        var code = Assert.Single(lines, l => l.Contains("JSON body", StringComparison.Ordinal));
        Assert.StartsWith("  src/Api/AuthMiddleware.cs:42:17: ", code, StringComparison.Ordinal);
        Assert.Contains("[related: src/Auth/ApiKeyValidator.cs:18:9]", code, StringComparison.Ordinal);
        Assert.Contains("fix: Send it as Authorization: Bearer sk_live_[REDACTED].", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Ends_with_a_summary_line()
    {
        var lines = Lines(SampleFindings.Render(s_writer, SampleFindings.All));
        Assert.Equal("5 findings: 3 errors, 1 warning, 1 info.", lines[^2]);
        Assert.Equal(string.Empty, lines[^1]);
    }

    [Fact]
    public void Says_so_when_there_are_no_findings()
    {
        var report = SampleFindings.Render(s_writer, []);
        Assert.Equal("concord diff specs/base.yaml specs/revision.yaml\n\nNo findings.\n", report);
    }

    [Fact]
    public void Is_plain_when_the_output_is_not_a_terminal()
    {
        var report = SampleFindings.Render(s_writer, SampleFindings.All, SampleFindings.Context with { OutputIsTerminal = false });
        Assert.DoesNotContain('\e', report);
    }

    [Fact]
    public void Colours_severities_on_a_terminal()
    {
        var report = SampleFindings.Render(s_writer, SampleFindings.All, SampleFindings.Context with { OutputIsTerminal = true });
        Assert.Contains("\e[1;31merror\e[0m", report, StringComparison.Ordinal);
        Assert.Contains("\e[1;33mwarning\e[0m", report, StringComparison.Ordinal);
        Assert.Contains("\e[1;34minfo\e[0m", report, StringComparison.Ordinal);
    }

    [Fact]
    public void NO_COLOR_wins_over_a_terminal()
    {
        var context = SampleFindings.Context with
        {
            OutputIsTerminal = true,
            NoColor = ReportContext.NoColorRequested(name => name == "NO_COLOR" ? "1" : null),
        };
        Assert.DoesNotContain('\e', SampleFindings.Render(s_writer, SampleFindings.All, context));
    }

    [Fact]
    public void A_message_cannot_drive_the_terminal_or_break_the_layout()
    {
        var finding = new Finding("CORD201", Severity.Error, Lens.Spec, "clear\e[2J\nscreen\rnow", SampleFindings.BaseMlflowRoute);
        var report = SampleFindings.Render(s_writer, [finding]);
        Assert.DoesNotContain('\e', report);
        Assert.DoesNotContain('\r', report);
        Assert.Contains("clear\uFFFD[2J screen now", report, StringComparison.Ordinal);
    }
}
