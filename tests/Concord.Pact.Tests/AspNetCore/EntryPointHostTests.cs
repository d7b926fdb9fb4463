using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.AspNetCore.ProviderStates;
using Concord.Pact.Consumer;
using Concord.Pact.Matchers;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OrdersApi;

namespace Concord.Pact.Tests.AspNetCore;

/// <summary>The provider's real app, started from its entry point on real Kestrel: its controllers, DI and configuration.</summary>
public sealed class EntryPointHostTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task The_apps_own_controllers_answer_on_a_loopback_port_and_its_pact_verifies()
    {
        var pact = new PactBuilder("Till", "OrdersApi", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("order 5").Given("order 5 exists").WithRequest(HttpMethod.Get, "/api/orders/5").WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { id = 5, status = Match.Type("Pending"), total = Match.Decimal(12.5) });
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var _ = await client.GetAsync("/api/orders/5");
        });
        var states = new ProviderStateHandlers().Add("order 5 exists", (_, services) =>
            services.GetRequiredService<OrderStore>().Orders[5] = new Order(5, "Pending", 12.5m));

        await using var host = await PactProviderHost.StartAsync<Program>(
            new PactProviderHostOptions { ProviderStates = [states] },
            web => web.UseSetting("Orders:Seed", "9"));

        Assert.Equal("127.0.0.1", host.BaseUri.Host);
        Assert.NotEqual(0, host.BaseUri.Port);
        Assert.True(host.Services.GetRequiredService<OrderStore>().Orders.ContainsKey(9), "the app's own configuration was read");
        var result = await new PactVerifier("OrdersApi").WithProvider(host.BaseUri).WithProviderStateUrl(host.ProviderStatesUri).WithPactFile(pact.PactFilePath).VerifyAsync();
        Assert.True(result.Passed, result.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
