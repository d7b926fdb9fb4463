using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.OpenApi.PactComparison;

namespace Concord.Cli.Pacts;

/// <summary>
/// Pacts fetched over HTTP: one pact file by URL, or a provider's pacts from a Pact Broker through its HAL API.
/// From the broker's index (<c>GET /</c>) it follows <c>pb:latest-provider-pacts</c> (the latest pact of every
/// consumer) or, with consumer version selectors, <c>pb:provider-pacts-for-verification</c> (a POST of the
/// selectors), then fetches each pact the answer links. Anything that goes wrong is one
/// <see cref="PactFetchException"/> line naming what and where; credentials never appear in it.
/// </summary>
internal sealed class RemotePacts(BrokerCredentials credentials, TimeSpan timeout) : IDisposable
{
    private const string HalJson = "application/hal+json";

    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        Timeout = timeout,
        MaxResponseContentBufferSize = PactReader.MaxPactBytes,
    };

    /// <summary>The pact file at <paramref name="url"/>.</summary>
    public async Task<ConsumerPact> PactAsync(Uri url, CancellationToken cancellationToken)
    {
        var text = await GetAsync(url, url, "application/json", "the pact", cancellationToken).ConfigureAwait(false);
        return Read(url, text);
    }

    /// <summary>The provider's pacts the broker at <paramref name="broker"/> holds: the latest of each consumer, or those the selectors choose.</summary>
    public async Task<IReadOnlyList<ConsumerPact>> FromBrokerAsync(Uri broker, string provider, IReadOnlyList<JsonObject> selectors, CancellationToken cancellationToken)
    {
        var index = Json(await GetAsync(broker, broker, HalJson, "the broker's index", cancellationToken).ConfigureAwait(false), broker, "the broker's index");
        IReadOnlyList<Uri> links;
        if (selectors.Count == 0)
        {
            var latest = Relation(index, "pb:latest-provider-pacts", broker, provider);
            var answer = Json(await GetAsync(latest, broker, HalJson, $"the latest pacts for {provider}", cancellationToken, notFound: $"the broker knows no provider '{provider}'").ConfigureAwait(false), latest, "the latest provider pacts");
            links = Links(answer?["_links"]?["pb:pacts"], latest, "_links.pb:pacts");
        }
        else
        {
            var forVerification = Relation(index, "pb:provider-pacts-for-verification", broker, provider);
            var body = new JsonObject { ["consumerVersionSelectors"] = new JsonArray([.. selectors.Select(s => s.DeepClone())]) };
            var answer = Json(await PostAsync(forVerification, broker, body, $"the pacts for verification of {provider}", cancellationToken).ConfigureAwait(false), forVerification, "the pacts for verification");
            if (answer?["_embedded"]?["pacts"] is not JsonArray embedded)
            {
                throw new PactFetchException($"{RedactedUrl.Show(forVerification)}: the answer has no _embedded.pacts list; is this a Pact Broker?");
            }

            links = Links(new JsonArray([.. embedded.Select(p => p?["_links"]?["self"]?.DeepClone())]), forVerification, "_embedded.pacts[]._links.self");
        }

        if (links.Count == 0)
        {
            throw new PactFetchException($"{RedactedUrl.Show(broker)}: the broker holds no pact for provider '{provider}'{(selectors.Count > 0 ? " that the consumer version selectors choose" : string.Empty)}");
        }

        var pacts = new List<ConsumerPact>();
        foreach (var link in links)
        {
            pacts.Add(Read(link, await GetAsync(link, broker, HalJson + ", application/json", "a pact", cancellationToken).ConfigureAwait(false)));
        }

        return pacts;
    }

    public void Dispose() => _http.Dispose();

    private static ConsumerPact Read(Uri url, string text) => PactReader.ReadText(RedactedUrl.Show(url), text);

    private Task<string> GetAsync(Uri url, Uri origin, string accept, string what, CancellationToken cancellationToken, string? notFound = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        return SendAsync(request, origin, what, cancellationToken, notFound);
    }

    private Task<string> PostAsync(Uri url, Uri origin, JsonObject body, string what, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd(HalJson);
        return SendAsync(request, origin, what, cancellationToken, notFound: null);
    }

    private async Task<string> SendAsync(HttpRequestMessage request, Uri origin, string what, CancellationToken cancellationToken, string? notFound)
    {
        using var owned = request;
        credentials.Apply(request, origin);
        var where = $"{request.Method} {RedactedUrl.Show(request.RequestUri!)}";
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = $"{(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
            switch (response.StatusCode)
            {
                case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                    throw new PactFetchException($"{where}: {status}: the server refused {what} with {credentials.Source} (--broker-token or {BrokerCredentials.TokenVariable}; --broker-username/--broker-password or {BrokerCredentials.UsernameVariable}/{BrokerCredentials.PasswordVariable})");
                case HttpStatusCode.NotFound when notFound is not null:
                    throw new PactFetchException($"{where}: {status}: {notFound}");
                case >= HttpStatusCode.MultipleChoices and < HttpStatusCode.BadRequest:
                    throw new PactFetchException($"{where}: {status}: a redirect to {RedactedLocation(response.Headers.Location)}, which is not followed (credentials would travel with it); give that URL instead");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new PactFetchException($"{where}: {status}: {what} could not be fetched");
            }

            return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new PactFetchException($"{where}: {what} cannot be fetched: {RedactedUrl.Scrub(OneLine(e), credentials.Secrets)}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PactFetchException($"{where}: no answer within {_http.Timeout.TotalSeconds:0} s", e);
        }
    }

    private static string RedactedLocation(Uri? location) => location is null ? "(no Location)" : location.IsAbsoluteUri ? RedactedUrl.Show(location) : location.OriginalString;

    private static string OneLine(Exception e) => (e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message).ReplaceLineEndings(" ");

    private static JsonNode? Json(string text, Uri url, string what)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            var place = e.LineNumber is { } line && e.BytePositionInLine is { } column ? $":{line + 1}:{column + 1}" : string.Empty;
            throw new PactFetchException($"{RedactedUrl.Show(url)}{place}: {what} is not JSON; is this a Pact Broker?", e);
        }
    }

    /// <summary>The href of a relation of the index, its <c>{provider}</c> filled in.</summary>
    private static Uri Relation(JsonNode? index, string relation, Uri broker, string provider)
    {
        if (index?["_links"]?[relation]?["href"] is not JsonValue href || !href.TryGetValue<string>(out var template))
        {
            throw new PactFetchException($"{RedactedUrl.Show(broker)}: the broker's index has no '{relation}' link; is this a Pact Broker (or one too old for it)?");
        }

        var filled = template.Replace("{provider}", Uri.EscapeDataString(provider), StringComparison.Ordinal);
        return Uri.TryCreate(broker, filled, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new PactFetchException($"{RedactedUrl.Show(broker)}: the '{relation}' link is not an http(s) URL: {filled}");
    }

    private static List<Uri> Links(JsonNode? node, Uri from, string where)
    {
        var items = node switch
        {
            JsonArray array => array.ToList(),
            JsonObject single => [single],
            null => [],
            _ => throw new PactFetchException($"{RedactedUrl.Show(from)}: {where} is not a list of links"),
        };

        var links = new List<Uri>();
        foreach (var item in items)
        {
            if (item?["href"] is not JsonValue href || !href.TryGetValue<string>(out var text) || !Uri.TryCreate(from, text, out var url) || url.Scheme is not ("http" or "https"))
            {
                throw new PactFetchException($"{RedactedUrl.Show(from)}: an entry of {where} has no http(s) href");
            }

            links.Add(url);
        }

        return links;
    }
}
