using System.Collections.Concurrent;
using Concord.Pact.AspNetCore.ProviderStates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Pact.Tests.Provider;

/// <summary>A small provider for verifier tests: products by id, a header-guarded route, a slow route, a state that fails.</summary>
public static class CatalogueProvider
{
    public sealed class Products
    {
        public ConcurrentDictionary<int, string> Names { get; } = new();

        public ConcurrentQueue<string> StateCalls { get; } = new();
    }

    public static ProviderStateHandlers States() => new ProviderStateHandlers()
        .Add(
            "a product exists",
            (request, services) =>
            {
                var products = services.GetRequiredService<Products>();
                products.StateCalls.Enqueue($"setup a product exists {request.Parameters.ToJsonString()}");
                products.Names[request.Get<int>("id")] = request.Get<string>("name");
            },
            (request, services) =>
            {
                var products = services.GetRequiredService<Products>();
                products.StateCalls.Enqueue("teardown a product exists");
                products.Names.Clear();
            })
        .Add("the product store is down", (_, _) => throw new InvalidOperationException("the product store cannot be reached"));

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Products>();
        var app = builder.Build();
        app.MapGet("/products/{id:int}", (int id, Products products) =>
            products.Names.TryGetValue(id, out var name) ? Results.Json(new { id, name }) : Results.NotFound());
        app.MapGet("/internal/stats", (HttpContext context) =>
            context.Request.Headers["X-Environment"] == "ci" ? Results.Json(new { requests = 1 }) : Results.StatusCode(403));
        app.MapGet("/slow", async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            return Results.Ok();
        });
        app.MapPactProviderStates(States());
        return app;
    }
}
