using System.Net;
using System.Net.Sockets;
using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Pact.Tests.Provider;

public sealed class PactVerifierTests : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();
    private PactProviderHost _provider = null!;

    public async Task InitializeAsync() => _provider = await PactProviderHost.StartAsync(CatalogueProvider.Build);

    [Fact]
    public async Task Provider_states_are_set_up_with_their_parameters_and_torn_down()
    {
        var pactFile = await CataloguePacts.ProductPactAsync(_folder.Path);

        var result = await Verifier().WithPactFile(pactFile).VerifyAsync();

        Assert.True(result.Passed, result.ToString());
        Assert.Equal(["a request for a missing product", "a request for product 42"], result.Interactions.Select(i => i.Description).Order());
        var calls = _provider.Services.GetRequiredService<CatalogueProvider.Products>().StateCalls.ToArray();
        Assert.Equal(["setup a product exists {\"id\":42,\"name\":\"Teapot\"}", "teardown a product exists"], calls);
    }

    [Fact]
    public async Task Provider_states_can_be_sent_as_query_parameters()
    {
        var pactFile = await CataloguePacts.ProductPactAsync(_folder.Path);

        var result = await new PactVerifier(CataloguePacts.Provider)
            .WithProvider(_provider.BaseUri)
            .WithProviderStateUrl(_provider.ProviderStatesUri, stateInQuery: true)
            .WithPactFile(pactFile)
            .VerifyAsync();

        Assert.True(result.Passed, result.ToString());
        var calls = _provider.Services.GetRequiredService<CatalogueProvider.Products>().StateCalls.ToArray();
        Assert.Equal(["setup a product exists {\"id\":\"42\",\"name\":\"Teapot\"}", "teardown a product exists"], calls);
    }

    [Fact]
    public async Task A_folder_source_verifies_every_pact_for_the_provider_and_a_consumer_filter_keeps_one()
    {
        await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        await CataloguePacts.ProductPactAsync(_folder.Path, "Warehouse");

        var all = await Verifier().WithPactDirectory(_folder.Path).VerifyAsync();
        var filtered = await Verifier().WithPactDirectory(_folder.Path).ForConsumers("Warehouse").VerifyAsync();

        Assert.True(all.Passed, all.ToString());
        Assert.Equal(4, all.Interactions.Count);
        Assert.True(filtered.Passed, filtered.ToString());
        Assert.Equal(2, filtered.Interactions.Count);
    }

    [Fact]
    public async Task Description_and_state_filters_select_interactions()
    {
        var pactFile = await CataloguePacts.ProductPactAsync(_folder.Path);

        var byDescription = await Verifier().WithPactFile(pactFile).ForDescriptionsMatching("missing").VerifyAsync();
        var byState = await Verifier().WithPactFile(pactFile).ForStatesMatching("a product exists").VerifyAsync();

        Assert.Equal("a request for a missing product", Assert.Single(byDescription.Interactions).Description);
        Assert.Equal("a request for product 42", Assert.Single(byState.Interactions).Description);
    }

    [Fact]
    public async Task A_custom_header_reaches_the_provider_on_every_request()
    {
        await CataloguePacts.WriteAsync(_folder.Path, "Ops", pact => pact.UponReceiving("the stats")
            .WithRequest(HttpMethod.Get, "/internal/stats")
            .WillRespond()
            .WithStatus(200), async client =>
            {
                using var _ = await client.GetAsync("/internal/stats");
            });
        var pactFile = _folder.File("Ops-Catalogue.json");

        var without = await Verifier().WithPactFile(pactFile).VerifyAsync();
        var with = await Verifier().WithPactFile(pactFile).WithCustomHeader("X-Environment", "ci").VerifyAsync();

        Assert.Equal(VerificationStatus.Failed, without.Status);
        Assert.True(with.Passed, with.ToString());
    }

    [Fact]
    public async Task A_request_slower_than_the_timeout_fails_its_interaction()
    {
        await CataloguePacts.WriteAsync(_folder.Path, "Batch", pact => pact.UponReceiving("a slow request")
            .WithRequest(HttpMethod.Get, "/slow")
            .WillRespond()
            .WithStatus(200), "/slow");

        var result = await Verifier().WithPactFile(_folder.File("Batch-Catalogue.json")).WithRequestTimeout(TimeSpan.FromMilliseconds(300)).VerifyAsync();

        Assert.Equal(VerificationStatus.Failed, result.Status);
        var interaction = Assert.Single(result.Interactions);
        Assert.False(interaction.Passed);
        Assert.NotNull(interaction.Error);
    }

    [Fact]
    public async Task A_pact_served_at_a_url_is_verified()
    {
        var pactFile = await CataloguePacts.ProductPactAsync(_folder.Path);
        await using var server = await PactProviderHost.StartAsync(builder =>
        {
            var app = builder.Build();
            app.MapGet("/pacts/shop", () => Results.Text(File.ReadAllText(pactFile), "application/json"));
            return app;
        });

        var result = await Verifier().WithPactUrl(new Uri(server.BaseUri, "pacts/shop")).VerifyAsync();

        Assert.True(result.Passed, result.ToString());
        Assert.Equal(2, result.Interactions.Count);
    }

    [Fact]
    public async Task The_core_output_is_captured_in_the_result()
    {
        var pactFile = await CataloguePacts.ProductPactAsync(_folder.Path);

        var result = await Verifier().WithPactFile(pactFile).VerifyAsync();

        Assert.Contains("Verifying a pact between Shop and Catalogue", result.Output);
        Assert.Equal(0, result.CoreExitCode);
        Assert.StartsWith("Pact verification of Catalogue: passed (2 interaction(s))", result.ToString());
    }

    [Fact]
    public async Task A_cancelled_verification_stops_waiting_for_the_core()
    {
        await CataloguePacts.WriteAsync(_folder.Path, "Batch", pact => pact.UponReceiving("a slow request")
            .WithRequest(HttpMethod.Get, "/slow")
            .WillRespond()
            .WithStatus(200), "/slow");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Verifier().WithPactFile(_folder.File("Batch-Catalogue.json")).WithRequestTimeout(TimeSpan.FromSeconds(10)).VerifyAsync(cancellation.Token));
    }

    private PactVerifier Verifier() =>
        new PactVerifier(CataloguePacts.Provider).WithProvider(_provider.BaseUri).WithProviderStateUrl(_provider.ProviderStatesUri);

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        _folder.Dispose();
    }
}
