using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.Broker;
using Concord.Pact.AspNetCore.ProviderStates;
using Concord.Pact.Consumer;
using Concord.Pact.Matchers;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Story;
using Concord.Pact.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Concord.Testing.PactBroker;

namespace Concord.Pact.Tests.Readme;

/// <summary>The README's consumer and provider examples, kept compiling and passing. Between the "README" markers the code is the README's.</summary>
public sealed class ReadmeExamples : IDisposable
{
    private readonly TemporaryFolder _pacts = new();

    [Fact]
    public async Task Consumer_example()
    {
        // README consumer begins
        var pact = new PactBuilder("ApiMiddleware", "AuthService", new PactOptions { PactDirectory = _pacts.Path });
        pact.UponReceiving("a valid API key is validated")
            .Given("an active API key", new { user_id = "user-7" })
            .WithRequest(HttpMethod.Post, "/api/v1/keys/validate")
            .WithHeader("Authorization", Match.Regex("Bearer \\S+", "Bearer example-key")
                .WithGenerator(Generator.ProviderState("Bearer ${apiKey}")))
            .WithJsonBody(new { service_id = "ml-platform" })
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { valid = true, user_id = Match.Type("user-7") });

        await pact.VerifyAsync(async mock =>
        {
            var client = new AuthClient(new HttpClient { BaseAddress = mock.BaseUri }, AuthClient.KeyPlacement.BearerHeader);
            var validation = await client.ValidateAsync("any-test-key", "ml-platform");
            Assert.True(validation.Valid);
        });
        // README consumer ends

        Assert.True(File.Exists(pact.PactFilePath));
    }

    [Fact]
    public async Task Provider_example()
    {
        await Consumer_example();

        // README provider begins
        var states = new ProviderStateHandlers()
            .Add("an active API key", (request, services, ct) =>
            {
                var key = $"test-{Guid.NewGuid():N}";
                services.GetRequiredService<AuthService.KeyStore>().UsersByKey[key] = request.Get<string>("user_id");
                return Task.FromResult<IReadOnlyDictionary<string, object?>>(new Dictionary<string, object?> { ["apiKey"] = key });
            });
        await using var app = await PactProviderHost.StartAsync(builder => AuthService.Build(builder, AuthService.KeySource.BearerHeader, states));

        var result = await new PactVerifier("AuthService")
            .WithProvider(app.BaseUri)
            .WithProviderStateUrl(app.ProviderStatesUri)
            .WithPactDirectory(_pacts.Path)
            .VerifyAsync();

        Assert.True(result.Passed, result.ToString());
        // README provider ends
    }

    [Fact]
    public async Task Broker_example()
    {
        await Consumer_example();
        const string token = "ci-token";
        await using var fake = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { RequiredAuthorization = "Bearer " + token });
        var brokerUrl = fake.BaseUri.ToString();
        var pactFolder = _pacts.Path;
        var commit = "1a2b3c";
        var buildUrl = new Uri("http://127.0.0.1/builds/1");

        // README broker begins
        using var broker = new PactBroker(new Uri(brokerUrl), BrokerCredentials.Token(token));
        await broker.PublishAsync([pactFolder], new ConsumerVersion(commit) { Branch = "main", BuildUrl = buildUrl });
        var answer = await broker.CanIDeployAsync("ApiMiddleware", commit, new DeployTarget.Environment("production"));
        Console.WriteLine(answer); // deploy only when answer.CanDeploy
        // README broker ends

        Assert.True(answer.CanDeploy);
        Assert.Equal("ApiMiddleware", fake.Requests.Single(r => r.Method == "POST").Body!["pacticipantName"]!.GetValue<string>());
    }

    public void Dispose() => _pacts.Dispose();
}
