using System.Text.Json;
using Concord.Cli.Tests.CommandLine;

namespace Concord.Cli.Tests.Baseline;

/// <summary><c>--baseline</c> through the real command: a pull request's diff reports only what its base did not have.</summary>
public sealed class BaselineTests : IDisposable
{
    private const string V1 = """
        openapi: 3.0.3
        info: {title: registry, version: '1'}
        paths:
          /models:
            get:
              responses: {'200': {description: ok}}
          /models/{id}:
            get:
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses: {'200': {description: ok}}
          /runs:
            get:
              responses: {'200': {description: ok}}
        """;

    // main already removed /runs.
    private const string Main = """
        openapi: 3.0.3
        info: {title: registry, version: '1'}
        paths:
          /models:
            get:
              responses: {'200': {description: ok}}
          /models/{id}:
            get:
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses: {'200': {description: ok}}
        """;

    // The pull request also removes /models/{id}, and its lines moved (comments were added above).
    private const string PullRequest = """
        # The model registry's API.
        # Served by registry-api.
        openapi: 3.0.3
        info: {title: registry, version: '1'}
        paths:
          /models:
            get:
              responses: {'200': {description: ok}}
        """;

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private string[] RuleIds(string jsonReport) =>
        [.. JsonDocument.Parse(jsonReport).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!)];

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Only_findings_the_base_report_does_not_have_are_reported_and_decide_the_exit_code(string baseFormat)
    {
        // As in CI: the same command line on the base branch's checkout, then on the pull request's.
        _cli.Write("v1.yaml", V1);
        _cli.Write("api.yaml", Main);
        var (baseExit, _, _) = _cli.Run("diff", "v1.yaml", "api.yaml", "--format", baseFormat, "--output", "base-report");
        Assert.Equal(ExitCodes.Found, baseExit);
        _cli.Write("api.yaml", PullRequest);

        var (all, allReport, _) = _cli.Run("diff", "v1.yaml", "api.yaml", "--format", "json");
        var (exit, report, error) = _cli.Run("diff", "v1.yaml", "api.yaml", "--format", "json", "--baseline", "base-report");

        Assert.Equal(ExitCodes.Found, all);
        Assert.Equal(["CORD200", "CORD200"], RuleIds(allReport));
        Assert.Equal(ExitCodes.Found, exit);
        var only = Assert.Single(JsonDocument.Parse(report).RootElement.GetProperty("findings").EnumerateArray());
        Assert.Contains("/models/{id}", only.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["concord: 1 new finding(s) against the baseline base-report; 1 also in it are not reported"], CliRun.Lines(error));
    }

    [Fact]
    public void Against_its_own_report_a_run_has_nothing_new_and_exits_0()
    {
        _cli.Write("v1.yaml", V1);
        _cli.Write("main.yaml", Main);
        _cli.Run("diff", "v1.yaml", "main.yaml", "--format", "json", "--output", "main.json");

        var (exit, report, _) = _cli.Run("diff", "v1.yaml", "main.yaml", "--format", "json", "--baseline", "main.json", "--quiet");

        Assert.Equal(ExitCodes.Clean, exit);
        Assert.Empty(RuleIds(report));
    }

    [Fact]
    public void Json_and_sarif_carry_the_same_fingerprints()
    {
        _cli.Write("v1.yaml", V1);
        _cli.Write("pr.yaml", PullRequest);
        var (_, json, _) = _cli.Run("diff", "v1.yaml", "pr.yaml", "--format", "json");
        var (_, sarif, _) = _cli.Run("diff", "v1.yaml", "pr.yaml", "--format", "sarif");

        var fromJson = JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()).Order();
        var fromSarif = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty("concordFinding/v2").GetString()).Order();
        Assert.Equal(fromJson, fromSarif);
        Assert.Equal(2, fromJson.Count());
        Assert.Equal(2, fromJson.Distinct().Count());
    }

    [Fact]
    public void A_baseline_that_is_not_json_is_named_with_line_and_column_and_exits_2()
    {
        _cli.Write("v1.yaml", V1);
        _cli.Write("broken.json", "{\n  \"findings\": [,]\n}\n");

        var (exit, output, error) = _cli.Run("diff", "v1.yaml", "v1.yaml", "--baseline", "broken.json");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Empty(output);
        var line = Assert.Single(CliRun.Lines(error));
        Assert.StartsWith($"concord: error: --baseline {Path.Combine(_cli.Folder, "broken.json")}:2:16: the baseline is not JSON", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": \"1.1\", \"findings\": [{\"ruleId\": \"CORD200\"}]}", "a finding has no fingerprint (report schema 1.1; fingerprints are written since 1.2)")]
    [InlineData("{\"name\": \"not a report\"}", "not a Concord report")]
    [InlineData("{\"runs\": [{\"results\": [{\"ruleId\": \"CORD200\", \"partialFingerprints\": {\"concordFinding/v1\": \"00\"}}]}]}", "no result carries a concordFinding/v2 fingerprint")]
    public void A_baseline_that_cannot_be_matched_is_an_error_not_a_silent_nothing_new(string text, string expected)
    {
        _cli.Write("v1.yaml", V1);
        _cli.Write("base.json", text);

        var (exit, _, error) = _cli.Run("diff", "v1.yaml", "v1.yaml", "--baseline", "base.json");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Contains(expected, Assert.Single(CliRun.Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_baseline_is_named()
    {
        _cli.Write("v1.yaml", V1);

        var (exit, _, error) = _cli.Run("diff", "v1.yaml", "v1.yaml", "--baseline", "nowhere.json");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.StartsWith($"concord: error: --baseline {Path.Combine(_cli.Folder, "nowhere.json")}: cannot read the baseline", Assert.Single(CliRun.Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_takes_a_baseline_too()
    {
        var (_, help, _) = _cli.Run("check", "--help");

        Assert.Contains("--baseline <report>", help, StringComparison.Ordinal);
    }
}
