using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concord.Pact.Consumer;
using Concord.Pact.Matchers;
using Concord.Pact.Tests.Support;

namespace Concord.Pact.Tests.Consumer;

public sealed class ConsumerRoundTripTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task A_matching_consumer_gets_the_example_response_and_the_pact_file_is_written()
    {
        var pact = new PactBuilder("Shop", "Catalogue", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("a request for product 42")
            .Given("product 42 exists", new { id = 42 })
            .WithRequest(HttpMethod.Get, "/products/42")
            .WithQuery("currency", "EUR")
            .WithHeader("Accept", "application/json")
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { id = Match.Integer(42), name = Match.Type("Teapot"), price = Match.Decimal(19.5) });

        JsonObject? received = null;
        await pact.VerifyAsync(async context =>
        {
            Assert.Equal("127.0.0.1", context.BaseUri.Host);
            Assert.NotEqual(0, context.BaseUri.Port);
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/products/42?currency=EUR");
            request.Headers.Add("Accept", "application/json");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            received = await response.Content.ReadFromJsonAsync<JsonObject>();
        });

        Assert.Equal("Teapot", received!["name"]!.GetValue<string>());
        var written = JsonNode.Parse(File.ReadAllText(pact.PactFilePath))!;
        var interaction = Assert.Single(written["interactions"]!.AsArray())!;
        Assert.Equal("a request for product 42", interaction["description"]!.GetValue<string>());
        Assert.Equal(42, interaction["providerStates"]![0]!["params"]!["id"]!.GetValue<int>());
        Assert.Equal("4.0", written["metadata"]!["pactSpecification"]!["version"]!.GetValue<string>());
        Assert.Equal("integer", interaction["response"]!["matchingRules"]!["body"]!["$.id"]!["matchers"]![0]!["match"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_V3_pact_is_written_in_the_V3_format()
    {
        var pact = new PactBuilder("Shop", "Stock", new PactOptions { PactDirectory = _folder.Path, Specification = PactSpecification.V3 });
        pact.UponReceiving("a stock check")
            .Given("stock is known")
            .WithRequest(HttpMethod.Get, "/stock")
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { count = Match.Integer(3) });

        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            Assert.Equal(3, (await client.GetFromJsonAsync<JsonObject>("/stock"))!["count"]!.GetValue<int>());
        });

        var written = JsonNode.Parse(File.ReadAllText(pact.PactFilePath))!;
        Assert.Equal("3.0.0", written["metadata"]!["pactSpecification"]!["version"]!.GetValue<string>());
        Assert.Equal("stock is known", written["interactions"]![0]!["providerStates"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_consumer_exception_without_mismatches_reaches_the_test_unchanged_and_nothing_is_written()
    {
        var pact = new PactBuilder("Shop", "Basket", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("a basket").WithRequest(HttpMethod.Get, "/basket").WillRespond().WithStatus(200);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var _ = await client.GetAsync("/basket");
            throw new InvalidOperationException("the consumer's own assertion failed");
        }));

        Assert.Equal("the consumer's own assertion failed", thrown.Message);
        Assert.False(File.Exists(pact.PactFilePath));
    }

    public void Dispose() => _folder.Dispose();
}
