using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.AspNetCore.Messages;
using Concord.Pact.AspNetCore.ProviderStates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Pact.Tests.AspNetCore;

/// <summary>
/// The provider-state and message endpoints are test hooks: an app's generated OpenAPI document (MapOpenApi,
/// Swashbuckle) leaves them out, so a service that maps them for concord check does not serve a document that
/// differs from its committed one.
/// </summary>
public sealed class PactEndpointsDescriptionTests
{
    [Fact]
    public async Task The_provider_state_and_message_endpoints_are_excluded_from_the_apps_api_description()
    {
        await using var host = await PactProviderHost.StartAsync(builder =>
        {
            var app = builder.Build();
            app.MapGet("/orders/{id}", (int id) => id);
            app.MapPactProviderStates(new ProviderStateHandlers().Add("an order exists", (_, _) => { }));
            app.MapPactMessages(new MessageProducers().Add("an order was placed", (_, _) => new ProducedMessage(new { id = 1 })));
            return app;
        });

        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .ToDictionary(e => e.RoutePattern.RawText!, e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription ?? false);

        Assert.True(endpoints[ProviderStateEndpoint.DefaultPath]);
        Assert.True(endpoints[MessageEndpoint.DefaultPath]);
        Assert.False(endpoints["/orders/{id}"]);
    }
}
