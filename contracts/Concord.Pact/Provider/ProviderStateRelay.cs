using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Concord.Pact.Json;
using Concord.Pact.Secrets;

namespace Concord.Pact.Provider;

/// <summary>
/// Stands between the core and the provider-state URL on 127.0.0.1. The core reports a failed state
/// change only as "One or more of the setup state change handlers has failed" and drops the answer's
/// body, which is where the provider says why ("database is down"); the relay forwards each call
/// unchanged and keeps the reason of every call that failed, so it reaches the result and its logs.
/// </summary>
internal sealed class ProviderStateRelay : IAsyncDisposable
{
    private const int MaxReasonLength = 500;
    private readonly HttpListener _listener;
    private readonly HttpClient _client;
    private readonly Uri _target;
    private readonly Task _serving;
    private readonly ConcurrentQueue<ProviderStateFailure> _failures = new();

    private ProviderStateRelay(HttpListener listener, Uri address, Uri target, TimeSpan timeout, bool acceptAnyCertificate)
    {
        _listener = listener;
        Address = address;
        _target = target;
#pragma warning disable CA5400, CA2000 // The handler is owned by the client; certificates are accepted only when the caller turned TLS verification off.
        var handler = new HttpClientHandler();
        if (acceptAnyCertificate)
        {
            handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
        }

        _client = new HttpClient(handler, disposeHandler: true) { Timeout = timeout };
#pragma warning restore CA5400, CA2000
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>Where the core is sent instead of the state URL.</summary>
    public Uri Address { get; }

    /// <summary>The state changes that failed so far, with the provider's reason.</summary>
    public IReadOnlyList<ProviderStateFailure> Failures => [.. _failures];

    internal static ProviderStateRelay Start(Uri target, TimeSpan timeout, bool acceptAnyCertificate)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreeLoopbackPort();
            var address = new Uri($"http://127.0.0.1:{port}/pact-state-relay/");
            var listener = new HttpListener();
            listener.Prefixes.Add(address.ToString());
            try
            {
                listener.Start();
                return new ProviderStateRelay(listener, address, target, timeout, acceptAnyCertificate);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between choosing and binding it; choose again.
                listener.Close();
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                await RelayAsync(context).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException or IOException)
            {
                // The core hung up, or the relay is stopping (a cancelled verification): nothing to answer.
            }
        }
    }

    private async Task RelayAsync(HttpListenerContext context)
    {
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body).ConfigureAwait(false);
        var target = new UriBuilder(_target) { Query = context.Request.Url?.Query.TrimStart('?') ?? string.Empty }.Uri;
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.HttpMethod), target)
        {
            Content = new ByteArrayContent(body.ToArray()),
        };
        if (context.Request.ContentType is { } contentType)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        foreach (var name in context.Request.Headers.AllKeys.OfType<string>().Where(n => !IsHopHeader(n)))
        {
            request.Headers.TryAddWithoutValidation(name, context.Request.Headers.GetValues(name) ?? []);
        }

        var (state, action) = Describe(body.ToArray(), context.Request.QueryString);
        try
        {
            using var response = await _client.SendAsync(request).ConfigureAwait(false);
            var answer = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                _failures.Enqueue(new ProviderStateFailure(state, action, $"HTTP {(int)response.StatusCode}{Reason(answer)}"));
            }

            context.Response.StatusCode = (int)response.StatusCode;
            if (response.Content.Headers.ContentType is { } type)
            {
                context.Response.ContentType = type.ToString();
            }

            await context.Response.OutputStream.WriteAsync(answer).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            _failures.Enqueue(new ProviderStateFailure(state, action, $"the state URL {_target} did not answer: {exception.Message}"));
            context.Response.StatusCode = (int)HttpStatusCode.BadGateway;
        }
        finally
        {
            context.Response.Close();
        }
    }

    private static string Reason(byte[] answer)
    {
        var text = Encoding.UTF8.GetString(answer).Trim();
        if (text.Length == 0)
        {
            return string.Empty;
        }

        text = text.ReplaceLineEndings(" ");
        text = text.Length > MaxReasonLength ? text[..MaxReasonLength] + "…" : text;
        return ": " + LiveCredentialPatterns.Scrub(text);
    }

    private static (string State, string Action) Describe(byte[] body, System.Collections.Specialized.NameValueCollection query)
    {
        try
        {
            var json = JsonNode.Parse(body) as JsonObject;
            return (LiveCredentialPatterns.Scrub(JsonText.Of(json?["state"]) ?? query["state"] ?? ""), JsonText.Of(json?["action"]) ?? query["action"] ?? "setup");
        }
        catch (System.Text.Json.JsonException)
        {
            return (LiveCredentialPatterns.Scrub(query["state"] ?? ""), query["action"] ?? "setup");
        }
    }

    private static bool IsHopHeader(string name) =>
        name.Equals("Host", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Connection", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase);

    public async ValueTask DisposeAsync()
    {
        // Close alone: it stops the listener too. Stop and then Close makes the managed listener look up the
        // port Stop released and bind it again to remove the prefix, which fails when the port was taken meanwhile.
        _listener.Close();
        await _serving.ConfigureAwait(false);
        _client.Dispose();
    }
}
