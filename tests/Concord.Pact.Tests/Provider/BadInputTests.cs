using System.Net;
using System.Net.Sockets;
using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Support;

namespace Concord.Pact.Tests.Provider;

/// <summary>Each bad input is one clear failure that names what and where; the core is not started on bad files.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();
    private PactProviderHost _provider = null!;

    public async Task InitializeAsync() => _provider = await PactProviderHost.StartAsync(CatalogueProvider.Build);

    [Fact]
    public async Task A_malformed_pact_file_is_one_clear_error()
    {
        var path = _folder.File("broken.json");
        File.WriteAllText(path, "{ \"consumer\": { \"name\": \"Shop\" ");

        var result = await Verifier().WithPactFile(path).VerifyAsync();

        Assert.Equal(VerificationStatus.Error, result.Status);
        var problem = Assert.Single(result.Problems).Message;
        Assert.StartsWith($"{path}: not a valid pact file:", problem);
        Assert.Equal(-1, result.CoreExitCode);
    }

    [Fact]
    public async Task An_unknown_specification_version_is_one_clear_error()
    {
        var path = _folder.File("future.json");
        File.WriteAllText(path, """
            {"consumer":{"name":"Shop"},"provider":{"name":"Catalogue"},"interactions":[],
             "metadata":{"pactSpecification":{"version":"9.1.0"}}}
            """);

        var result = await Verifier().WithPactFile(path).VerifyAsync();

        Assert.Equal(VerificationStatus.Error, result.Status);
        Assert.Equal($"{path}: declares Pact specification version \"9.1.0\", which the core does not know (1.x to 4.x).", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public async Task A_missing_pact_file_is_one_clear_error()
    {
        var path = _folder.File("absent.json");

        var result = await Verifier().WithPactFile(path).VerifyAsync();

        Assert.Equal($"{path}: the pact file does not exist.", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public async Task An_unreachable_provider_is_one_clear_error()
    {
        var pactFile = await CataloguePacts.ProductPactAsync(_folder.Path);
        var closedPort = ClosedPort();

        var result = await new PactVerifier(CataloguePacts.Provider)
            .WithProvider(new Uri($"http://127.0.0.1:{closedPort}/"))
            .WithPactFile(pactFile)
            .VerifyAsync();

        Assert.Equal(VerificationStatus.Error, result.Status);
        Assert.Equal($"The provider at http://127.0.0.1:{closedPort}/ is not reachable: nothing accepted a connection on 127.0.0.1:{closedPort}.", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public async Task A_provider_state_that_fails_fails_its_interaction_as_a_state_change_failure()
    {
        await CataloguePacts.WriteAsync(_folder.Path, "Shop", pact => pact.UponReceiving("a product while the store is down")
            .Given("the product store is down")
            .WithRequest(HttpMethod.Get, "/products/1")
            .WillRespond()
            .WithStatus(503), "/products/1");

        var result = await Verifier().WithPactFile(_folder.File("Shop-Catalogue.json")).VerifyAsync();

        Assert.Equal(VerificationStatus.Failed, result.Status);
        var interaction = Assert.Single(result.Interactions);
        Assert.False(interaction.Passed);
        Assert.Contains("state change", interaction.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("a product while the store is down", result.ToString());
        Assert.DoesNotContain("problem:", result.ToString());
    }

    [Fact]
    public async Task A_pact_url_that_cannot_be_fetched_is_a_problem_not_a_pass()
    {
        var closedPort = ClosedPort();

        var result = await Verifier().WithPactUrl(new Uri($"http://127.0.0.1:{closedPort}/pacts/shop")).VerifyAsync();

        Assert.Equal(VerificationStatus.Error, result.Status);
        Assert.Empty(result.Interactions);
        Assert.StartsWith("Failed to load pact:", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public async Task No_provider_and_no_source_are_reported_together()
    {
        var result = await new PactVerifier("Nobody").VerifyAsync();

        Assert.Equal(VerificationStatus.Error, result.Status);
        Assert.Equal(2, result.Problems.Count);
        Assert.Contains("could not decide", result.ToString());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private PactVerifier Verifier() =>
        new PactVerifier(CataloguePacts.Provider).WithProvider(_provider.BaseUri).WithProviderStateUrl(_provider.ProviderStatesUri);

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        _folder.Dispose();
    }
}
