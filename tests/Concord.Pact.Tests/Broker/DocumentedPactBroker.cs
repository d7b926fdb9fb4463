using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Pact.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Concord.Pact.Tests.Broker;

/// <summary>
/// A Pact Broker on loopback Kestrel whose answers have the shapes the broker documents, written from these
/// public sources of pact-foundation/pact_broker (read, not copied):
/// <list type="bullet">
/// <item>the index resource: <c>lib/pact_broker/api/resources/index.rb</c> (relations with <c>href</c>, <c>title</c>, <c>templated</c>, and <c>curies</c>);</item>
/// <item>publishing: <c>lib/pact_broker/doc/views/index/publish-contracts.markdown</c> (the request's fields, which are required,
///   base64 content; the answer's <c>logs</c>/<c>notices</c>, <c>_embedded</c> pacticipant and version, <c>pb:contracts</c> links; a 409 for a conflict),
///   <c>lib/pact_broker/api/decorators/publish_contract_decorator.rb</c> (the write mode is <c>onConflict</c>, <c>overwrite</c> or <c>merge</c>; the
///   <c>writeMode</c> of older copies of the page was renamed in 2021 and is ignored) and
///   <c>spec/fixtures/approvals/publish_contracts_results_decorator.approved.json</c>;</item>
/// <item>can-i-deploy: <c>lib/pact_broker/doc/views/can-i-deploy.markdown</c>, <c>lib/pact_broker/api/contracts/can_i_deploy_query_schema.rb</c>
///   (pacticipant and version required, exactly one of environment and to) and <c>lib/pact_broker/api/decorators/matrix_decorator.rb</c>
///   (<c>summary</c> with <c>deployable</c> true/false/null, <c>reason</c> and counts; <c>matrix</c> rows);</item>
/// <item>validation failures: 400 with an <c>errors</c> object of messages per field.</item>
/// </list>
/// It checks every request the way those sources say the broker does and records what arrived.
/// </summary>
public sealed class DocumentedPactBroker : IAsyncDisposable
{
    private readonly PactProviderHost _host;

    private DocumentedPactBroker(PactProviderHost host, Settings settings)
    {
        _host = host;
        Options = settings;
    }

    public Uri BaseUri => _host.BaseUri;

    public Settings Options { get; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    public sealed record Received(string Method, string PathAndQuery, string? Authorization, JsonObject? Body);

    public sealed class Settings
    {
        /// <summary>The Authorization header value the broker accepts; null for an open broker.</summary>
        public string? RequiredAuthorization { get; init; }

        /// <summary>Replaces the index body (to serve something that is not HAL).</summary>
        public string? IndexBody { get; init; }

        /// <summary>Relations left out of the index (an older broker, or a proxy in front of something else).</summary>
        public IReadOnlyList<string> MissingRelations { get; init; } = [];

        /// <summary>The verdict can-i-deploy gives: true, false or null (unknown).</summary>
        public bool? Deployable { get; init; } = true;

        /// <summary>Environments the broker knows; can-i-deploy to another is a 400, as the schema's environment check does.</summary>
        public IReadOnlyList<string> Environments { get; init; } = ["production"];

        /// <summary>The index never answers (until the client gives up), as a broker behind a stuck proxy.</summary>
        public bool IndexHangs { get; init; }

        /// <summary>How many can-i-deploy answers are unknown (no verification yet) before <see cref="Deployable"/> is given.</summary>
        public int UnknownAnswersFirst { get; init; }

        /// <summary>Replaces the can-i-deploy body.</summary>
        public string? CanIDeployBody { get; init; }
    }

    public static async Task<DocumentedPactBroker> StartAsync(Settings? settings = null)
    {
        settings ??= new Settings();
        DocumentedPactBroker? broker = null;
        var host = await PactProviderHost.StartAsync(builder =>
        {
            var app = builder.Build();
            app.Use(async (context, next) =>
            {
                JsonObject? body = null;
                if (context.Request.ContentLength > 0)
                {
                    context.Request.EnableBuffering();
                    body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync()) as JsonObject;
                    context.Request.Body.Position = 0;
                }

                context.Items["body"] = body;
                broker!.Requests.Enqueue(new Received(context.Request.Method, context.Request.Path + context.Request.QueryString, context.Request.Headers.Authorization.ToString(), body));
                if (settings.RequiredAuthorization is { } required && context.Request.Headers.Authorization != required)
                {
                    context.Response.StatusCode = 401;
                    context.Response.Headers.WWWAuthenticate = "Basic realm=\"Restricted Area\"";
                    return;
                }

                await next(context);
            });

            app.MapGet("/", async (HttpContext context) =>
            {
                if (settings.IndexHangs)
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                }

                return settings.IndexBody is { } raw ? Hal(raw) : Hal(Index(Base(context), settings).ToJsonString());
            });
            var published = new ConcurrentDictionary<string, string>();
            app.MapPost("/contracts/publish", (HttpContext context) => Publish(Base(context), context.Items["body"] as JsonObject, published));
            var asked = 0;
            app.MapGet("/can-i-deploy", (HttpContext context) => CanIDeploy(context, settings, Interlocked.Increment(ref asked) <= settings.UnknownAnswersFirst));
            return app;
        });
        broker = new DocumentedPactBroker(host, settings);
        return broker;
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static string Base(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";

    private static IResult Hal(string body, int status = 200) => Results.Text(body, "application/hal+json;charset=utf-8", Encoding.UTF8, status);

    private static JsonObject Index(string baseUrl, Settings settings)
    {
        var links = new JsonObject
        {
            ["self"] = new JsonObject { ["href"] = baseUrl, ["title"] = "Index", ["templated"] = false },
            ["pb:publish-contracts"] = new JsonObject { ["href"] = baseUrl + "/contracts/publish", ["title"] = "Publish contracts", ["templated"] = false },
            ["pb:publish-pact"] = new JsonObject { ["href"] = baseUrl + "/pacts/provider/{provider}/consumer/{consumer}/version/{consumerApplicationVersion}", ["title"] = "Publish a pact", ["templated"] = true },
            ["pb:can-i-deploy-pacticipant-version-to-tag"] = new JsonObject { ["href"] = baseUrl + "/can-i-deploy?pacticipant={pacticipant}&version={version}&to={tag}", ["title"] = "Can I deploy to a tag", ["templated"] = true },
            ["pb:can-i-deploy-pacticipant-version-to-environment"] = new JsonObject { ["href"] = baseUrl + "/can-i-deploy?pacticipant={pacticipant}&version={version}&environment={environment}", ["title"] = "Can I deploy to an environment", ["templated"] = true },
            ["pb:provider-pacts-for-verification"] = new JsonObject { ["href"] = baseUrl + "/pacts/provider/{provider}/for-verification", ["title"] = "Pacts to verify", ["templated"] = true },
            ["curies"] = new JsonArray(new JsonObject { ["name"] = "pb", ["href"] = baseUrl + "/doc/{rel}?context=index", ["templated"] = true }),
        };
        foreach (var missing in settings.MissingRelations)
        {
            links.Remove(missing);
        }

        return new JsonObject { ["_links"] = links };
    }

    /// <summary>
    /// Publishing follows publish-contracts.markdown; a changed pact for a version already published with "overwrite" is a 409 whose body has error
    /// notices and <c>errors.contracts</c>, as the broker's PublishContracts resource answers a conflict (set_conflict_response).
    /// </summary>
    private static IResult Publish(string baseUrl, JsonObject? request, ConcurrentDictionary<string, string> published)
    {
        var errors = new JsonObject();
        void Error(string field, string message) => errors[field] = new JsonArray(message);
        string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

        var name = Text(request?["pacticipantName"]);
        var version = Text(request?["pacticipantVersionNumber"]);
        if (name is null)
        {
            Error("pacticipantName", "is missing");
        }

        if (version is null)
        {
            Error("pacticipantVersionNumber", "is missing");
        }

        var contracts = request?["contracts"] as JsonArray;
        if (contracts is null || contracts.Count == 0)
        {
            Error("contracts", "is missing");
        }

        var links = new JsonArray();
        foreach (var (contract, index) in (contracts ?? []).Select((c, i) => (c as JsonObject, i)))
        {
            var consumer = Text(contract?["consumerName"]);
            var provider = Text(contract?["providerName"]);
            if (consumer is null || provider is null || Text(contract?["specification"]) != "pact" || Text(contract?["contentType"]) != "application/json")
            {
                Error($"contracts.{index}", "consumerName, providerName, specification \"pact\" and contentType \"application/json\" are required");
                continue;
            }

            if (consumer != name)
            {
                Error($"contracts.{index}.consumerName", "must match the pacticipant name");
            }

            if (Text(contract?["onConflict"]) is { } mode && mode is not ("overwrite" or "merge"))
            {
                Error($"contracts.{index}.onConflict", "must be overwrite or merge");
            }

            JsonNode? pact = null;
            try
            {
                pact = JsonNode.Parse(Convert.FromBase64String(Text(contract?["content"]) ?? string.Empty));
            }
            catch (Exception exception) when (exception is FormatException or JsonException)
            {
            }

            if (pact?["consumer"]?["name"]?.ToString() != consumer || pact?["provider"]?["name"]?.ToString() != provider)
            {
                Error($"contracts.{index}.content", "must be base64 encoded JSON whose consumer and provider names match the contract's");
                continue;
            }

            var key = $"{consumer}|{version}|{provider}";
            var content = pact.ToJsonString();
            if (Text(contract?["onConflict"]) != "merge" && published.TryGetValue(key, out var earlier) && earlier != content)
            {
                var conflict = $"the pact for {consumer} version {version} and {provider} is already published with other content";
                var answer = new JsonObject
                {
                    ["notices"] = new JsonArray(new JsonObject { ["type"] = "error", ["text"] = conflict }),
                    ["errors"] = new JsonObject { ["contracts"] = new JsonArray(conflict) },
                };
                return Results.Text(answer.ToJsonString(), "application/json;charset=utf-8", Encoding.UTF8, 409);
            }

            published[key] = content;
            links.Add(new JsonObject
            {
                ["title"] = "Pact",
                ["name"] = $"Pact between {consumer} ({version}) and {provider}",
                ["href"] = $"{baseUrl}/pacts/provider/{Uri.EscapeDataString(provider)}/consumer/{Uri.EscapeDataString(consumer)}/version/{Uri.EscapeDataString(version ?? string.Empty)}",
            });
        }

        if (errors.Count > 0)
        {
            return Results.Text(new JsonObject { ["errors"] = errors }.ToJsonString(), "application/json;charset=utf-8", Encoding.UTF8, 400);
        }

        var pacticipant = $"{baseUrl}/pacticipants/{Uri.EscapeDataString(name!)}";
        var versionUrl = $"{pacticipant}/versions/{Uri.EscapeDataString(version!)}";
        var tags = (request!["tags"] as JsonArray ?? []).Select(t => (JsonNode)new JsonObject { ["title"] = "Tag", ["name"] = t!.ToString(), ["href"] = $"{versionUrl}/tags/{Uri.EscapeDataString(t.ToString())}" }).ToArray();
        var message = $"Stored {links.Count} pact(s) of {name} {version}.";
        var body = new JsonObject
        {
            ["logs"] = new JsonArray(new JsonObject { ["level"] = "info", ["message"] = message, ["deprecationWarning"] = "Replaced by notices" }),
            ["notices"] = new JsonArray(new JsonObject { ["type"] = "info", ["text"] = message }),
            ["_embedded"] = new JsonObject
            {
                ["pacticipant"] = new JsonObject { ["name"] = name, ["_links"] = new JsonObject { ["self"] = new JsonObject { ["href"] = pacticipant } } },
                ["version"] = new JsonObject
                {
                    ["number"] = version,
                    ["branch"] = request["branch"]?.DeepClone(),
                    ["buildUrl"] = request["buildUrl"]?.DeepClone(),
                    ["_links"] = new JsonObject { ["self"] = new JsonObject { ["title"] = "Version", ["name"] = version, ["href"] = versionUrl } },
                },
            },
            ["_links"] = new JsonObject
            {
                ["pb:pacticipant"] = new JsonObject { ["title"] = "Pacticipant", ["name"] = name, ["href"] = pacticipant },
                ["pb:pacticipant-version"] = new JsonObject { ["title"] = "Pacticipant version", ["name"] = version, ["href"] = versionUrl },
                ["pb:pacticipant-version-tags"] = new JsonArray(tags),
                ["pb:contracts"] = links,
            },
        };
        return Hal(body.ToJsonString());
    }

    private static IResult CanIDeploy(HttpContext context, Settings settings, bool unknown)
    {
        var query = context.Request.Query;
        var errors = new JsonObject();
        if (string.IsNullOrEmpty(query["pacticipant"]))
        {
            errors["pacticipant"] = new JsonArray("is missing");
        }

        if (string.IsNullOrEmpty(query["version"]))
        {
            errors["version"] = new JsonArray("is missing");
        }

        var environment = query["environment"].ToString();
        var tag = query["to"].ToString();
        if (environment.Length > 0 == tag.Length > 0)
        {
            errors["base"] = new JsonArray("specify exactly one of environment and to");
        }
        else if (environment.Length > 0 && !settings.Environments.Contains(environment))
        {
            errors["environment"] = new JsonArray($"No environment found with name '{environment}'");
        }

        if (errors.Count > 0)
        {
            return Results.Text(new JsonObject { ["errors"] = errors }.ToJsonString(), "application/json;charset=utf-8", Encoding.UTF8, 400);
        }

        if (settings.CanIDeployBody is { } raw)
        {
            return Hal(raw);
        }

        var pacticipant = query["pacticipant"].ToString();
        var version = query["version"].ToString();
        var success = unknown ? null : settings.Deployable;
        var reason = success switch
        {
            true => "every verification this version needs has passed",
            false => $"Catalogue in {environment}{tag} failed to verify {pacticipant} {version}",
            null => $"Catalogue in {environment}{tag} has not verified {pacticipant} {version}",
        };
        var row = new JsonObject
        {
            ["consumer"] = new JsonObject { ["name"] = pacticipant, ["version"] = new JsonObject { ["number"] = version } },
            ["provider"] = new JsonObject { ["name"] = "Catalogue", ["version"] = success is null ? null : new JsonObject { ["number"] = "7.1.0" } },
            ["pact"] = new JsonObject { ["createdAt"] = "2026-01-01T00:00:00+00:00" },
            ["verificationResult"] = success is null ? null : new JsonObject { ["success"] = success, ["verifiedAt"] = "2026-01-01T00:00:00+00:00" },
        };
        var body = new JsonObject
        {
            ["summary"] = new JsonObject
            {
                ["deployable"] = success,
                ["reason"] = reason,
                ["success"] = success == true ? 1 : 0,
                ["failed"] = success == false ? 1 : 0,
                ["unknown"] = success is null ? 1 : 0,
            },
            ["notices"] = new JsonArray(),
            ["matrix"] = new JsonArray(row),
        };
        return Hal(body.ToJsonString());
    }
}
