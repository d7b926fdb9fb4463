using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Concord.Pact.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Concord.Pact.Tests.Provider;

/// <summary>
/// Just enough of a Pact Broker on loopback Kestrel for the verifier's broker source: the HAL index,
/// pacts for verification (recording what the verifier asked for), the pacts themselves, and the
/// endpoints results, branches and tags are published to (recording what arrived).
/// </summary>
public sealed class FakePactBroker : IAsyncDisposable
{
    private readonly PactProviderHost _host;

    private FakePactBroker(PactProviderHost host, Recorded recorded)
    {
        _host = host;
        Requests = recorded;
    }

    public Uri BaseUri => _host.BaseUri;

    public Recorded Requests { get; }

    public sealed class Recorded
    {
        public ConcurrentQueue<JsonObject> PactsForVerification { get; } = new();

        public ConcurrentQueue<string> Puts { get; } = new();

        public ConcurrentQueue<JsonObject> Results { get; } = new();
    }

    /// <summary>A pact the broker hands out, with whether it is pending and whether only WIP requests get it.</summary>
    public sealed record BrokerPact(string Consumer, string File, bool Pending = false, bool WorkInProgress = false);

    public static async Task<FakePactBroker> StartAsync(string provider, IReadOnlyList<BrokerPact> pacts, int resultsStatus = 201)
    {
        var recorded = new Recorded();
        var host = await PactProviderHost.StartAsync(builder =>
        {
            var app = builder.Build();
            string Base(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}/";
            IResult Hal(JsonObject body) => Results.Text(body.ToJsonString(), "application/hal+json");

            app.MapGet("/", (HttpContext context) => Hal(new JsonObject
            {
                ["_links"] = new JsonObject
                {
                    ["pb:provider-pacts-for-verification"] = new JsonObject { ["href"] = Base(context) + "pacts/provider/{provider}/for-verification", ["templated"] = true },
                },
            }));
            app.MapGet("/pacts/provider/{name}/for-verification", (HttpContext context, string name) => Hal(new JsonObject
            {
                ["_links"] = new JsonObject { ["self"] = new JsonObject { ["href"] = $"{Base(context)}pacts/provider/{name}/for-verification" } },
            }));
            app.MapPost("/pacts/provider/{name}/for-verification", async (HttpContext context) =>
            {
                var request = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
                recorded.PactsForVerification.Enqueue(request);
                var wip = request["includeWipPactsSince"] is not null;
                var selected = new JsonArray();
                foreach (var pact in pacts.Where(p => !p.WorkInProgress || wip))
                {
                    selected.Add(new JsonObject
                    {
                        ["shortDescription"] = pact.WorkInProgress ? "work in progress" : "latest from main",
                        ["verificationProperties"] = new JsonObject { ["pending"] = pact.Pending, ["wip"] = pact.WorkInProgress, ["notices"] = new JsonArray() },
                        ["_links"] = new JsonObject { ["self"] = new JsonObject { ["href"] = $"{Base(context)}pacts/{pact.Consumer}", ["name"] = $"Pact between {pact.Consumer} and {provider}" } },
                    });
                }

                return Hal(new JsonObject { ["_embedded"] = new JsonObject { ["pacts"] = selected } });
            });
            app.MapGet("/pacts/{consumer}", (HttpContext context, string consumer) =>
            {
                var pact = (JsonObject)JsonNode.Parse(File.ReadAllText(pacts.Single(p => p.Consumer == consumer).File))!;
                pact["_links"] = new JsonObject
                {
                    ["pb:publish-verification-results"] = new JsonObject { ["href"] = $"{Base(context)}results/{consumer}" },
                    ["pb:provider"] = new JsonObject { ["href"] = $"{Base(context)}pacticipants/{provider}" },
                };
                return Hal(pact);
            });
            app.MapGet("/pacticipants/{name}", (HttpContext context, string name) => Hal(new JsonObject
            {
                ["_links"] = new JsonObject
                {
                    ["pb:branch-version"] = new JsonObject { ["href"] = $"{Base(context)}pacticipants/{name}/branches/{{branch}}/versions/{{version}}", ["templated"] = true },
                    ["pb:version-tag"] = new JsonObject { ["href"] = $"{Base(context)}pacticipants/{name}/versions/{{version}}/tags/{{tag}}", ["templated"] = true },
                },
            }));
            app.MapPut("/pacticipants/{**rest}", (string rest) =>
            {
                recorded.Puts.Enqueue(rest);
                return Hal([]);
            });
            app.MapPost("/results/{consumer}", async (HttpContext context) =>
            {
                recorded.Results.Enqueue((JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!);
                return Results.Text("{}", "application/hal+json", statusCode: resultsStatus);
            });
            return app;
        });
        return new FakePactBroker(host, recorded);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
