using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.AspNetCore.Messages;
using Concord.Pact.AspNetCore.ProviderStates;
using Concord.Pact.Consumer;
using Concord.Pact.Matchers;
using Concord.Pact.Messages;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace Concord.Pact.Tests.Messages;

/// <summary>V4 synchronous (request/response) messages: written through the real core, verified against a Kestrel-hosted responder.</summary>
public sealed class SynchronousMessageTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private sealed record QuoteRequest(string Sku, int Quantity);

    private sealed record Quote(string Sku, int Quantity, decimal Total, string Currency);

    [Fact]
    public async Task The_consumer_test_gets_request_and_response_examples_and_the_v4_pact_holds_a_synchronous_message()
    {
        var seen = new List<SynchronousMessage>();
        var pactFile = await WritePactAsync(message =>
        {
            seen.Add(message);
            return Task.CompletedTask;
        });

        var message = Assert.Single(seen, m => m.Description == "a quote for teapots");
        Assert.Equal(new QuoteRequest("teapot", 3), message.RequestAs<QuoteRequest>());
        Assert.Equal(new Quote("teapot", 3, 59.97m, "EUR"), message.ResponseAs<Quote>());
        Assert.Equal("quotes", message.RequestMetadata["queue"]);
        Assert.Equal("1", message.ResponseMetadata["version"]);
        var order = Assert.Single(seen, m => m.Description == "a new order id");
        Assert.True(Guid.TryParse(order.Response!["orderId"]!.GetValue<string>(), out _), order.ResponseText);
        var ping = Assert.Single(seen, m => m.Description == "a ping");
        Assert.Equal("ping", ping.RequestText);
        Assert.Equal("pong", ping.ResponseText);

        var pact = JsonNode.Parse(await File.ReadAllTextAsync(pactFile))!;
        Assert.Equal("4.0", pact["metadata"]!["pactSpecification"]!["version"]!.GetValue<string>());
        var written = pact["interactions"]!.AsArray().Single(i => i!["description"]!.GetValue<string>() == "a quote for teapots")!;
        Assert.Equal("Synchronous/Messages", written["type"]!.GetValue<string>());
        Assert.Equal("teapot", written["request"]!["contents"]!["content"]!["sku"]!.GetValue<string>());
        Assert.Equal("quotes", written["request"]!["metadata"]!["queue"]!.GetValue<string>());
        Assert.Equal(59.97m, written["response"]![0]!["contents"]!["content"]!["total"]!.GetValue<decimal>());
        Assert.Equal("type", written["response"]![0]!["matchingRules"]!["body"]!["$.total"]!["matchers"]![0]!["match"]!.GetValue<string>());
        var text = pact["interactions"]!.AsArray().Single(i => i!["description"]!.GetValue<string>() == "a ping")!;
        Assert.Equal("text/plain", text["response"]![0]!["contents"]!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failing_consumer_test_names_the_message_and_writes_nothing()
    {
        var error = await Assert.ThrowsAsync<MessageHandlerException>(() => WritePactAsync(message =>
            message.Description == "a ping" ? throw new InvalidOperationException("no pong handler") : Task.CompletedTask));

        Assert.Contains("a ping", error.Message);
        Assert.Contains("no pong handler", error.Message);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "Shop-Pricing.json")));
    }

    [Fact]
    public void Synchronous_messages_before_v4_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new SynchronousMessagePactBuilder("Shop", "Pricing", new PactOptions { PactDirectory = _folder.Path, Specification = PactSpecification.V3 }));

        Assert.Contains("need the V4 specification", error.Message);
    }

    [Fact]
    public async Task A_responder_that_answers_from_the_request_passes_provider_verification()
    {
        var pactFile = await WritePactAsync(_ => Task.CompletedTask);
        await using var provider = await StartResponderAsync(request => new Quote(request.Sku, request.Quantity, 19.99m * request.Quantity, "EUR"));

        var result = await Verify(provider, pactFile);

        Assert.True(result.Passed, result.ToString());
        Assert.Equal(["a new order id", "a ping", "a quote for teapots"], result.Interactions.Select(i => i.Description).Order());
    }

    [Fact]
    public async Task A_responder_whose_answers_changed_fails_with_the_json_path_and_the_text()
    {
        var pactFile = await WritePactAsync(_ => Task.CompletedTask);
        await using var provider = await StartResponderAsync(request => new { sku = request.Sku, quantity = request.Quantity, total = "59.97", currency = "EUR" }, pong: "PONG");

        var result = await Verify(provider, pactFile);

        Assert.Equal(VerificationStatus.Failed, result.Status);
        var quote = Assert.Single(result.Interactions, i => i.Description == "a quote for teapots");
        Assert.False(quote.Passed);
        Assert.Contains(quote.Mismatches, m => m.Where?.Contains("$.total", StringComparison.Ordinal) == true);
        var ping = Assert.Single(result.Interactions, i => i.Description == "a ping");
        Assert.False(ping.Passed, result.ToString());
    }

    private static Task<VerificationResult> Verify(PactProviderHost provider, string pactFile) =>
        new PactVerifier("Pricing")
            .WithProvider(provider.BaseUri)
            .WithProviderStateUrl(provider.ProviderStatesUri)
            .WithMessageProvider(provider.MessagesUri)
            .WithPactFile(pactFile)
            .VerifyAsync();

    private async Task<string> WritePactAsync(Func<SynchronousMessage, Task> test)
    {
        var pact = new SynchronousMessagePactBuilder("Shop", "Pricing", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("a quote for teapots")
            .Given("teapots cost 19.99", new { sku = "teapot" })
            .WithJsonRequest(new { sku = "teapot", quantity = 3 })
            .WithRequestMetadata("queue", "quotes")
            .WillRespondWithJson(new { sku = "teapot", quantity = 3, total = Match.Type(59.97m), currency = Match.Regex("[A-Z]{3}", "EUR") })
            .WithResponseMetadata("version", Match.Regex("[0-9]+", "1"));
        pact.UponReceiving("a ping")
            .WithTextRequest("ping")
            .WillRespondWithText("pong");
        pact.UponReceiving("a new order id")
            .WithJsonRequest(new { sku = "teapot" })
            .WillRespondWithJson(new { orderId = Match.Type("example-id").WithGenerator(Generator.Uuid()) });
        await pact.VerifyAsync(test);
        return pact.PactFilePath;
    }

    private static Task<PactProviderHost> StartResponderAsync(Func<QuoteRequest, object> answer, string pong = "pong") =>
        PactProviderHost.StartAsync(builder =>
        {
            var app = builder.Build();
            app.MapPactProviderStates(new ProviderStateHandlers().Add("teapots cost 19.99", (_, _) => { }));
            app.MapPactMessages(new MessageProducers()
                .Add("a quote for teapots", (request, _) =>
                {
                    Assert.Equal("quotes", request.RequestMetadata["queue"]);
                    var asked = request.Request!.Deserialize<QuoteRequest>(Concord.Pact.Json.PactJson.WebDefaults)!;
                    return new ProducedMessage(answer(asked), new Dictionary<string, string> { ["version"] = "2" });
                })
                .Add("a new order id", (_, _) => new ProducedMessage(new { orderId = Guid.NewGuid().ToString() }))
                .Add("a ping", (request, _) => new ProducedMessage(request.RequestText == "ping" ? pong : "?", ContentType: "text/plain")));
            return app;
        });

    public void Dispose() => _folder.Dispose();
}
