using Concord.Pact.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Concord.Pact.Tests.AspNetCore;

public sealed class PactProviderHostTests
{
    [Fact]
    public async Task The_app_really_listens_on_loopback_at_a_system_chosen_port_until_disposed()
    {
        var host = await PactProviderHost.StartAsync(builder =>
        {
            var app = builder.Build();
            app.MapGet("/ping", () => Results.Text("pong"));
            return app;
        });
        using var client = new HttpClient();

        Assert.Equal("127.0.0.1", host.BaseUri.Host);
        Assert.NotEqual(0, host.BaseUri.Port);
        Assert.Equal("pong", await client.GetStringAsync(new Uri(host.BaseUri, "ping")));

        await host.DisposeAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(new Uri(host.BaseUri, "ping")));
    }
}
