using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Concord.Pact.Broker;

/// <summary>
/// Talks HAL to one broker: follows relations from the index resource, and turns every way a call can go wrong
/// (unreachable, slow, refused, redirected, an error status, a body that is not HAL) into a one-line
/// <see cref="PactBrokerException"/> that starts with where (<c>GET https://broker/…</c>) and says what. The
/// credentials go only to the broker's own origin, never along a redirect or a link to another host, and are
/// redacted from every message and log line; addresses are shown without any user name or password.
/// </summary>
internal sealed class HalClient : IDisposable
{
    /// <summary>The largest answer read (a pact is rarely over a few MiB); a larger one is an error, not memory spent.</summary>
    internal const long MaxAnswerBytes = 64L * 1024 * 1024;

    private const int BodyExcerptLength = 400;
    private const string HalJson = "application/hal+json";
    private readonly HttpClient _http;
    private readonly BrokerCredentials? _credentials;
    private readonly Action<string>? _log;

    internal HalClient(Uri address, BrokerCredentials? credentials, TimeSpan timeout, Action<string>? log)
    {
        Address = address;
        _credentials = credentials;
        _log = log;
        // Redirects are not followed: credentials would travel with them to wherever they point.
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            Timeout = timeout,
            MaxResponseContentBufferSize = MaxAnswerBytes,
        };
    }

    internal Uri Address { get; }

    /// <summary>The href of a relation in the broker's index resource, or an error saying the broker does not offer it.</summary>
    internal async Task<string> IndexLinkAsync(string relation, string purpose, CancellationToken cancellationToken)
    {
        var index = await SendAsync(HttpMethod.Get, Address, null, "the broker's index", cancellationToken).ConfigureAwait(false);
        var href = At(index.Body, "_links", relation, "href");
        if (href is not JsonValue value || !value.TryGetValue<string>(out var text) || text.Length == 0)
        {
            var offered = At(index.Body, "_links") is JsonObject links ? links.Select(l => l.Key).Where(k => k.StartsWith("pb:", StringComparison.Ordinal)).ToList() : [];
            throw Fail(
                $"{index.Request}: the broker's index has no '{relation}' link, which {purpose} needs; is this a Pact Broker (or one too old for it)? " +
                $"It offers: {(offered.Count == 0 ? "no pb: link" : string.Join(", ", offered))}",
                index.Status);
        }

        return text;
    }

    /// <summary>Sends one request and reads the answer as JSON; anything but a 2xx with a JSON object is an error.</summary>
    internal async Task<HalResponse> SendAsync(HttpMethod method, Uri target, JsonObject? body, string what, CancellationToken cancellationToken, string? notFound = null)
    {
        var (status, text, request) = await SendRawAsync(method, target, body, HalJson, what, notFound, cancellationToken).ConfigureAwait(false);
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(text);
        }
        catch (JsonException exception)
        {
            throw Fail($"{request}: {what} is not JSON (line {exception.LineNumber + 1}, column {exception.BytePositionInLine + 1}: {exception.Message.Split('.')[0]}); is this a Pact Broker?", status, exception);
        }

        if (parsed is not JsonObject)
        {
            throw Fail($"{request}: {what} is not a HAL resource (a JSON object); is this a Pact Broker?", status);
        }

        return new HalResponse(status, parsed, request);
    }

    /// <summary>Gets a document as text (a pact), for the caller to read; anything but a 2xx is an error.</summary>
    internal async Task<string> GetTextAsync(Uri target, string what, CancellationToken cancellationToken) =>
        (await SendRawAsync(HttpMethod.Get, target, null, HalJson + ", application/json", what, null, cancellationToken).ConfigureAwait(false)).Text;

    private async Task<(int Status, string Text, string Request)> SendRawAsync(
        HttpMethod method, Uri target, JsonObject? body, string accept, string what, string? notFound, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, target);
        request.Headers.Accept.ParseAdd(accept);
        if (_credentials is not null && SameOrigin(target))
        {
            request.Headers.Authorization = _credentials.Header;
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        var where = $"{method} {Shown(target)}";
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw Fail($"{where}: {what} cannot be reached: {OneLine(exception)}", null, exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw Fail(string.Create(CultureInfo.InvariantCulture, $"{where}: no answer for {what} within {_http.Timeout.TotalSeconds:0.#} s"), null, exception);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var answered = $"{status} {response.ReasonPhrase}".TrimEnd();
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            Log($"{where} -> {answered}");
            switch (response.StatusCode)
            {
                case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                    throw Fail($"{where}: {answered}: the server refused {what} with {_credentials?.Description ?? "no credentials"}", status);
                case HttpStatusCode.NotFound when notFound is not null:
                    throw Fail($"{where}: {answered}: {notFound}", status);
                case >= HttpStatusCode.MultipleChoices and < HttpStatusCode.BadRequest:
                    var location = response.Headers.Location;
                    var to = location is null ? "(no Location)" : location.IsAbsoluteUri ? Shown(location) : location.OriginalString;
                    throw Fail($"{where}: {answered}: a redirect to {to}, which is not followed (credentials would travel with it); give that URL instead", status);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw Fail($"{where}: {answered}{BrokerErrors(text)}", status);
            }

            return (status, text, where);
        }
    }

    /// <summary>Fills a templated href (<c>{name}</c> placeholders), escaping each value; the result must be an http(s) URL.</summary>
    internal Uri Expand(string href, IReadOnlyDictionary<string, string> values, string relation)
    {
        var expanded = href;
        foreach (var (name, value) in values)
        {
            expanded = expanded.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        if (expanded.Contains('{', StringComparison.Ordinal) || !Uri.TryCreate(Address, expanded, out var target) || target.Scheme is not ("http" or "https"))
        {
            throw Fail($"GET {Shown(Address)}: the broker's '{relation}' link \"{href}\" could not be filled in with {string.Join(", ", values.Keys)} to an http(s) URL", null);
        }

        return target;
    }

    internal PactBrokerException Fail(string problem, int? status, Exception? inner = null)
    {
        var message = Redact(problem).ReplaceLineEndings(" ");
        Log(message);
        return inner is null ? new PactBrokerException(message) { StatusCode = status } : new PactBrokerException(message, inner) { StatusCode = status };
    }

    /// <summary>The node at a path of property names, or null when any step is missing or not an object (HAL from elsewhere may have any shape).</summary>
    internal static JsonNode? At(JsonNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(name, out var next) ? next : null;
        }

        return node;
    }

    internal void Log(string line) => _log?.Invoke(Redact(line));

    public void Dispose() => _http.Dispose();

    /// <summary>An address as messages show it: without any user name or password written into the URL.</summary>
    internal static string Shown(Uri address) =>
        address.UserInfo.Length == 0 ? address.ToString() : new UriBuilder(address) { UserName = string.Empty, Password = string.Empty }.Uri.ToString();

    /// <summary>Whether a request goes to the origin the user named (scheme, host and port): only those carry the credentials.</summary>
    private bool SameOrigin(Uri target) =>
        Uri.Compare(target, Address, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private string Redact(string text) => _credentials?.Redact(text) ?? text;

    private static string OneLine(Exception exception) =>
        (exception.InnerException is { } inner ? $"{exception.Message} ({inner.Message})" : exception.Message).ReplaceLineEndings(" ");

    /// <summary>The broker's own error texts (<c>errors</c> as a list or as lists per field, and error notices), else a body excerpt.</summary>
    private static string BrokerErrors(string text)
    {
        try
        {
            if (JsonNode.Parse(text) is JsonObject body)
            {
                var messages = new List<string>();
                Collect(body["errors"], null, messages);
                if (body["error"] is JsonValue single)
                {
                    messages.Add(single.ToString());
                }

                if (body["notices"] is JsonArray notices)
                {
                    messages.AddRange(notices.OfType<JsonObject>()
                        .Where(n => n["type"]?.GetValueKind() == JsonValueKind.String && n["type"]!.GetValue<string>() == "error")
                        .Select(n => n["text"]?.ToString() ?? string.Empty));
                }

                if (messages.Count > 0)
                {
                    return ": " + string.Join("; ", messages.Distinct());
                }
            }
        }
        catch (JsonException)
        {
        }

        return Excerpt(text);
    }

    private static void Collect(JsonNode? node, string? field, List<string> messages)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, field, messages);
                }

                break;
            case JsonObject fields:
                foreach (var (name, value) in fields)
                {
                    Collect(value, field is null ? name : $"{field}.{name}", messages);
                }

                break;
            case JsonValue value:
                messages.Add(field is null ? value.ToString() : $"{field}: {value}");
                break;
        }
    }

    private static string Excerpt(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return string.Empty;
        }

        return ": " + (trimmed.Length > BodyExcerptLength ? trimmed[..BodyExcerptLength] + "…" : trimmed).ReplaceLineEndings(" ");
    }
}

/// <summary>A broker answer that was a 2xx with a JSON object body, and the request it answered (<c>GET https://…</c>, shown without credentials).</summary>
internal sealed record HalResponse(int Status, JsonNode Body, string Request);
