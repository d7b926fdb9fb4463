using System.Text.Json;
using Concord.Cli.Tests.Check.StockSystems;
using Concord.Testing.PactBroker;

namespace Concord.Cli.Tests.Check;

/// <summary>
/// A real <c>concord check --broker</c> of a one-service solution (<c>dotnet new web</c>) whose consumers publish their
/// pacts to a Pact Broker (the documented-shape stand-in, loopback only) instead of committing them: the broker's pacts
/// are verified against the running service like the folder's, findings name the pact's broker URL (never check's
/// copy of it), and the token reaches the broker and no output.
/// </summary>
public sealed class BrokerPactsCheckTests : IAsyncLifetime
{
    private const string Token = "check-broker-token-5d1e77a0";
    private readonly string _folder = Directory.CreateTempSubdirectory("concord-broker-check-").FullName;
    private DocumentedPactBroker _broker = null!;
    private int _exit;
    private JsonElement[] _findings = [];
    private string _error = string.Empty;
    private string _output = string.Empty;

    private const string PactTemplate = """
        {
          "consumer": {"name": "CONSUMER"},
          "provider": {"name": "Greeter"},
          "interactions": [
            {"description": "DESCRIPTION", "request": {"method": "GET", "path": "/"}, "response": {"status": STATUS}}
          ],
          "metadata": {"pactSpecification": {"version": "3.0.0"}}
        }
        """;

    private static string Pact(string consumer, string description, int status) =>
        PactTemplate.Replace("CONSUMER", consumer, StringComparison.Ordinal)
            .Replace("DESCRIPTION", description, StringComparison.Ordinal)
            .Replace("STATUS", status.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public async Task InitializeAsync()
    {
        await StockSystem.DotnetAsync(_folder, "new", "web", "-n", "Greeter", "-o", "Greeter");
        await StockSystem.DotnetAsync(_folder, "new", "sln", "-n", "Greetings");
        await StockSystem.DotnetAsync(_folder, "sln", "add", "Greeter/Greeter.csproj");
        _broker = (await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { RequiredAuthorization = "Bearer " + Token }))
            .With("Greeter", "Caller", "1.0.0", Pact("Caller", "a greeting", 200))
            .With("Greeter", "Picky", "2.0.0", Pact("Picky", "a greeting that is created", 201));

        var output = new StringWriter();
        var error = new StringWriter();
        _exit = ConcordApp.Run(
            ["check", "--broker", _broker.BaseUri.ToString(), "--format", "json"],
            output,
            error,
            _folder,
            name => name == "PACT_BROKER_TOKEN" ? Token : null,
            () => Stream.Null);
        (_output, _error) = (output.ToString(), error.ToString());
        Assert.True(_exit != ExitCodes.CouldNotDecide, _error);
        _findings = [.. JsonDocument.Parse(_output).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.Clone())];
    }

    [Fact]
    public void The_brokers_pacts_are_fetched_and_verified_against_the_running_service()
    {
        Assert.Contains($"contract: 2 pact(s) for Greeter from the broker at {_broker.BaseUri.ToString().TrimEnd('/')}", _error, StringComparison.Ordinal);
        Assert.Contains("contract: verifying 2 pact(s) against Greeter", _error, StringComparison.Ordinal);
        Assert.Contains(_broker.Requests, r => r.Path.StartsWith("/pacts/provider/Greeter/latest", StringComparison.Ordinal));
    }

    [Fact]
    public void The_failing_interaction_is_reported_at_its_pact_on_the_broker()
    {
        var failed = Assert.Single(_findings, f => f.GetProperty("ruleId").GetString() == "CORD100");
        var pactFile = failed.GetProperty("location").GetProperty("pactFile").GetString()!;

        Assert.Equal(ExitCodes.Found, _exit);
        Assert.StartsWith(_broker.BaseUri.ToString(), pactFile, StringComparison.Ordinal);
        Assert.Contains("/consumer/Picky/", pactFile, StringComparison.Ordinal);
        Assert.Equal("a greeting that is created", failed.GetProperty("location").GetProperty("interaction").GetString());
        Assert.DoesNotContain(".concord-cache", _output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_token_reaches_the_broker_and_no_output()
    {
        Assert.All(_broker.Requests, r => Assert.Equal("Bearer " + Token, r.Authorization));
        Assert.DoesNotContain(Token, _output + _error, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _broker.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
