using Concord.Pact.Consumer;
using Concord.Pact.Matchers;

namespace Concord.Pact.Tests.Provider;

/// <summary>Writes the pacts the verifier tests verify, each interaction through a real consumer test.</summary>
public static class CataloguePacts
{
    public const string Provider = "Catalogue";

    public static async Task<string> ProductPactAsync(string folder, string consumer = "Shop", PactSpecification specification = PactSpecification.V4)
    {
        await WriteAsync(folder, consumer, specification, pact => pact.UponReceiving("a request for product 42")
            .Given("a product exists", new { id = 42, name = "Teapot" })
            .WithRequest(HttpMethod.Get, "/products/42")
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { id = 42, name = Match.Type("Teapot") }), "/products/42");
        await WriteAsync(folder, consumer, specification, pact => pact.UponReceiving("a request for a missing product")
            .WithRequest(HttpMethod.Get, "/products/7")
            .WillRespond()
            .WithStatus(404), "/products/7");
        return Path.Combine(folder, $"{consumer}-{Provider}.json");
    }

    public static Task WriteAsync(string folder, string consumer, Action<PactBuilder> describe, string path) =>
        WriteAsync(folder, consumer, PactSpecification.V4, describe, path);

    public static Task WriteAsync(string folder, string consumer, PactSpecification specification, Action<PactBuilder> describe, string path) =>
        WriteAsync(folder, consumer, specification, describe, async client => { using var _ = await client.GetAsync(path); });

    public static Task WriteAsync(string folder, string consumer, Action<PactBuilder> describe, Func<HttpClient, Task> exercise) =>
        WriteAsync(folder, consumer, PactSpecification.V4, describe, exercise);

    public static async Task WriteAsync(string folder, string consumer, PactSpecification specification, Action<PactBuilder> describe, Func<HttpClient, Task> exercise)
    {
        var pact = new PactBuilder(consumer, Provider, new PactOptions { PactDirectory = folder, Specification = specification });
        describe(pact);
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            await exercise(client);
        });
    }
}
