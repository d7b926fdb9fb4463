using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Concord.Pact.Broker;
using Concord.Pact.Tests.Provider;
using Concord.Pact.Tests.Support;
using Concord.Testing.PactBroker;

namespace Concord.Pact.Tests.Broker;

public sealed class PactBrokerPublishTests : IDisposable
{
    private const string Token = "s3cr3t-broker-token-0042";
    private readonly TemporaryFolder _folder = new();
    private readonly List<string> _log = [];

    [Fact]
    public async Task Pacts_are_published_through_the_index_relation_with_version_branch_tags_and_build_url()
    {
        var pact = await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        await using var broker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { RequiredAuthorization = "Bearer " + Token });
        using var client = new PactBroker(broker.BaseUri, BrokerCredentials.Token(Token), log: _log.Add);

        var result = await client.PublishAsync([_folder.Path], new ConsumerVersion("1a2b3c") { Branch = "main", Tags = ["ci", "rc"], BuildUrl = new Uri("http://127.0.0.1/builds/9") });

        Assert.Equal(["GET /", "POST /contracts/publish"], broker.Requests.Select(r => $"{r.Method} {r.PathAndQuery}"));
        var sent = broker.Requests.Last().Body!;
        Assert.Equal("Shop", sent["pacticipantName"]!.GetValue<string>());
        Assert.Equal("1a2b3c", sent["pacticipantVersionNumber"]!.GetValue<string>());
        Assert.Equal("main", sent["branch"]!.GetValue<string>());
        Assert.Equal("""["ci","rc"]""", sent["tags"]!.ToJsonString());
        Assert.Equal("http://127.0.0.1/builds/9", sent["buildUrl"]!.GetValue<string>());
        var contract = Assert.IsType<JsonObject>(Assert.Single(sent["contracts"]!.AsArray()));
        Assert.Equal("Catalogue", contract["providerName"]!.GetValue<string>());
        Assert.Equal("overwrite", contract["onConflict"]!.GetValue<string>());
        Assert.Equal(await File.ReadAllBytesAsync(pact), Convert.FromBase64String(contract["content"]!.GetValue<string>()));

        Assert.Equal("Shop", result.Consumer);
        Assert.Equal("1a2b3c", result.Version);
        var published = Assert.Single(result.Contracts);
        Assert.Equal(new Uri(broker.BaseUri, "pacts/provider/Catalogue/consumer/Shop/version/1a2b3c"), published.Address);
        Assert.Contains(result.Notices, n => n.Text == "Stored 1 pact(s) of Shop 1a2b3c.");
        Assert.DoesNotContain(_log, line => line.Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Merge_is_asked_for_with_the_documented_write_mode_and_basic_auth_is_sent()
    {
        await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ci:pa55word"));
        await using var broker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { RequiredAuthorization = basic });
        using var client = new PactBroker(broker.BaseUri, BrokerCredentials.Basic("ci", "pa55word"));

        await client.PublishAsync([_folder.File("Shop-Catalogue.json")], new ConsumerVersion("1a2b3c") { Merge = true });

        Assert.All(broker.Requests, r => Assert.Equal(basic, r.Authorization));
        Assert.Equal("merge", broker.Requests.Last().Body!["contracts"]![0]!["onConflict"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_refused_token_is_an_error_naming_the_broker_request_and_status_without_the_token()
    {
        await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        await using var broker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { RequiredAuthorization = "Bearer the-right-one" });
        using var client = new PactBroker(broker.BaseUri, BrokerCredentials.Token(Token), log: _log.Add);

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => client.PublishAsync([_folder.Path], new ConsumerVersion("1a2b3c")));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal($"GET {broker.BaseUri}: 401 Unauthorized: the server refused the broker's index with a bearer token", error.Message);
        Assert.DoesNotContain(Token, error.ToString());
        Assert.NotEmpty(_log);
        Assert.DoesNotContain(_log, line => line.Contains(Token, StringComparison.Ordinal));
        Assert.DoesNotContain(broker.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task A_password_in_the_broker_url_or_the_broker_answer_never_reaches_the_message()
    {
        await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        await using var broker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { IndexBody = "<html>hello ci:pa55word, " + Token + "</html>" });
        var withUserInfo = new UriBuilder(broker.BaseUri) { UserName = "ci", Password = "pa55word" }.Uri;
        using var client = new PactBroker(withUserInfo, BrokerCredentials.Token(Token), log: _log.Add);

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => client.PublishAsync([_folder.Path], new ConsumerVersion("1a2b3c")));

        Assert.StartsWith($"GET {broker.BaseUri}: the broker's index is not JSON (line 1, column 1", error.Message);
        Assert.DoesNotContain(Token, error.Message);
        Assert.DoesNotContain("ci:pa55word@", error.Message);
        Assert.DoesNotContain(_log, line => line.Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_broker_is_an_error_naming_it()
    {
        await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        var closed = ClosedLoopbackPort();
        using var client = new PactBroker(new Uri($"http://127.0.0.1:{closed}/"), BrokerCredentials.Token(Token));

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => client.PublishAsync([_folder.Path], new ConsumerVersion("1a2b3c")));

        Assert.StartsWith($"GET http://127.0.0.1:{closed}/: the broker's index cannot be reached: ", error.Message);
        Assert.Null(error.StatusCode);
        Assert.DoesNotContain(Token, error.Message);
    }

    [Fact]
    public async Task A_broker_that_does_not_answer_in_time_is_an_error_naming_the_timeout()
    {
        await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        await using var broker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { IndexHangs = true });
        using var client = new PactBroker(broker.BaseUri, BrokerCredentials.Token(Token), timeout: TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => client.PublishAsync([_folder.Path], new ConsumerVersion("1a2b3c")));

        Assert.Equal($"GET {broker.BaseUri}: no answer for the broker's index within 0.3 s", error.Message);
    }

    [Fact]
    public async Task A_broker_without_the_publish_contracts_relation_is_an_error_naming_the_relation()
    {
        await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        await using var broker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { MissingRelations = ["pb:publish-contracts"] });
        using var client = new PactBroker(broker.BaseUri);

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => client.PublishAsync([_folder.Path], new ConsumerVersion("1a2b3c")));

        Assert.Contains("has no 'pb:publish-contracts' link", error.Message);
        Assert.Contains("pb:publish-pact", error.Message);
        Assert.Single(broker.Requests);
    }

    [Theory]
    [InlineData("""{"_links": []}""")]
    [InlineData("""[1, 2]""")]
    [InlineData("""{"_links": {"pb:publish-contracts": {"href": 42}}}""")]
    public async Task Index_answers_that_are_not_the_brokers_hal_are_errors(string index)
    {
        await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        await using var broker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { IndexBody = index });
        using var client = new PactBroker(broker.BaseUri);

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => client.PublishAsync([_folder.Path], new ConsumerVersion("1a2b3c")));

        Assert.StartsWith($"GET {broker.BaseUri}: ", error.Message);
        Assert.Single(broker.Requests);
    }

    [Fact]
    public async Task Changing_a_published_pact_for_the_same_version_is_the_brokers_conflict_reported_with_its_reason()
    {
        var pact = await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        await using var broker = await DocumentedPactBroker.StartAsync();
        using var client = new PactBroker(broker.BaseUri);
        await client.PublishAsync([pact], new ConsumerVersion("1a2b3c"));
        var changed = JsonNode.Parse(await File.ReadAllTextAsync(pact))!;
        changed["interactions"]!.AsArray().RemoveAt(0);
        await File.WriteAllTextAsync(pact, changed.ToJsonString());

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => client.PublishAsync([pact], new ConsumerVersion("1a2b3c")));

        Assert.Equal(409, error.StatusCode);
        Assert.Contains($"POST {broker.BaseUri}contracts/publish: 409 Conflict: contracts: the pact for Shop version 1a2b3c and Catalogue is already published with other content", error.Message);
    }

    [Fact]
    public async Task Pacts_for_two_consumers_or_no_pacts_are_refused_before_anything_is_sent()
    {
        await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        await CataloguePacts.ProductPactAsync(_folder.Path, "Kiosk");
        using var empty = new TemporaryFolder();
        await using var broker = await DocumentedPactBroker.StartAsync();
        using var client = new PactBroker(broker.BaseUri);

        var mixed = await Assert.ThrowsAsync<PactBrokerException>(() => client.PublishAsync([_folder.Path], new ConsumerVersion("1")));
        var nothing = await Assert.ThrowsAsync<PactBrokerException>(() => client.PublishAsync([empty.Path], new ConsumerVersion("1")));
        var missing = await Assert.ThrowsAsync<PactBrokerException>(() => client.PublishAsync([_folder.File("nope.json")], new ConsumerVersion("1")));

        Assert.Contains("\"Kiosk\" in " + _folder.File("Kiosk-Catalogue.json"), mixed.Message);
        Assert.Contains("\"Shop\" in " + _folder.File("Shop-Catalogue.json"), mixed.Message);
        Assert.Contains("no pact files (*.json) in " + empty.Path, nothing.Message);
        Assert.Contains(_folder.File("nope.json") + ": no such file or folder", missing.Message);
        Assert.Empty(broker.Requests);
    }

    [Fact]
    public async Task A_malformed_pact_file_is_named_with_line_and_column()
    {
        var file = _folder.File("broken.json");
        await File.WriteAllTextAsync(file, "{\n  \"consumer\": {\"name\": \"Shop\"},\n  oops\n}");
        using var client = new PactBroker(new Uri("http://127.0.0.1:1/"));

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => client.PublishAsync([file], new ConsumerVersion("1")));

        Assert.StartsWith($"{file}:3:3: not a pact file", error.Message);
    }

    public void Dispose() => _folder.Dispose();

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
