using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Support;

namespace Concord.Pact.Tests.Provider;

/// <summary>Each interaction's result is its own: shared descriptions keep their consumer and file, and a refused provider state says why.</summary>
public sealed class InteractionAttributionTests : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();
    private readonly List<string> _sink = [];
    private PactProviderHost _provider = null!;

    public async Task InitializeAsync() =>
        _provider = await PactProviderHost.StartAsync(CatalogueProvider.Build, new PactProviderHostOptions { Log = line => { lock (_sink) { _sink.Add(line); } } });

    [Fact]
    public async Task Two_interactions_with_one_description_keep_their_own_mismatches_consumer_and_file()
    {
        await CataloguePacts.WriteAsync(_folder.Path, "Shop", pact => pact.UponReceiving("a product by id")
            .Given("a product exists", new { id = 42, name = "Teapot" })
            .WithRequest(HttpMethod.Get, "/products/42").WillRespond().WithStatus(200), "/products/42");
        await CataloguePacts.WriteAsync(_folder.Path, "Warehouse", pact => pact.UponReceiving("a product by id")
            .WithRequest(HttpMethod.Get, "/products/42").WillRespond().WithStatus(200), "/products/42");

        var result = await Verifier().WithPactDirectory(_folder.Path).VerifyAsync();

        Assert.Equal(VerificationStatus.Failed, result.Status);
        var shop = Assert.Single(result.Interactions, i => i.Consumer == "Shop");
        var warehouse = Assert.Single(result.Interactions, i => i.Consumer == "Warehouse");
        Assert.True(shop.Passed);
        Assert.Empty(shop.Mismatches);
        Assert.Equal(_folder.File("Shop-Catalogue.json"), shop.PactFile);
        Assert.False(warehouse.Passed);
        Assert.Equal("status", Assert.Single(warehouse.Mismatches).Where);
        Assert.Equal(_folder.File("Warehouse-Catalogue.json"), warehouse.PactFile);
        Assert.Equal("/products/42", warehouse.Path);
        Assert.Contains("FAIL [Warehouse] a product by id", result.ToString());
        Assert.Contains("ok  [Shop] a product by id", result.ToString());
    }

    [Fact]
    public async Task A_failing_provider_state_handler_gives_its_reason_to_the_result_and_the_logs()
    {
        await CataloguePacts.WriteAsync(_folder.Path, "Till", pact => pact.UponReceiving("a product while the store is down")
            .Given("the product store is down")
            .WithRequest(HttpMethod.Get, "/products/42").WillRespond().WithStatus(200), "/products/42");

        var result = await Verifier().WithPactDirectory(_folder.Path).VerifyAsync();

        Assert.Equal(VerificationStatus.Failed, result.Status);
        var interaction = Assert.Single(result.Interactions);
        Assert.Contains("HTTP 422", interaction.Error);
        Assert.Contains("the product store cannot be reached", interaction.Error);
        Assert.Contains("the product store cannot be reached", result.ToString());
        Assert.Contains("Provider state \"the product store is down\" setup failed", result.Logs);
        Assert.Contains(_provider.LogLines, line => line.StartsWith("Error:", StringComparison.Ordinal) && line.Contains("the product store cannot be reached", StringComparison.Ordinal));
        lock (_sink)
        {
            Assert.Contains(_sink, line => line.Contains("the product store cannot be reached", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_verifiers_log_sink_gets_the_lines_at_or_above_its_level()
    {
        await CataloguePacts.WriteAsync(_folder.Path, "Till", pact => pact.UponReceiving("a product while the store is down")
            .Given("the product store is down")
            .WithRequest(HttpMethod.Get, "/products/42").WillRespond().WithStatus(200), "/products/42");
        var errors = new List<string>();
        var everything = new List<string>();

        await Verifier().WithPactDirectory(_folder.Path).WithLog(errors.Add, Concord.Pact.Logging.PactLogLevel.Error).VerifyAsync();
        await Verifier().WithPactDirectory(_folder.Path).WithLog(everything.Add).VerifyAsync();

        Assert.NotEmpty(errors);
        Assert.All(errors, line => Assert.Contains("ERROR", line, StringComparison.Ordinal));
        Assert.Contains(errors, line => line.Contains("the product store cannot be reached", StringComparison.Ordinal));
        Assert.Contains(everything, line => line.Contains(" INFO ", StringComparison.Ordinal));
        Assert.Contains(everything, line => line.Contains("Verifying a pact between Till and Catalogue", StringComparison.Ordinal));
        Assert.True(everything.Count > errors.Count);
    }

    [Fact]
    public async Task Verifications_of_one_provider_at_the_same_time_keep_their_own_logs()
    {
        // The core files a verification's log lines under its provider's name; runs at once must not take each other's.
        string[] consumers = ["Till", "Shop", "Kiosk", "Warehouse"];
        var folders = consumers.ToDictionary(consumer => consumer, consumer => Directory.CreateDirectory(Path.Combine(_folder.Path, consumer)).FullName);
        foreach (var consumer in consumers)
        {
            await CataloguePacts.WriteAsync(folders[consumer], consumer, pact => pact.UponReceiving($"a product for the {consumer.ToLowerInvariant()}")
                .WithRequest(HttpMethod.Get, "/products/42").WillRespond().WithStatus(200), "/products/42");
        }

        var results = await Task.WhenAll(consumers.Select(consumer => Verifier().WithPactDirectory(folders[consumer]).VerifyAsync()));

        foreach (var (consumer, result) in consumers.Zip(results))
        {
            Assert.Contains($"a product for the {consumer.ToLowerInvariant()}", result.Logs, StringComparison.Ordinal);
            Assert.All(consumers.Where(other => other != consumer), other =>
                Assert.DoesNotContain($"a product for the {other.ToLowerInvariant()}", result.Logs, StringComparison.Ordinal));
        }
    }

    private PactVerifier Verifier() =>
        new PactVerifier(CataloguePacts.Provider).WithProvider(_provider.BaseUri).WithProviderStateUrl(_provider.ProviderStatesUri);

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        _folder.Dispose();
    }
}
