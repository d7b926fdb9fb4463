using System.Net;
using System.Net.Sockets;
using Concord.Cli.Tests.Support;
using Concord.Pact.Broker;
using Concord.Testing.PactBroker;

namespace Concord.Cli.Tests.Pacts;

/// <summary>
/// <c>concord compare</c> with pacts fetched over HTTP through Concord.Pact's broker client: a pact file's URL, and a
/// provider's pacts from a Pact Broker (the documented-shape stand-in on real Kestrel, loopback only). Credentials
/// reach the broker and nothing else: no output holds them.
/// </summary>
public sealed class RemotePactsCompareTests
{
    private const string Token = "broker-token-7f3a9c2e51";
    private const string Password = "s3cret-pass-word-91";

    private static string Samples => Path.Combine(Repository.Root, "contracts", "samples");

    private static string SamplePact(string variant, string name) => File.ReadAllText(Path.Combine(Samples, "pacts", variant, name));

    private static (int Exit, string Output, string Error) Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ConcordApp.Run(args, output, error, Samples, name => environment?.GetValueOrDefault(name), () => Stream.Null);
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task<DocumentedPactBroker> AuthServiceBrokerAsync(string? token = null) =>
        (await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { RequiredAuthorization = token is null ? null : "Bearer " + token }))
            .With("AuthService", "ModelRegistryApi", "1.0.0", SamplePact("fixed", "ModelRegistryApi-AuthService.json"))
            .With("AuthService", "ModelRegistryApi", "1.1.0", SamplePact("as-reported", "ModelRegistryApi-AuthService.json"))
            .With("AuthService", "KeyCheck", "2.0.0", SamplePact("fixed", "KeyCheck-AuthService.json"));

    [Fact]
    public async Task A_pact_file_url_is_fetched_and_compared_and_findings_name_the_url()
    {
        await using var broker = await AuthServiceBrokerAsync();
        var url = new Uri(broker.BaseUri, "pacts/provider/AuthService/consumer/ModelRegistryApi/version/1.1.0").ToString();

        var (exit, output, error) = Run(null, "compare", "--openapi", "ModelRegistry.Auth/openapi.json", "--pacts", url);

        Assert.Equal(ExitCodes.Found, exit);
        Assert.Empty(error);
        Assert.Contains("error CORD115", output, StringComparison.Ordinal);
        Assert.Contains(url, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_broker_gives_the_latest_pact_of_each_consumer_with_the_token_from_the_environment_and_never_shows_it()
    {
        await using var broker = await AuthServiceBrokerAsync(Token);

        var (exit, output, error) = Run(
            new Dictionary<string, string> { ["PACT_BROKER_TOKEN"] = Token },
            "compare", "--openapi", "ModelRegistry.Auth/openapi.json", "--broker", broker.BaseUri.ToString(), "--provider", "AuthService", "--format", "json");

        // The latest ModelRegistryApi pact (1.1.0, as reported: key in the body) and KeyCheck's fixed one.
        Assert.Equal(ExitCodes.Found, exit);
        Assert.Empty(error);
        Assert.Contains("\"CORD115\"", output, StringComparison.Ordinal);
        Assert.Contains("consumer/ModelRegistryApi/version/1.1.0", output, StringComparison.Ordinal);
        Assert.DoesNotContain("version/1.0.0", output, StringComparison.Ordinal);
        Assert.Contains("GET /pacts/provider/AuthService/latest", broker.Requests.Select(r => r.Line));
        Assert.Contains("GET /pacts/provider/AuthService/consumer/KeyCheck/version/2.0.0", broker.Requests.Select(r => r.Line));
        Assert.All(broker.Requests, request => Assert.Equal("Bearer " + Token, request.Authorization));
        Assert.DoesNotContain(Token, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consumer_version_selectors_go_through_pacts_for_verification()
    {
        await using var broker = await AuthServiceBrokerAsync(Token);

        var (exit, output, error) = Run(
            null,
            "compare", "--openapi", "ModelRegistry.Auth/openapi.json", "--broker", broker.BaseUri.ToString(), "--provider", "AuthService",
            "--broker-token", Token, "--consumer-version-selector", "{\"mainBranch\":true}", "--consumer-version-selector", "{\"deployedOrReleased\":true}");

        Assert.Equal(ExitCodes.Found, exit);
        Assert.Empty(error);
        Assert.Contains("CORD115", output, StringComparison.Ordinal);
        var query = Assert.Single(broker.Requests, r => r.Line == "POST /pacts/provider/AuthService/for-verification").Text;
        Assert.Equal("{\"consumerVersionSelectors\":[{\"mainBranch\":true},{\"deployedOrReleased\":true}]}", query);
        Assert.DoesNotContain(broker.Requests, r => r.Path.EndsWith("/latest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_token_is_exit_2_with_one_line_naming_the_url_and_never_the_token()
    {
        await using var broker = await AuthServiceBrokerAsync(Token);

        var (exit, output, error) = Run(null, "compare", "--openapi", "ModelRegistry.Auth/openapi.json", "--broker", broker.BaseUri.ToString(), "--provider", "AuthService", "--broker-token", "wrong-" + Token);

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Empty(output);
        Assert.Equal($"concord: error: GET {broker.BaseUri}: 401 Unauthorized: the server refused the broker's index with a token from --broker-token", error.Split(" (--broker-token or", 2)[0]);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain(Token, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Basic_credentials_in_the_url_are_sent_to_the_broker_and_redacted_everywhere()
    {
        await using var broker = await AuthServiceBrokerAsync();
        // The broker's index: JSON, but not a pact.
        var withUser = new UriBuilder(broker.BaseUri) { UserName = "ci", Password = Password }.Uri.ToString();

        var (exit, output, error) = Run(null, "compare", "--openapi", "ModelRegistry.Auth/openapi.json", "--pacts", withUser);

        // Not a pact: exit 2 naming the URL (without its password).
        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal($"concord: error: {broker.BaseUri}:1:1: no consumer.name: is this a pact file?", error.TrimEnd());
        Assert.DoesNotContain(Password, output + error, StringComparison.Ordinal);
        Assert.StartsWith("Basic ", Assert.Single(broker.Requests).Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_provider_is_exit_2_naming_the_provider_and_the_url()
    {
        await using var broker = await AuthServiceBrokerAsync();

        var (exit, _, error) = Run(null, "compare", "--openapi", "ModelRegistry.Auth/openapi.json", "--broker", broker.BaseUri.ToString(), "--provider", "Nobody");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal($"concord: error: GET {broker.BaseUri}pacts/provider/Nobody/latest: 404 Not Found: the broker knows no provider 'Nobody'", error.TrimEnd());
    }

    [Fact]
    public void An_unreachable_url_is_exit_2_with_one_line_naming_it()
    {
        var url = $"http://127.0.0.1:{ClosedPort()}/pacts/a-b.json";

        var (exit, output, error) = Run(null, "compare", "--openapi", "ModelRegistry.Auth/openapi.json", "--pacts", url);

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Empty(output);
        Assert.StartsWith($"concord: error: GET {url}: the pact cannot be reached: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_server_that_is_not_a_broker_is_named_as_such()
    {
        await using var notBroker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { IndexBody = """{"hello":"world"}""" });
        await using var notJson = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { IndexBody = "<html>\n<p>sign in</p>" });

        var (exit, _, error) = Run(null, "compare", "--openapi", "ModelRegistry.Auth/openapi.json", "--broker", notBroker.BaseUri.ToString(), "--provider", "AuthService");
        var (htmlExit, _, htmlError) = Run(null, "compare", "--openapi", "ModelRegistry.Auth/openapi.json", "--broker", notJson.BaseUri.ToString(), "--provider", "AuthService");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal(
            $"concord: error: GET {notBroker.BaseUri}: the broker's index has no 'pb:latest-provider-pacts' link, which reading the latest pacts of AuthService needs; " +
            "is this a Pact Broker (or one too old for it)? It offers: no pb: link",
            error.TrimEnd());
        Assert.Equal(ExitCodes.CouldNotDecide, htmlExit);
        Assert.StartsWith($"concord: error: GET {notJson.BaseUri}: the broker's index is not JSON (line 1, column 1", htmlError, StringComparison.Ordinal);
        Assert.Single(htmlError.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_pact_published_with_concord_pacts_broker_client_is_read_back_by_compare()
    {
        await using var broker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { RequiredAuthorization = "Bearer " + Token });
        using (var publisher = new PactBroker(broker.BaseUri, BrokerCredentials.Token(Token)))
        {
            await publisher.PublishAsync([Path.Combine(Samples, "pacts", "as-reported", "ModelRegistryApi-AuthService.json")], new ConsumerVersion("abc123") { Branch = "main" });
        }

        var (exit, output, error) = Run(
            new Dictionary<string, string> { ["PACT_BROKER_TOKEN"] = Token },
            "compare", "--openapi", "ModelRegistry.Auth/openapi.json", "--broker", broker.BaseUri.ToString(), "--provider", "AuthService");

        // As reported, the key travels in the JSON body where the document wants a bearer header.
        Assert.Equal(ExitCodes.Found, exit);
        Assert.Empty(error);
        Assert.Contains("CORD115", output, StringComparison.Ordinal);
        Assert.Contains("consumer/ModelRegistryApi/version/abc123", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--broker needs --provider", "--broker", "http://127.0.0.1:9/")]
    [InlineData("give the pacts", "--provider", "AuthService")]
    [InlineData("--consumer-version-selector applies to --broker only", "--pacts", "pacts/fixed", "--consumer-version-selector", "{}")]
    public void Pact_arguments_that_do_not_go_together_are_exit_2_before_any_request(string expected, params string[] arguments)
    {
        var (exit, _, error) = Run(null, ["compare", "--openapi", "ModelRegistry.Auth/openapi.json", .. arguments]);

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
