using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Concord.Cli;
using ModelRegistry.Sample.Tests.Support;

namespace ModelRegistry.Sample.Tests.Check;

/// <summary>
/// <c>concord check</c> over the seed system, both variants: the real builds, services on 127.0.0.1,
/// the Pact core and the committed documents. The as-reported system shows every seed failure with
/// both sides named; the fixed one shows none.
/// </summary>
[Collection(ConcordCheckCollection.Name)]
public sealed class ConcordCheckTests
{
    private static readonly string s_samples = SamplePaths.Samples;

    [Theory]
    [MemberData(nameof(IncidentTable.Keys), MemberType = typeof(IncidentTable))]
    public void Each_seed_failure_is_caught_in_the_as_reported_system_naming_both_sides(string failure, string rule)
    {
        var row = IncidentTable.Row(failure, rule);
        var run = SampleChecks.AsReported;
        Assert.True(run.Exit == ExitCodes.Found, run.Progress);

        var finding = Assert.Single(run.Findings, f => f.GetProperty("ruleId").GetString() == row.Rule
            && f.GetProperty("location").GetRawText().Contains(row.Primary, StringComparison.Ordinal)
            && f.GetProperty("message").GetString()!.Contains(row.Message, StringComparison.Ordinal));
        var text = finding.GetRawText();
        var related = finding.GetProperty("related");
        if (row.OtherSide is null)
        {
            Assert.Equal(0, related.GetArrayLength());
        }
        else
        {
            Assert.Contains(row.OtherSide, related.GetRawText());
        }

        var id = finding.GetProperty("disagreement").GetString();
        if (row.Edge is null)
        {
            Assert.True(id is null, text);
        }
        else
        {
            Assert.True(id is not null && run.Disagreements.ContainsKey(id), text);
            var disagreement = run.Disagreements[id!];
            Assert.Equal(row.Edge, $"{disagreement.GetProperty("consumer").GetString()} → {disagreement.GetProperty("provider").GetString()}");
        }
    }

    [Fact]
    public async Task The_as_reported_system_reports_only_the_table_s_rules_and_stops_its_services()
    {
        var run = SampleChecks.AsReported;

        Assert.True(run.Exit == ExitCodes.Found, run.Progress);
        var rules = IncidentTable.Rows.Select(r => r.Rule).ToHashSet();
        Assert.All(run.Findings, f => Assert.Contains(f.GetProperty("ruleId").GetString()!, rules));
        await AssertStoppedAsync(run.Progress);
    }

    [Fact]
    public void The_pasted_key_is_reported_but_never_copied_into_the_report()
    {
        var source = File.ReadAllText(Path.Combine(s_samples, "ModelRegistry.KeyCheck.AsReported", "PastedKey.cs"));
        var key = Regex.Match(source, "hk_live_[A-Za-z0-9]+").Value;
        Assert.True(key.Length > "hk_live_".Length + 16, source);

        var run = SampleChecks.AsReported;

        Assert.Contains(run.Findings, f => f.GetProperty("ruleId").GetString() == "CORD004");
        Assert.DoesNotContain(key, run.Report, StringComparison.Ordinal);
        Assert.DoesNotContain(key, run.Progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fixed_system_reports_none_of_them()
    {
        var run = SampleChecks.Fixed;

        Assert.True(run.Exit == ExitCodes.Clean, run.Progress + string.Join(Environment.NewLine, run.Findings.Select(f => f.GetRawText())));
        Assert.Empty(run.Findings);
        Assert.Contains("contract: verifying 1 pact(s) against ModelRegistryApi", run.Progress);
        Assert.Contains("contract: verifying 1 pact(s) against MlflowStandIn", run.Progress);
        Assert.Contains("drift: 2 route(s) ModelRegistryApi calls on MlflowStandIn", run.Progress);
        await AssertStoppedAsync(run.Progress);
    }

    [Fact]
    public void A_missing_system_file_cannot_be_decided()
    {
        var error = new StringWriter();
        var exit = ConcordApp.Run(["check", Path.Combine(s_samples, "no-such-system.json")], new StringWriter(), error);

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Contains("no-such-system.json: no such file or folder.", error.ToString());
    }

    /// <summary>Every service the run announced is gone: nothing accepts a connection at its address any more.</summary>
    private static async Task AssertStoppedAsync(string progress)
    {
        var started = Regex.Matches(progress, @"starting (?<name>\S+) on (?<url>http://127\.0\.0\.1:\d+/)").ToList();
        Assert.Equal(3, started.Count);
        foreach (var service in started)
        {
            var url = new Uri(service.Groups["url"].Value);
            using var client = new TcpClient();
            await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(url.Host, url.Port));
        }
    }
}
