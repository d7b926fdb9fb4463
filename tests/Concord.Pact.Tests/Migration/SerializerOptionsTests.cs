using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.AspNetCore.Messages;
using Concord.Pact.Consumer;
using Concord.Pact.Matchers;
using Concord.Pact.Messages;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Concord.Pact.Tests.Migration;

/// <summary>Bodies are written the way the consumer's code writes them: the pact's JsonSerializerOptions, on every side.</summary>
public sealed class SerializerOptionsTests : IDisposable
{
    private static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly TemporaryFolder _folder = new();

    public sealed record OrderLine(int ProductId, int Quantity);

    public sealed record Order(int OrderId, IReadOnlyList<OrderLine> Lines);

    [Fact]
    public async Task A_dto_body_is_camel_case_by_default_and_passes_against_an_aspnet_provider()
    {
        var pact = new PactBuilder("Till", "Orders", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("order 1").WithRequest(HttpMethod.Get, "/orders/1").WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new Order(1, [new OrderLine(7, 2)]));
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            var order = await client.GetFromJsonAsync<Order>("/orders/1");
            Assert.Equal(7, order!.Lines[0].ProductId);
        });

        var body = JsonNode.Parse(File.ReadAllText(pact.PactFilePath))!["interactions"]![0]!["response"]!["body"]!["content"]!;
        AssertJson("""{"orderId":1,"lines":[{"productId":7,"quantity":2}]}""", body);

        await using var provider = await PactProviderHost.StartAsync(builder =>
        {
            var app = builder.Build();
            app.MapGet("/orders/{id:int}", (int id) => Results.Json(new Order(id, [new OrderLine(7, 2)])));
            return app;
        });
        var result = await new PactVerifier("Orders").WithProvider(provider.BaseUri).WithPactFile(pact.PactFilePath).VerifyAsync();
        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public async Task The_pacts_options_shape_bodies_parameters_and_matcher_examples()
    {
        var pact = new PactBuilder("Till", "Ledger", new PactOptions { PactDirectory = _folder.Path, JsonSerializerOptions = SnakeCase });
        pact.UponReceiving("an order is posted")
            .Given("an order can be posted", new OrderLine(7, 1))
            .WithRequest(HttpMethod.Post, "/orders")
            .WithJsonBody(new { order = new Order(1, []), lines = Match.EachLike(new OrderLine(7, 2)) })
            .WillRespond()
            .WithStatus(HttpStatusCode.Created);
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var _ = await client.PostAsJsonAsync("/orders", new { order = new Order(1, []), lines = new[] { new OrderLine(9, 3) } }, SnakeCase);
        });

        var interaction = JsonNode.Parse(File.ReadAllText(pact.PactFilePath))!["interactions"]![0]!;
        AssertJson("""{"order":{"order_id":1,"lines":[]},"lines":[{"product_id":7,"quantity":2}]}""", interaction["request"]!["body"]!["content"]!);
        AssertJson("""{"product_id":7,"quantity":1}""", interaction["providerStates"]![0]!["params"]!);
        Assert.Equal(201, interaction["response"]!["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task Messages_are_written_read_and_produced_with_the_same_options()
    {
        var pact = new MessagePactBuilder("Warehouse", "Shop", new PactOptions { PactDirectory = _folder.Path, JsonSerializerOptions = SnakeCase });
        pact.ExpectsToReceive("an order was placed").WithJsonContent(new Order(3, [new OrderLine(7, 2)]));
        Order? received = null;
        await pact.VerifyAsync(message =>
        {
            received = message.As<Order>();
            return Task.CompletedTask;
        });

        Assert.Equal(7, received!.Lines[0].ProductId);
        var content = JsonNode.Parse(File.ReadAllText(pact.PactFilePath))!["interactions"]![0]!["contents"]!["content"]!;
        AssertJson("""{"order_id":3,"lines":[{"product_id":7,"quantity":2}]}""", content);

        var producers = new MessageProducers(SnakeCase).Add("an order was placed", (_, _) => new ProducedMessage(new Order(3, [new OrderLine(7, 2)])));
        await using var provider = await PactProviderHost.StartAsync(builder =>
        {
            var app = builder.Build();
            app.MapPactMessages(producers);
            return app;
        });
        var result = await new PactVerifier("Shop").WithProvider(provider.BaseUri).WithMessageProvider(provider.MessagesUri).WithPactFile(pact.PactFilePath).VerifyAsync();
        Assert.True(result.Passed, result.ToString());
    }

    /// <summary>The core writes keys in its own order; what matters is the names and values.</summary>
    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}, got {actual?.ToJsonString()}");

    public void Dispose() => _folder.Dispose();
}
