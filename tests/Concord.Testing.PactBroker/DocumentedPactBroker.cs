using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Concord.Testing.PactBroker;

/// <summary>
/// The one stand-in for a Pact Broker in Concord's tests: real Kestrel on 127.0.0.1 (port 0), answering only with the
/// shapes the broker documents. A Pact Broker cannot run where Concord is built, so this was written from these public
/// sources of pact-foundation/pact_broker (read, not copied):
/// <list type="bullet">
/// <item>the index resource (<c>lib/pact_broker/api/resources/index.rb</c>): relations with <c>href</c>, <c>title</c>,
///   <c>templated</c>, and <c>curies</c>; it serves <c>pb:publish-contracts</c>, <c>pb:publish-pact</c>,
///   <c>pb:can-i-deploy-pacticipant-version-to-environment</c>, <c>pb:can-i-deploy-pacticipant-version-to-tag</c>,
///   <c>pb:latest-provider-pacts</c> and <c>pb:provider-pacts-for-verification</c>;</item>
/// <item>publishing (<c>lib/pact_broker/doc/views/index/publish-contracts.markdown</c>,
///   <c>lib/pact_broker/api/decorators/publish_contract_decorator.rb</c>,
///   <c>spec/fixtures/approvals/publish_contracts_results_decorator.approved.json</c>): the request's required fields, base64
///   content, <c>onConflict</c> <c>overwrite</c>/<c>merge</c>; the answer's <c>logs</c>/<c>notices</c>, <c>_embedded</c>
///   pacticipant and version and <c>pb:contracts</c> links; a 409 with error notices for a conflict, a 400 with
///   <c>errors</c> per field for a validation failure;</item>
/// <item>can-i-deploy (<c>lib/pact_broker/doc/views/can-i-deploy.markdown</c>, <c>can_i_deploy_query_schema.rb</c>,
///   <c>matrix_decorator.rb</c>): pacticipant and version required, exactly one of environment and to; <c>summary</c> with
///   <c>deployable</c> true/false/null, <c>reason</c> and counts, and <c>matrix</c> rows;</item>
/// <item>the latest pacts of a provider (<c>latest-provider-pacts.markdown</c>, <c>provider_pacts_decorator.rb</c>):
///   a <c>pb:pacts</c> link list; an unknown provider is a 404;</item>
/// <item>pacts for verification (<c>provider-pacts-for-verification.markdown</c>,
///   <c>verifiable_pacts_decorator.rb</c>, <c>verifiable_pact_decorator.rb</c>): a GET answering the resource's
///   <c>self</c> link, a POST of <c>consumerVersionSelectors</c>, <c>includePendingStatus</c>, <c>includeWipPactsSince</c>,
///   answered with <c>_embedded.pacts</c>, each with <c>verificationProperties</c> (pending, wip) and a <c>self</c> link;</item>
/// <item>the pact resource (<c>pact_decorator.rb</c>): the pact as published with <c>_links</c> added
///   (<c>self</c>, <c>pb:publish-verification-results</c>, <c>pb:provider</c>); the pacticipant resource with the
///   templated <c>pb:branch-version</c> and <c>pb:version-tag</c> the verifier PUTs to; verification results POSTed.</item>
/// </list>
/// It knows only the pacts published to it (or given with <see cref="With"/>), checks each request the way those
/// sources say the broker does, and records what arrived. It has not been compared with a running broker.
/// </summary>
public sealed class DocumentedPactBroker : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Settings _settings;
    private readonly ConcurrentQueue<StoredPact> _pacts = new();
    private int _canIDeployAnswers;

    private DocumentedPactBroker(WebApplication app, Settings settings)
    {
        _app = app;
        _settings = settings;
    }

    /// <summary>The broker's base URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Every request, in the order it arrived.</summary>
    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>One request as it arrived: <paramref name="Authorization"/> null when none was sent; the body as text and, when it is a JSON object, parsed.</summary>
    public sealed record Received(string Method, string Path, string PathAndQuery, string? Authorization, string? Text, JsonObject? Body)
    {
        /// <summary><c>METHOD /path</c>.</summary>
        public string Line => $"{Method} {Path}";
    }

    /// <summary>How this broker behaves; every default is the documented success.</summary>
    public sealed class Settings
    {
        /// <summary>The Authorization header value the broker accepts (e.g. <c>Bearer token</c>); null for an open broker.</summary>
        public string? RequiredAuthorization { get; init; }

        /// <summary>Replaces the index body (to serve something that is not HAL, or not a broker's).</summary>
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

        /// <summary>The status verification results are answered with (201 Created, or an error to refuse them).</summary>
        public int ResultsStatus { get; init; } = 201;
    }

    public static async Task<DocumentedPactBroker> StartAsync(Settings? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var broker = new DocumentedPactBroker(builder.Build(), settings ?? new Settings());
        broker.Map();
        await broker._app.StartAsync();
        var address = broker._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        broker.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return broker;
    }

    /// <summary>A pact the broker holds as if its consumer had published it; <paramref name="pending"/> and <paramref name="workInProgress"/> are how pacts-for-verification hands it out.</summary>
    public DocumentedPactBroker With(string provider, string consumer, string version, string pactJson, bool pending = false, bool workInProgress = false)
    {
        _pacts.Enqueue(new StoredPact(provider, consumer, version, pactJson, pending, workInProgress));
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record StoredPact(string Provider, string Consumer, string Version, string Content, bool Pending, bool WorkInProgress);

    private void Map()
    {
        _app.Use(async (context, next) =>
        {
            string? text = null;
            JsonObject? body = null;
            if (context.Request.ContentLength > 0)
            {
                text = await new StreamReader(context.Request.Body).ReadToEndAsync();
                try
                {
                    body = JsonNode.Parse(text) as JsonObject;
                }
                catch (JsonException)
                {
                }
            }

            context.Items["body"] = body;
            var authorization = context.Request.Headers.Authorization.ToString();
            Requests.Enqueue(new Received(context.Request.Method, context.Request.Path, context.Request.Path + context.Request.QueryString, authorization.Length == 0 ? null : authorization, text, body));
            if (_settings.RequiredAuthorization is { } required && authorization != required)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"Restricted Area\"";
                return;
            }

            await next(context);
        });

        _app.MapGet("/", async (HttpContext context) =>
        {
            if (_settings.IndexHangs)
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            return _settings.IndexBody is { } raw ? Hal(raw) : Hal(Index(Base(context)));
        });
        _app.MapPost("/contracts/publish", (HttpContext context) => Publish(Base(context), context.Items["body"] as JsonObject));
        _app.MapGet("/can-i-deploy", (HttpContext context) => CanIDeploy(context, Interlocked.Increment(ref _canIDeployAnswers) <= _settings.UnknownAnswersFirst));
        _app.MapGet("/pacts/provider/{provider}/latest", (HttpContext context, string provider) => LatestPacts(Base(context), provider));
        _app.MapGet("/pacts/provider/{provider}/for-verification", (HttpContext context, string provider) => Hal(new JsonObject
        {
            ["_links"] = new JsonObject { ["self"] = Link($"{Base(context)}pacts/provider/{Escape(provider)}/for-verification", "Pacts to be verified") },
        }));
        _app.MapPost("/pacts/provider/{provider}/for-verification", (HttpContext context, string provider) => PactsForVerification(Base(context), provider, context.Items["body"] as JsonObject));
        _app.MapGet("/pacts/provider/{provider}/consumer/{consumer}/version/{version}", (HttpContext context, string provider, string consumer, string version) => Pact(Base(context), provider, consumer, version));
        _app.MapPost("/pacts/provider/{provider}/consumer/{consumer}/version/{version}/verification-results", () =>
            Results.Text("{}", "application/hal+json", Encoding.UTF8, _settings.ResultsStatus));
        _app.MapGet("/pacticipants/{name}", (HttpContext context, string name) => Hal(new JsonObject
        {
            ["name"] = name,
            ["_links"] = new JsonObject
            {
                ["self"] = Link($"{Base(context)}pacticipants/{Escape(name)}", "Pacticipant"),
                ["pb:branch-version"] = Templated($"{Base(context)}pacticipants/{Escape(name)}/branches/{{branch}}/versions/{{version}}", "Get or add/create a version for a branch of this pacticipant"),
                ["pb:version-tag"] = Templated($"{Base(context)}pacticipants/{Escape(name)}/versions/{{version}}/tags/{{tag}}", "Get, create or delete a tag for a version of this pacticipant"),
            },
        }));
        _app.MapPut("/pacticipants/{**rest}", () => Hal(new JsonObject()));
    }

    private static string Base(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}/";

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static IResult Hal(JsonNode body, int status = 200) => Hal(body.ToJsonString(), status);

    private static IResult Hal(string body, int status = 200) => Results.Text(body, "application/hal+json;charset=utf-8", Encoding.UTF8, status);

    private static IResult Errors(JsonObject errors, int status) => Results.Text(new JsonObject { ["errors"] = errors }.ToJsonString(), "application/json;charset=utf-8", Encoding.UTF8, status);

    private static JsonObject Link(string href, string title, string? name = null)
    {
        var link = new JsonObject { ["href"] = href, ["title"] = title };
        if (name is not null)
        {
            link["name"] = name;
        }

        return link;
    }

    private static JsonObject Templated(string href, string title) => new() { ["href"] = href, ["title"] = title, ["templated"] = true };

    private static string PactUrl(string baseUrl, string provider, string consumer, string version) =>
        $"{baseUrl}pacts/provider/{Escape(provider)}/consumer/{Escape(consumer)}/version/{Escape(version)}";

    private JsonObject Index(string baseUrl)
    {
        var links = new JsonObject
        {
            ["self"] = new JsonObject { ["href"] = baseUrl, ["title"] = "Index", ["templated"] = false },
            ["pb:publish-contracts"] = new JsonObject { ["href"] = baseUrl + "contracts/publish", ["title"] = "Publish contracts", ["templated"] = false },
            ["pb:publish-pact"] = Templated(baseUrl + "pacts/provider/{provider}/consumer/{consumer}/version/{consumerApplicationVersion}", "Publish a pact"),
            ["pb:can-i-deploy-pacticipant-version-to-tag"] = Templated(baseUrl + "can-i-deploy?pacticipant={pacticipant}&version={version}&to={tag}", "Determine if an application version can be safely deployed to an environment identified by the given tag"),
            ["pb:can-i-deploy-pacticipant-version-to-environment"] = Templated(baseUrl + "can-i-deploy?pacticipant={pacticipant}&version={version}&environment={environment}", "Determine if an application version can be safely deployed to an environment"),
            ["pb:latest-provider-pacts"] = Templated(baseUrl + "pacts/provider/{provider}/latest", "Latest pacts by provider"),
            ["pb:provider-pacts-for-verification"] = Templated(baseUrl + "pacts/provider/{provider}/for-verification", "Pact versions to be verified for the specified provider"),
            ["curies"] = new JsonArray(new JsonObject { ["name"] = "pb", ["href"] = baseUrl + "doc/{rel}?context=index", ["templated"] = true }),
        };
        foreach (var missing in _settings.MissingRelations)
        {
            links.Remove(missing);
        }

        return new JsonObject { ["_links"] = links };
    }

    /// <summary>The latest pact of each consumer of the provider, as the pact the consumer published last.</summary>
    private IEnumerable<StoredPact> Latest(string provider) =>
        _pacts.Where(p => p.Provider == provider).GroupBy(p => p.Consumer, StringComparer.Ordinal).Select(g => g.Last());

    private IResult LatestPacts(string baseUrl, string provider)
    {
        if (!_pacts.Any(p => p.Provider == provider))
        {
            return Results.Text(new JsonObject { ["error"] = $"No provider with name '{provider}' found" }.ToJsonString(), "application/json;charset=utf-8", Encoding.UTF8, 404);
        }

        return Hal(new JsonObject
        {
            ["_links"] = new JsonObject
            {
                ["self"] = Link($"{baseUrl}pacts/provider/{Escape(provider)}/latest", $"Latest pact versions for the provider {provider}"),
                ["pb:provider"] = Link($"{baseUrl}pacticipants/{Escape(provider)}", "Provider", provider),
                ["pb:pacts"] = new JsonArray([.. Latest(provider).Select(p => (JsonNode)Link(PactUrl(baseUrl, provider, p.Consumer, p.Version), $"Pact between {p.Consumer} ({p.Version}) and {provider}", p.Consumer))]),
            },
        });
    }

    /// <summary>The latest pact of each consumer; one only for work in progress is handed out when the request includes WIP pacts.</summary>
    private IResult PactsForVerification(string baseUrl, string provider, JsonObject? request)
    {
        if (request?["consumerVersionSelectors"] is not (JsonArray or null))
        {
            return Errors(new JsonObject { ["consumerVersionSelectors"] = new JsonArray("must be an array") }, 400);
        }

        var wip = request?["includeWipPactsSince"] is not null;
        return Hal(new JsonObject
        {
            ["_embedded"] = new JsonObject
            {
                ["pacts"] = new JsonArray([.. Latest(provider).Where(p => !p.WorkInProgress || wip).Select(p => (JsonNode)new JsonObject
                {
                    ["shortDescription"] = p.WorkInProgress ? "work in progress" : "latest from main branch",
                    ["verificationProperties"] = new JsonObject { ["pending"] = p.Pending, ["wip"] = p.WorkInProgress, ["notices"] = new JsonArray() },
                    ["_links"] = new JsonObject { ["self"] = Link(PactUrl(baseUrl, provider, p.Consumer, p.Version), "Pact", $"Pact between {p.Consumer} ({p.Version}) and {provider}") },
                })]),
            },
            ["_links"] = new JsonObject { ["self"] = Link($"{baseUrl}pacts/provider/{Escape(provider)}/for-verification", "Pacts to be verified") },
        });
    }

    /// <summary>The pact as published, with the broker's <c>_links</c> added.</summary>
    private IResult Pact(string baseUrl, string provider, string consumer, string version)
    {
        var found = _pacts.LastOrDefault(p => p.Provider == provider && p.Consumer == consumer && p.Version == version);
        if (found is null || JsonNode.Parse(found.Content) is not JsonObject pact)
        {
            return Results.Text(new JsonObject { ["error"] = "The requested document was not found on this server." }.ToJsonString(), "application/json;charset=utf-8", Encoding.UTF8, 404);
        }

        var self = PactUrl(baseUrl, provider, consumer, version);
        pact["_links"] = new JsonObject
        {
            ["self"] = Link(self, "Pact", $"Pact between {consumer} ({version}) and {provider}"),
            ["pb:publish-verification-results"] = Link(self + "/verification-results", "Publish verification results"),
            ["pb:provider"] = Link($"{baseUrl}pacticipants/{Escape(provider)}", "Provider", provider),
        };
        return Hal(pact);
    }

    /// <summary>
    /// Publishing follows publish-contracts.markdown; a changed pact for a version already published with "overwrite" is a 409 whose body has error
    /// notices and <c>errors.contracts</c>, as the broker's PublishContracts resource answers a conflict.
    /// </summary>
    private IResult Publish(string baseUrl, JsonObject? request)
    {
        var errors = new JsonObject();
        void Error(string field, string message) => errors[field] = new JsonArray(message);
        static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

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
        var accepted = new List<StoredPact>();
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

            var content = pact.ToJsonString();
            var earlier = _pacts.LastOrDefault(p => p.Provider == provider && p.Consumer == consumer && p.Version == version);
            if (Text(contract?["onConflict"]) != "merge" && earlier is not null && earlier.Content != content)
            {
                var conflict = $"the pact for {consumer} version {version} and {provider} is already published with other content";
                var answer = new JsonObject
                {
                    ["notices"] = new JsonArray(new JsonObject { ["type"] = "error", ["text"] = conflict }),
                    ["errors"] = new JsonObject { ["contracts"] = new JsonArray(conflict) },
                };
                return Results.Text(answer.ToJsonString(), "application/json;charset=utf-8", Encoding.UTF8, 409);
            }

            accepted.Add(new StoredPact(provider, consumer, version!, content, Pending: false, WorkInProgress: false));
            links.Add(Link(PactUrl(baseUrl, provider, consumer, version ?? string.Empty), "Pact", $"Pact between {consumer} ({version}) and {provider}"));
        }

        if (errors.Count > 0)
        {
            return Errors(errors, 400);
        }

        foreach (var pact in accepted)
        {
            _pacts.Enqueue(pact);
        }

        var pacticipant = $"{baseUrl}pacticipants/{Escape(name!)}";
        var versionUrl = $"{pacticipant}/versions/{Escape(version!)}";
        var tags = (request!["tags"] as JsonArray ?? []).Select(t => (JsonNode)Link($"{versionUrl}/tags/{Escape(t!.ToString())}", "Tag", t.ToString())).ToArray();
        var message = $"Stored {links.Count} pact(s) of {name} {version}.";
        return Hal(new JsonObject
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
                    ["_links"] = new JsonObject { ["self"] = Link(versionUrl, "Version", version) },
                },
            },
            ["_links"] = new JsonObject
            {
                ["pb:pacticipant"] = Link(pacticipant, "Pacticipant", name),
                ["pb:pacticipant-version"] = Link(versionUrl, "Pacticipant version", version),
                ["pb:pacticipant-version-tags"] = new JsonArray(tags),
                ["pb:contracts"] = links,
            },
        });
    }

    private IResult CanIDeploy(HttpContext context, bool unknown)
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
        else if (environment.Length > 0 && !_settings.Environments.Contains(environment))
        {
            errors["environment"] = new JsonArray($"No environment found with name '{environment}'");
        }

        if (errors.Count > 0)
        {
            return Errors(errors, 400);
        }

        if (_settings.CanIDeployBody is { } raw)
        {
            return Hal(raw);
        }

        var pacticipant = query["pacticipant"].ToString();
        var version = query["version"].ToString();
        var success = unknown ? null : _settings.Deployable;
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
        return Hal(new JsonObject
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
        });
    }
}
