using System.Text.Json;
using Concord.Cli;
using ModelRegistry.Sample.Tests.Support;

namespace ModelRegistry.Sample.Tests.Check;

/// <summary>
/// What one check run gives besides its findings: several reports from one run, every rule in them titled and
/// linked to a page that exists, and <c>--no-build</c> reusing the last build.
/// </summary>
[Collection(ConcordCheckCollection.Name)]
public sealed class CheckReportsTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void One_run_writes_every_report_asked_for_and_every_rule_in_them_has_a_title_and_a_page()
    {
        var sarif = Path.Combine(_folder.Path, "out", "check.sarif");
        var html = Path.Combine(_folder.Path, "out", "check.html");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = ConcordApp.Run(
            ["check", Path.Combine(SamplePaths.Samples, "concord.as-reported.json"), "--format", "json", "--report", $"sarif={sarif}", "--report", $"html={html}"],
            output,
            error);

        Assert.True(exit == ExitCodes.Found, error.ToString());
        using var report = JsonDocument.Parse(output.ToString());
        var used = report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).ToHashSet();
        var rules = report.RootElement.GetProperty("rules").EnumerateArray().Where(r => used.Contains(r.GetProperty("id").GetString()!)).ToList();
        Assert.Equal(used.Count, rules.Count);
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.NotEqual(id, rule.GetProperty("title").GetString());
            var help = rule.GetProperty("helpUri").GetString();
            Assert.False(help is null, $"{id} has no help link");
            var page = help![(help.IndexOf("/blob/main/", StringComparison.Ordinal) + "/blob/main/".Length)..].Split('#')[0];
            Assert.True(File.Exists(Path.Combine(SamplePaths.Repository, page)), $"{id}: {help} names no page in the repository");
        }

        using var sarifLog = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.Equal(
            report.RootElement.GetProperty("findings").GetArrayLength(),
            sarifLog.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        Assert.Contains("CORD400", File.ReadAllText(html));
    }

    [Fact]
    public void No_build_reuses_the_last_build_and_finds_the_same()
    {
        var system = Path.Combine(SamplePaths.Samples, "concord.json");
        var first = new StringWriter();
        Assert.Equal(ExitCodes.Clean, ConcordApp.Run(["check", system], new StringWriter(), first));
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = ConcordApp.Run(["check", system, "--no-build"], output, error);

        Assert.True(exit == ExitCodes.Clean, error.ToString() + output);
        Assert.DoesNotContain("building", error.ToString());
        Assert.Contains("contract: verifying 1 pact(s) against ModelRegistryApi", error.ToString());
        Assert.Contains("No findings.", output.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
