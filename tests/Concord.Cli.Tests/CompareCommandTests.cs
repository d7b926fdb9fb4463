using Concord.Cli.Tests.Support;
using System.Text.Json;
using Concord.Cli;

namespace Concord.Cli.Tests;

/// <summary>Runs the real <c>concord compare</c> in-process on the seed sample's pacts and documents, and on broken inputs.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concord-compare-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Samples => Path.Combine(Repository.Root, "contracts", "samples");

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ConcordApp.Run(args, output, error, Samples);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_as_reported_middleware_pact_disagrees_with_the_auth_document_and_exits_1()
    {
        var (exit, output, _) = Run("compare", "--openapi", "ModelRegistry.Auth/openapi.json", "--pacts", "pacts/as-reported", "--provider", "AuthService");

        Assert.Equal(ExitCodes.Found, exit);
        Assert.Contains("error CORD115", output, StringComparison.Ordinal);
        Assert.Contains("ModelRegistry.Auth/openapi.json#/paths/~1api~1v1~1keys~1validate/post/security (line ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_as_reported_client_pact_calls_a_route_the_api_does_not_document()
    {
        var (exit, output, _) = Run("compare", "--openapi", "ModelRegistry.Api/openapi.json", "--pacts", "pacts/as-reported/RegistrationClient-ModelRegistryApi.json");

        Assert.Equal(ExitCodes.Found, exit);
        Assert.Contains("error CORD110", output, StringComparison.Ordinal);
        Assert.Contains("/api/mlflow/api/2.0/mlflow/registered-models/create", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ModelRegistry.Auth/openapi.json", "AuthService")]
    [InlineData("ModelRegistry.Api/openapi.json", "ModelRegistryApi")]
    public void The_fixed_pacts_agree_and_exit_0(string document, string provider)
    {
        var (exit, _, error) = Run("compare", "--openapi", document, "--pacts", "pacts/fixed", "--provider", provider);

        Assert.Equal(ExitCodes.Clean, exit);
        Assert.Empty(error);
    }

    [Fact]
    public void Fail_on_warning_turns_a_warning_into_exit_1()
    {
        var pact = Path.Combine(_folder, "client-api.json");
        File.WriteAllText(pact, """
            {
              "consumer": { "name": "RegistrationClient" }, "provider": { "name": "ModelRegistryApi" },
              "interactions": [ { "description": "health, verbosely", "request": { "method": "GET", "path": "/health", "query": { "verbose": ["1"] } }, "response": { "status": 200 } } ],
              "metadata": { "pactSpecification": { "version": "3.0.0" } }
            }
            """);

        var byDefault = Run("compare", "--openapi", "ModelRegistry.Api/openapi.json", "--pacts", pact);
        var (exit, output, _) = Run("compare", "--openapi", "ModelRegistry.Api/openapi.json", "--pacts", pact, "--fail-on", "warning");

        Assert.Equal(ExitCodes.Clean, byDefault.Exit);
        Assert.Equal(ExitCodes.Found, exit);
        Assert.Contains("warning CORD113", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_lists_the_rules_with_titles_and_help_links()
    {
        var report = Path.Combine(_folder, "compare.sarif");
        var (exit, _, _) = Run("compare", "--openapi", "ModelRegistry.Auth/openapi.json", "--pacts", "pacts/as-reported", "--provider", "AuthService", "--format", "sarif", "--output", report);

        Assert.Equal(ExitCodes.Found, exit);
        using var sarif = JsonDocument.Parse(File.ReadAllText(report));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "CORD115");
        Assert.EndsWith("contracts/docs/CORD115.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "CORD115");
    }

    [Fact]
    public void An_unreadable_pact_exits_2_with_one_line_naming_file_line_and_column()
    {
        var pact = Path.Combine(_folder, "broken.json");
        File.WriteAllText(pact, "{\n  \"consumer\": { \"name\": \"a\" },\n  \"provider\": { \"name\": \"b\" },\n  \"interactions\": [ { \"description\": \"x\", \"request\": { \"path\": \"/\" }, \"response\": { \"status\": 200 } } ]\n}\n");

        var (exit, output, error) = Run("compare", "--openapi", "ModelRegistry.Api/openapi.json", "--pacts", pact);

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Empty(output);
        Assert.Equal($"concord: error: {pact}:4:54: interaction 'x': the request has no method", error.Trim());
    }

    [Fact]
    public void Invalid_json_in_a_pact_exits_2_naming_the_line_and_column()
    {
        var pact = Path.Combine(_folder, "truncated.json");
        File.WriteAllText(pact, "{\n  \"consumer\": { \"name\": \"a\" },\n  \"interactions\": [\n");

        var (exit, _, error) = Run("compare", "--openapi", "ModelRegistry.Api/openapi.json", "--pacts", pact);

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.StartsWith($"concord: error: {pact}:4:", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void With_a_baseline_only_new_disagreements_are_reported_and_counted()
    {
        // The pull request's base: the auth pacts only. Its report is the baseline.
        var baseReport = Path.Combine(_folder, "base.json");
        var first = Run("compare", "--openapi", "ModelRegistry.Auth/openapi.json", "--pacts", "pacts/as-reported", "--provider", "AuthService", "--format", "json", "--output", baseReport);
        Assert.Equal(ExitCodes.Found, first.Exit);

        var same = Run("compare", "--openapi", "ModelRegistry.Auth/openapi.json", "--pacts", "pacts/as-reported", "--provider", "AuthService", "--baseline", baseReport);
        var other = Run("compare", "--openapi", "ModelRegistry.Api/openapi.json", "--pacts", "pacts/as-reported/RegistrationClient-ModelRegistryApi.json", "--baseline", baseReport);

        Assert.Equal(ExitCodes.Clean, same.Exit);
        Assert.Contains("0 new finding(s) against the baseline", same.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CORD115", same.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Found, other.Exit);
        Assert.Contains("error CORD110", other.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_document_exits_2()
    {
        var (exit, _, error) = Run("compare", "--openapi", "nowhere.json", "--pacts", "pacts/fixed");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Contains("nowhere.json", error, StringComparison.Ordinal);
    }

}
