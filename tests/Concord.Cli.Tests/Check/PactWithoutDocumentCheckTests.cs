using System.Text.Json;
using Concord.Cli.Tests.Check.StockSystems;

namespace Concord.Cli.Tests.Check;

/// <summary>
/// A real <c>concord check</c> of a one-service solution (<c>dotnet new web</c>, which serves no OpenAPI document
/// and commits none) with a consumer's pact for it: the pact is verified against the running service, and the
/// pact-vs-document step says it compared nothing (CORD131) instead of passing on nothing.
/// </summary>
public sealed class PactWithoutDocumentCheckTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concord-nodoc-").FullName;
    private StockSystemCheck _check = null!;

    public async Task InitializeAsync()
    {
        await StockSystem.DotnetAsync(_folder, "new", "web", "-n", "Greeter", "-o", "Greeter");
        await StockSystem.DotnetAsync(_folder, "new", "sln", "-n", "Greetings");
        await StockSystem.DotnetAsync(_folder, "sln", "add", "Greeter/Greeter.csproj");
        Directory.CreateDirectory(Path.Combine(_folder, "pacts"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "pacts", "Caller-Greeter.json"), """
            {
              "consumer": {"name": "Caller"},
              "provider": {"name": "Greeter"},
              "interactions": [
                {"description": "a greeting", "request": {"method": "GET", "path": "/"}, "response": {"status": 200}}
              ],
              "metadata": {"pactSpecification": {"version": "3.0.0"}}
            }
            """);
        _check = StockSystemCheck.Run(_folder, argument: null);
    }

    [Fact]
    public void The_pact_is_reported_as_not_compared_with_the_provider_project_on_the_other_side()
    {
        var finding = Assert.Single(_check.Findings, f => f.GetProperty("ruleId").GetString() == "CORD131");

        Assert.Equal("info", finding.GetProperty("severity").GetString());
        Assert.Contains("Greeter has no OpenAPI document", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("1 HTTP interaction(s)", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("Caller-Greeter.json", finding.GetProperty("location").GetProperty("pactFile").GetString(), StringComparison.Ordinal);
        Assert.Contains("Greeter.csproj", finding.GetProperty("related").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_pact_is_still_verified_against_the_running_service_and_nothing_fails()
    {
        Assert.Contains("contract: verifying 1 pact(s) against Greeter", _check.Progress, StringComparison.Ordinal);
        Assert.DoesNotContain(_check.Findings, f => f.GetProperty("severity").GetString() is "error" or "warning");
        Assert.Equal(ExitCodes.Clean, _check.Exit);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
