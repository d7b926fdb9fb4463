using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Concord.Cli.Tests.Pacts;

/// <summary>
/// A stand-in for a Pact Broker on real Kestrel (127.0.0.1, port 0). It answers only with responses shaped as the
/// broker's public documentation shows them: a HAL index whose templated <c>pb:latest-provider-pacts</c> and
/// <c>pb:provider-pacts-for-verification</c> links lead to a <c>pb:pacts</c> link list and an <c>_embedded.pacts</c>
/// list, each pointing at a pact resource (the pact JSON with <c>_links</c> added). It is not the broker: it knows
/// only the pacts it is given and checks only a bearer token or basic credentials when told to.
/// </summary>
internal sealed class FakePactBroker : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, List<(string Consumer, string Version, string Pact)>> _pacts = new(StringComparer.Ordinal);

    private FakePactBroker(WebApplication app) => _app = app;

    /// <summary>The broker's base URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The bearer token every request must carry; null: none needed.</summary>
    public string? RequiredToken { get; init; }

    /// <summary>The Authorization header of every request, in order (null where none was sent).</summary>
    public ConcurrentQueue<string?> Authorizations { get; } = new();

    /// <summary>The bodies POSTed to the pacts-for-verification resource.</summary>
    public ConcurrentQueue<string> VerificationQueries { get; } = new();

    /// <summary>Every request as "METHOD path".</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<FakePactBroker> StartAsync(string? requiredToken = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var broker = new FakePactBroker(app) { RequiredToken = requiredToken };
        broker.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        broker.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return broker;
    }

    /// <summary>Publishes a pact (its text as a consumer wrote it) for a provider.</summary>
    public FakePactBroker With(string provider, string consumer, string version, string pactJson)
    {
        if (!_pacts.TryGetValue(provider, out var list))
        {
            _pacts[provider] = list = [];
        }

        list.Add((consumer, version, pactJson));
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var authorization = context.Request.Headers.Authorization.ToString();
            Authorizations.Enqueue(authorization.Length == 0 ? null : authorization);
            Requests.Enqueue($"{context.Request.Method} {context.Request.Path}");
            if (RequiredToken is { } token && authorization != "Bearer " + token)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer realm=\"broker\"";
                return;
            }

            await next(context);
        });

        app.MapGet("/", (HttpContext context) => Hal(new JsonObject
        {
            ["_links"] = new JsonObject
            {
                ["self"] = Link(Base(context), "Index"),
                ["pb:latest-provider-pacts"] = Templated(Base(context) + "pacts/provider/{provider}/latest", "Latest pacts by provider"),
                ["pb:provider-pacts-for-verification"] = Templated(Base(context) + "pacts/provider/{provider}/for-verification", "Pact versions to be verified for the specified provider"),
            },
        }));

        app.MapGet("/pacts/provider/{provider}/latest", (string provider, HttpContext context) =>
        {
            if (!_pacts.TryGetValue(provider, out var list))
            {
                return Results.Json(new { error = $"No provider with name '{provider}' found" }, statusCode: StatusCodes.Status404NotFound);
            }

            var latest = list.GroupBy(p => p.Consumer).Select(g => g.Last());
            return Hal(new JsonObject
            {
                ["_links"] = new JsonObject
                {
                    ["self"] = Link(Base(context) + $"pacts/provider/{provider}/latest", $"Latest pact versions for the provider {provider}"),
                    ["pb:provider"] = new JsonObject { ["href"] = Base(context) + $"pacticipants/{provider}", ["name"] = provider },
                    ["pb:pacts"] = new JsonArray([.. latest.Select(p => (JsonNode)new JsonObject
                    {
                        ["href"] = PactUrl(context, provider, p.Consumer, p.Version),
                        ["title"] = $"Pact between {p.Consumer} ({p.Version}) and {provider}",
                        ["name"] = p.Consumer,
                    })]),
                },
            });
        });

        app.MapPost("/pacts/provider/{provider}/for-verification", async (string provider, HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            VerificationQueries.Enqueue(await reader.ReadToEndAsync());
            var list = _pacts.GetValueOrDefault(provider) ?? [];
            return Hal(new JsonObject
            {
                ["_embedded"] = new JsonObject
                {
                    ["pacts"] = new JsonArray([.. list.GroupBy(p => p.Consumer).Select(g => g.Last()).Select(p => (JsonNode)new JsonObject
                    {
                        ["shortDescription"] = "latest from main branch",
                        ["verificationProperties"] = new JsonObject { ["notices"] = new JsonArray() },
                        ["_links"] = new JsonObject
                        {
                            ["self"] = new JsonObject { ["href"] = PactUrl(context, provider, p.Consumer, p.Version), ["name"] = $"Pact between {p.Consumer} ({p.Version}) and {provider}" },
                        },
                    })]),
                },
                ["_links"] = new JsonObject { ["self"] = Link(Base(context) + $"pacts/provider/{provider}/for-verification", "Pacts to be verified") },
            });
        });

        app.MapGet("/pacts/provider/{provider}/consumer/{consumer}/version/{version}", (string provider, string consumer, string version, HttpContext context) =>
        {
            var found = (_pacts.GetValueOrDefault(provider) ?? []).LastOrDefault(p => p.Consumer == consumer && p.Version == version);
            if (found.Pact is null)
            {
                return Results.NotFound();
            }

            // The broker serves the pact as published, with its own _links added.
            var pact = JsonNode.Parse(found.Pact)!.AsObject();
            pact["_links"] = new JsonObject { ["self"] = Link(PactUrl(context, provider, consumer, version), $"Pact between {consumer} ({version}) and {provider}") };
            return Hal(pact);
        });

        app.MapGet("/files/not-a-pact.json", () => Results.Json(new { hello = "world" }));
    }

    private static string Base(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}/";

    private static string PactUrl(HttpContext context, string provider, string consumer, string version) =>
        Base(context) + $"pacts/provider/{Uri.EscapeDataString(provider)}/consumer/{Uri.EscapeDataString(consumer)}/version/{Uri.EscapeDataString(version)}";

    private static JsonObject Link(string href, string title) => new() { ["href"] = href, ["title"] = title };

    private static JsonObject Templated(string href, string title) => new() { ["href"] = href, ["title"] = title, ["templated"] = true };

    private static IResult Hal(JsonNode body) => Results.Text(body.ToJsonString(), "application/hal+json;charset=utf-8");
}
