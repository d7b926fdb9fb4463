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

    [Fact]
    public async Task The_as_reported_system_reports_the_five_seed_failures_each_with_both_sides()
    {
        var (exit, findings, progress) = Check("concord.as-reported.json");

        Assert.True(exit == ExitCodes.Found, progress);
        AssertSeed(findings, "CORD001", "AuthServiceClient.cs", "'api_key' is sent in the JSON body", "ModelRegistry.Auth/openapi.json");
        AssertSeed(findings, "CORD002", "MlflowUpstream.cs", "falls back to 'http://localhost:5000'", "http://localhost:5000");
        AssertSeed(findings, "CORD400", "ModelRegistryClient.cs", "did you mean /mlflow/api/2.0/mlflow/registered-models/create", "ModelRegistry.Api.AsReported/openapi.json");
        AssertSeed(findings, "CORD401", "ModelRegistry.Api.AsReported/openapi.json", "GET /api/mlflow/api/2.0/mlflow/registered-models/get is listed", "GET http://127.0.0.1:");
        AssertSeed(findings, "CORD103", "ModelRegistryApi-AuthService.json", "covers no success response", "ModelRegistry.Auth/openapi.json");
        AssertSeed(findings, "CORD100", "RegistrationClient-ModelRegistryApi.json", "expected 200 but was 404", "/api/mlflow/api/2.0/mlflow/registered-models/create");
        await AssertStoppedAsync(progress);
    }

    [Fact]
    public async Task The_fixed_system_reports_none_of_them()
    {
        var (exit, findings, progress) = Check("concord.json");

        Assert.True(exit == ExitCodes.Clean, progress + string.Join(Environment.NewLine, findings.Select(f => f.GetRawText())));
        Assert.Empty(findings);
        Assert.Contains("contract: verifying 1 pact(s) against ModelRegistryApi", progress);
        await AssertStoppedAsync(progress);
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

    private static void AssertSeed(IReadOnlyList<JsonElement> findings, string rule, string primary, string message, string otherSide)
    {
        var finding = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == rule
            && f.GetProperty("location").GetRawText().Contains(primary, StringComparison.Ordinal)
            && f.GetProperty("message").GetString()!.Contains(message, StringComparison.Ordinal));
        var text = finding.GetRawText();
        Assert.True(finding.GetProperty("related").GetArrayLength() > 0, text);
        Assert.Contains(otherSide, finding.GetProperty("related").GetRawText());
    }

    private static (int Exit, IReadOnlyList<JsonElement> Findings, string Progress) Check(string systemFile)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ConcordApp.Run(["check", Path.Combine(s_samples, systemFile), "--format", "json"], output, error);
        if (exit == ExitCodes.CouldNotDecide)
        {
            return (exit, [], error.ToString());
        }

        using var report = JsonDocument.Parse(output.ToString());
        return (exit, [.. report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.Clone())], error.ToString());
    }
}
