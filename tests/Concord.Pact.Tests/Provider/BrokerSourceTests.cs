using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.Matchers;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Support;
using Concord.Testing.PactBroker;

namespace Concord.Pact.Tests.Provider;

public sealed class BrokerSourceTests : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();
    private PactProviderHost _provider = null!;

    public async Task InitializeAsync() => _provider = await PactProviderHost.StartAsync(CatalogueProvider.Build);

    [Fact]
    public async Task Selectors_pending_and_wip_reach_the_broker_and_a_failing_pending_pact_does_not_fail_the_build()
    {
        var shop = await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        var kiosk = await KioskPactExpectingANumericNameAsync();
        await using var broker = (await DocumentedPactBroker.StartAsync())
            .With(CataloguePacts.Provider, "Shop", "1", await File.ReadAllTextAsync(shop))
            .With(CataloguePacts.Provider, "Kiosk", "1", await File.ReadAllTextAsync(kiosk), pending: true, workInProgress: true);

        var result = await Verifier()
            .WithBroker(broker.BaseUri, new BrokerOptions
            {
                Token = "broker-token",
                ConsumerVersionSelectors = [new ConsumerVersionSelector { MainBranch = true }, new ConsumerVersionSelector { DeployedOrReleased = true }],
                EnablePending = true,
                IncludeWipPactsSince = new DateOnly(2025, 1, 1),
                ProviderBranch = "main",
            })
            .VerifyAsync();

        var request = Assert.Single(broker.Requests, r => r.Line.EndsWith("/for-verification", StringComparison.Ordinal) && r.Method == "POST").Body!;
        Assert.Equal("""[{"mainBranch":true},{"deployedOrReleased":true}]""", request["consumerVersionSelectors"]!.ToJsonString());
        Assert.True(request["includePendingStatus"]!.GetValue<bool>());
        Assert.Equal("2025-01-01", request["includeWipPactsSince"]!.GetValue<string>());
        Assert.Equal("main", request["providerVersionBranch"]!.GetValue<string>());

        Assert.True(result.Passed, result.ToString());
        var pending = Assert.Single(result.Interactions, i => i.Description == "a product for the kiosk");
        Assert.False(pending.Passed);
        Assert.True(pending.Pending);
        Assert.Equal("Kiosk", pending.Consumer);
        Assert.Contains("pending [Kiosk] a product for the kiosk", result.ToString());
    }

    [Fact]
    public async Task Results_are_published_with_the_version_branch_and_tags()
    {
        var shop = await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        await using var broker = (await DocumentedPactBroker.StartAsync()).With(CataloguePacts.Provider, "Shop", "1", await File.ReadAllTextAsync(shop));

        var result = await Verifier()
            .WithBroker(broker.BaseUri, new BrokerOptions { ProviderBranch = "main" })
            .PublishResults(new PublishOptions("abc123") { Tags = ["ci"], BuildUrl = new Uri("http://127.0.0.1/builds/7") })
            .VerifyAsync();

        Assert.True(result.Passed, result.ToString());
        var published = Assert.Single(broker.Requests, r => r.Method == "POST" && r.Path.EndsWith("/verification-results", StringComparison.Ordinal)).Body!;
        Assert.True(published["success"]!.GetValue<bool>());
        Assert.Equal("abc123", published["providerApplicationVersion"]!.GetValue<string>());
        Assert.Equal("http://127.0.0.1/builds/7", published["buildUrl"]!.GetValue<string>());
        var puts = broker.Requests.Where(r => r.Method == "PUT").Select(r => r.Path).ToList();
        Assert.Contains("/pacticipants/Catalogue/branches/main/versions/abc123", puts);
        Assert.Contains("/pacticipants/Catalogue/versions/abc123/tags/ci", puts);
    }

    [Fact]
    public async Task A_publish_the_broker_refuses_fails_the_result_instead_of_passing_silently()
    {
        var shop = await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        await using var broker = (await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { ResultsStatus = 400 }))
            .With(CataloguePacts.Provider, "Shop", "1", await File.ReadAllTextAsync(shop));

        var result = await Verifier()
            .WithBroker(broker.BaseUri)
            .PublishResults(new PublishOptions("abc123"))
            .VerifyAsync();

        Assert.Equal(VerificationStatus.Failed, result.Status);
        Assert.All(result.Interactions, i => Assert.True(i.Passed));
        Assert.Contains(result.Problems, p => p.Message.StartsWith("Publishing the verification results failed", StringComparison.Ordinal));
    }

    private async Task<string> KioskPactExpectingANumericNameAsync()
    {
        await CataloguePacts.WriteAsync(_folder.Path, "Kiosk", pact => pact.UponReceiving("a product for the kiosk")
            .Given("a product exists", new { id = 42, name = "Teapot" })
            .WithRequest(HttpMethod.Get, "/products/42")
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { id = 42, name = Match.Integer(1) }), "/products/42");
        return _folder.File("Kiosk-Catalogue.json");
    }

    private PactVerifier Verifier() =>
        new PactVerifier(CataloguePacts.Provider).WithProvider(_provider.BaseUri).WithProviderStateUrl(_provider.ProviderStatesUri);

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        _folder.Dispose();
    }
}
