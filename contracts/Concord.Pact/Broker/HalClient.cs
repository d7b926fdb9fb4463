using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Concord.Pact.Broker;

/// <summary>
/// Talks HAL to one broker: follows relations from the index resource, and turns every way a call can go wrong
/// (unreachable, refused, an error status, a body that is not HAL) into a <see cref="PactBrokerException"/> naming the
/// broker and the request. Credentials are redacted from every message and log line.
/// </summary>
internal sealed class HalClient : IDisposable
{
    private const int BodyExcerptLength = 400;
    private readonly HttpClient _http;
    private readonly BrokerCredentials? _credentials;
    private readonly Action<string>? _log;

    internal HalClient(Uri address, BrokerCredentials? credentials, TimeSpan timeout, Action<string>? log)
    {
        Address = address;
        Display = DisplayAddress(address);
        _credentials = credentials;
        _log = log;
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, UseCookies = false }) { Timeout = timeout };
    }

    internal Uri Address { get; }

    /// <summary>The broker's address as shown in messages: without any user name or password written into the URL.</summary>
    internal string Display { get; }

    /// <summary>The href of a relation in the broker's index resource, or an error saying the broker does not offer it.</summary>
    internal async Task<string> IndexLinkAsync(string relation, string purpose, CancellationToken cancellationToken)
    {
        var index = await SendAsync(HttpMethod.Get, Address, null, cancellationToken);
        var href = At(index.Body, "_links", relation, "href");
        if (href is not JsonValue value || !value.TryGetValue<string>(out var text) || text.Length == 0)
        {
            var offered = At(index.Body, "_links") is JsonObject links ? string.Join(", ", links.Select(l => l.Key).Where(k => k.StartsWith("pb:", StringComparison.Ordinal))) : "no _links";
            throw Fail($"the index resource (GET {Display}) has no \"{relation}\" link with an href, which {purpose} needs; the broker offers: {offered}", index.Status);
        }

        return text;
    }

    /// <summary>Sends one request and reads the answer as JSON; anything but a 2xx with a JSON object is an error.</summary>
    internal async Task<HalResponse> SendAsync(HttpMethod method, Uri target, JsonObject? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, target);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/hal+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        if (_credentials is not null)
        {
            request.Headers.Authorization = _credentials.Header;
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        var what = $"{method} {DisplayAddress(target)}";
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw Fail($"could not be reached for {what}: {exception.Message}", null, exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw Fail(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"did not answer {what} within {_http.Timeout.TotalSeconds:0.#} s"), null, exception);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            Log($"{what} -> {status} {response.ReasonPhrase}");
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                var credentials = _credentials is null ? "no credentials were given" : $"the {_credentials.Description} was refused";
                throw Fail($"answered {what} with {status} {response.ReasonPhrase}: {credentials}{Excerpt(text)}", status);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw Fail($"answered {what} with {status} {response.ReasonPhrase}{BrokerErrors(text)}", status);
            }

            JsonNode? parsed;
            try
            {
                parsed = JsonNode.Parse(text);
            }
            catch (JsonException exception)
            {
                throw Fail($"answered {what} with {status}, but the body is not JSON (line {exception.LineNumber + 1}, column {exception.BytePositionInLine + 1}: {exception.Message.Split('.')[0]}){Excerpt(text)}", status, exception);
            }

            if (parsed is not JsonObject)
            {
                throw Fail($"answered {what} with {status}, but the body is not a HAL resource (a JSON object){Excerpt(text)}", status);
            }

            return new HalResponse(status, parsed, what);
        }
    }

    /// <summary>Fills a templated href (<c>{name}</c> placeholders), escaping each value.</summary>
    internal Uri Expand(string href, IReadOnlyDictionary<string, string> values, string relation)
    {
        var expanded = href;
        foreach (var (name, value) in values)
        {
            expanded = expanded.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        if (expanded.Contains('{', StringComparison.Ordinal) || !Uri.TryCreate(Address, expanded, out var target))
        {
            throw Fail($"the \"{relation}\" link \"{href}\" could not be filled in with {string.Join(", ", values.Keys)}", null);
        }

        return target;
    }

    internal PactBrokerException Fail(string problem, int? status, Exception? inner = null)
    {
        var message = Redact($"Pact Broker at {Display} {problem}");
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

    private string Redact(string text) => _credentials?.Redact(text) ?? text;

    private static string DisplayAddress(Uri address)
    {
        if (address.UserInfo.Length == 0)
        {
            return address.ToString();
        }

        var builder = new UriBuilder(address) { UserName = string.Empty, Password = string.Empty };
        return builder.Uri.ToString();
    }

    /// <summary>The broker's own error texts (<c>errors</c> as a list or as lists per field, and error notices), else a body excerpt.</summary>
    private static string BrokerErrors(string text)
    {
        try
        {
            if (JsonNode.Parse(text) is JsonObject body)
            {
                var messages = new List<string>();
                Collect(body["errors"], null, messages);
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

/// <summary>A broker answer that was a 2xx with a JSON object body.</summary>
internal sealed record HalResponse(int Status, JsonNode Body, string Request);
