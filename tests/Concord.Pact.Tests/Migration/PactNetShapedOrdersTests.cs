using System.Net;
using System.Net.Http.Json;
using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.AspNetCore.ProviderStates;
using Concord.Pact.Consumer;
using Concord.Pact.Matchers;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OrdersApi;

namespace Concord.Pact.Tests.Migration;

/// <summary>
/// The shape of PactNet 5's OrdersApi sample (consumer and provider), written in Concord.Pact: PascalCase anonymous
/// bodies with the web naming policy, string-valued state parameters with a template in the state name, the
/// provider's own app started from its entry point. Ported by shape, not copied.
/// </summary>
public sealed class PactNetShapedOrdersTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private sealed record OrderDto(int Id, string Status, decimal Total);

    [Fact]
    public async Task The_orders_consumer_and_provider_verify_end_to_end()
    {
        var pact = new PactBuilder("Fulfilment API", "Orders API", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("a request for an order by ID")
            .Given("an order with ID {id} exists", new Dictionary<string, string> { ["id"] = "5" })
            .WithRequest(HttpMethod.Get, "/api/orders/5")
            .WithHeader("Accept", "application/json")
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new { Id = Match.Integer(5), Status = Match.Regex("Pending|Fulfilling|Shipped", "Pending"), Total = Match.Decimal(12.5) });
        pact.UponReceiving("a request for an unknown order")
            .WithRequest(HttpMethod.Get, "/api/orders/404")
            .WithHeader("Accept", "application/json")
            .WillRespond()
            .WithStatus(HttpStatusCode.NotFound);
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
            var order = await client.GetFromJsonAsync<OrderDto>("/api/orders/5");
            Assert.Equal(new OrderDto(5, "Pending", 12.5m), order);
            using var missing = await client.GetAsync("/api/orders/404");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        });

        var states = new ProviderStateHandlers().Add("an order with ID {id} exists", (request, services) =>
        {
            var id = request.Get<int>("id");
            services.GetRequiredService<OrderStore>().Orders[id] = new Order(id, "Fulfilling", 99.95m);
        });
        await using var provider = await PactProviderHost.StartAsync<Program>(new PactProviderHostOptions { ProviderStates = [states] });
        var result = await new PactVerifier("Orders API")
            .WithProvider(provider.BaseUri)
            .WithProviderStateUrl(provider.ProviderStatesUri)
            .WithPactDirectory(_folder.Path)
            .VerifyAsync();

        Assert.True(result.Passed, result.ToString());
        Assert.Equal(2, result.Interactions.Count);
        Assert.All(result.Interactions, i => Assert.Equal("Fulfilment API", i.Consumer));
    }

    [Fact]
    public void PactNets_regex_argument_order_ported_verbatim_fails_where_it_is_written()
    {
        // PactNet: Match.Regex(example, regex).
        var refused = Assert.Throws<ArgumentException>(() => Match.Regex("Pending", "Pending|Fulfilling|Shipped"));

        Assert.Contains("The arguments look swapped", refused.Message);
    }

    [Fact]
    public async Task A_verifier_named_without_the_space_verifies_nothing_and_says_so()
    {
        var pact = new PactBuilder("Fulfilment API", "Orders API", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("a request for an unknown order").WithRequest(HttpMethod.Get, "/api/orders/404").WillRespond().WithStatus(HttpStatusCode.NotFound);
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var _ = await client.GetAsync("/api/orders/404");
        });
        await using var provider = await PactProviderHost.StartAsync<Program>();

        var result = await new PactVerifier("OrdersAPI").WithProvider(provider.BaseUri).WithPactDirectory(_folder.Path).VerifyAsync();

        Assert.Equal(VerificationStatus.Error, result.Status);
        Assert.Contains("no pact for provider \"OrdersAPI\"", result.ToString());
        Assert.Contains("\"Fulfilment API\" -> \"Orders API\" with 1 interaction(s)", result.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
