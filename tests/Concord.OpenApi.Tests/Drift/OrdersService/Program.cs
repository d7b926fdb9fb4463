using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

// The routes the drift tests probe: a route constraint, a handler that answers 404 with a body,
// one that passes an upstream's empty 404 through, a required query parameter, and a path served
// for one method only. MapOpenApi serves the document ASP.NET generates from them.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOpenApi();
builder.Services.AddHttpClient();
var app = builder.Build();
app.MapOpenApi();

var orders = new Dictionary<int, string> { [1] = "first order" };

app.MapGet("/orders", () => orders.Keys);
app.MapGet("/orders/{id:int}", (int id) => orders.TryGetValue(id, out var order)
    ? Results.Ok(new { id, order })
    : Results.Problem(statusCode: 404, title: $"No order {id}"));
app.MapPost("/orders", () => Results.Created("/orders/2", new { id = 2 }));
app.MapGet("/prices", (string currency) => Results.Ok(new { currency, total = 12.5 }));

// Asks an upstream (this same service, on a path nobody maps) and answers what it answered:
// an empty 404 that a routing 404 cannot be told from by its answer alone.
app.MapGet("/catalogue/{sku}", async (string sku, IHttpClientFactory clients, IServer server) =>
{
    var self = server.Features.Get<IServerAddressesFeature>()!.Addresses.First();
    using var upstream = await clients.CreateClient().GetAsync($"{self}/upstream-items/{sku}");
    return Results.StatusCode((int)upstream.StatusCode);
});

await app.StartAsync();
Console.WriteLine("listening on " + app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
await app.WaitForShutdownAsync();
