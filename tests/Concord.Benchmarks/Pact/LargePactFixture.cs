using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.Consumer;
using Concord.Pact.Matchers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Concord.Benchmarks.Pact;

/// <summary>A pact of many interactions written by a real consumer run, and a Kestrel provider that satisfies it.</summary>
internal sealed class LargePactFixture : IAsyncDisposable
{
    private readonly string _folder;

    private LargePactFixture(string folder, string pactFile, PactProviderHost provider)
    {
        _folder = folder;
        PactFile = pactFile;
        Provider = provider;
    }

    public const string ProviderName = "Inventory";

    public string PactFile { get; }

    public PactProviderHost Provider { get; }

    public static async Task<LargePactFixture> CreateAsync(int interactions)
    {
        var folder = Path.Combine(Path.GetTempPath(), "concord-pact-benchmark", Guid.NewGuid().ToString("N"));
        var pact = new PactBuilder("Storefront", ProviderName, new PactOptions { PactDirectory = folder });
        for (var i = 1; i <= interactions; i++)
        {
            pact.UponReceiving($"a request for item {i}")
                .WithRequest(HttpMethod.Get, $"/items/{i}")
                .WithHeader("Accept", "application/json")
                .WillRespond()
                .WithStatus(200)
                .WithJsonBody(new { id = i, name = Match.Type($"item {i}"), price = Match.Decimal(9.99), tags = Match.EachLike("tag") });
        }

        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            client.DefaultRequestHeaders.Add("Accept", "application/json");
            for (var i = 1; i <= interactions; i++)
            {
                using var _ = await client.GetAsync($"/items/{i}");
            }
        });

        var provider = await PactProviderHost.StartAsync(builder =>
        {
            var app = builder.Build();
            app.MapGet("/items/{id:int}", (int id) => Results.Json(new { id, name = $"item {id}", price = 12.5, tags = new[] { "new", "sale" } }));
            return app;
        });
        return new LargePactFixture(folder, pact.PactFilePath, provider);
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
