using Concord.Pact.Broker;
using Concord.Pact.Tests.Provider;
using Concord.Pact.Tests.Support;
using Concord.Testing.PactBroker;

namespace Concord.Pact.Tests.Broker;

/// <summary>Reading a provider's pacts back from the broker: the relations followed, and where credentials go and do not go.</summary>
public sealed class PactReadingTests : IDisposable
{
    private const string Token = "s3cr3t-broker-token-0042";
    private readonly TemporaryFolder _folder = new();
    private readonly List<string> _log = [];

    [Fact]
    public async Task A_published_pact_is_read_back_as_the_latest_and_as_chosen_for_verification()
    {
        var pact = await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        await using var broker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { RequiredAuthorization = "Bearer " + Token });
        using var client = new PactBroker(broker.BaseUri, BrokerCredentials.Token(Token), log: _log.Add);
        await client.PublishAsync([pact], new ConsumerVersion("1a2b3c") { Branch = "main" });

        var latest = Assert.Single(await client.LatestPactsAsync(CataloguePacts.Provider));
        var chosen = Assert.Single(await client.PactsForVerificationAsync(CataloguePacts.Provider, [new() { ["mainBranch"] = true }]));

        Assert.Equal(new Uri(broker.BaseUri, "pacts/provider/Catalogue/consumer/Shop/version/1a2b3c"), latest.Address);
        Assert.Equal(latest.Address, chosen.Address);
        Assert.Contains("\"consumer\":{\"name\":\"Shop\"}", latest.Content.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("""{"consumerVersionSelectors":[{"mainBranch":true}]}""", broker.Requests.Single(r => r.Method == "POST" && r.Path.EndsWith("/for-verification", StringComparison.Ordinal)).Text);
        Assert.DoesNotContain(_log, line => line.Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_provider_is_the_brokers_404_naming_it()
    {
        await using var broker = await DocumentedPactBroker.StartAsync();
        using var client = new PactBroker(broker.BaseUri);

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => client.LatestPactsAsync("Nobody"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal($"GET {broker.BaseUri}pacts/provider/Nobody/latest: 404 Not Found: the broker knows no provider 'Nobody'", error.Message);
    }

    [Fact]
    public async Task Credentials_go_to_the_brokers_origin_only_never_to_a_pact_on_another_host()
    {
        const string Pact = """{"consumer":{"name":"Shop"},"provider":{"name":"Catalogue"},"interactions":[]}""";
        await using var broker = (await DocumentedPactBroker.StartAsync()).With("Catalogue", "Shop", "1", Pact);
        await using var elsewhere = (await DocumentedPactBroker.StartAsync()).With("Catalogue", "Shop", "1", Pact);
        using var client = new PactBroker(broker.BaseUri, BrokerCredentials.Basic("ci", "pa55word"));

        var fromElsewhere = await client.PactAsync(new Uri(elsewhere.BaseUri, "pacts/provider/Catalogue/consumer/Shop/version/1"));
        var fromBroker = Assert.Single(await client.LatestPactsAsync("Catalogue"));

        Assert.Contains("\"Shop\"", fromElsewhere.Content, StringComparison.Ordinal);
        Assert.Contains("\"Shop\"", fromBroker.Content, StringComparison.Ordinal);
        Assert.Null(Assert.Single(elsewhere.Requests).Authorization);
        Assert.Equal(3, broker.Requests.Count);
        Assert.All(broker.Requests, r => Assert.StartsWith("Basic ", r.Authorization, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_password_in_the_url_and_a_refused_token_never_reach_the_message_or_what_a_pact_is_shown_as()
    {
        await using var broker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { RequiredAuthorization = "Bearer the-right-one" });
        var withUser = new UriBuilder(broker.BaseUri) { UserName = "ci", Password = "pa55word" }.Uri;
        using var client = new PactBroker(withUser, BrokerCredentials.Token(Token).DescribedAs("a token from CI_BROKER_TOKEN"), log: _log.Add);

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => client.PactsForVerificationAsync("Catalogue", []));

        Assert.Equal($"GET {broker.BaseUri}: 401 Unauthorized: the server refused the broker's index with a token from CI_BROKER_TOKEN", error.Message);
        Assert.Equal(broker.BaseUri.ToString(), client.Shown);
        Assert.DoesNotContain("pa55word", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_log, line => line.Contains(Token, StringComparison.Ordinal) || line.Contains("pa55word", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}
