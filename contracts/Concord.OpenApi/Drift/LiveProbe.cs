using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Concord.OpenApi.Drift;

/// <summary>
/// Sends one request per documented operation to a running service, without credentials and with an
/// empty JSON object as body: enough for routing to answer, never enough to change anything that needs a key.
/// Path and required query parameters get values valid for their schema and route constraints
/// (<see cref="DocumentedOperation.ProbePath"/>). Each method is also sent once to a path nobody maps, so a
/// handler's 404 can be told from routing's. Only loopback services are probed.
/// </summary>
public sealed class LiveProbe(HttpClient http, Uri baseUri)
{
    /// <summary>The path, under the service's address, that stands for "a path nobody maps".</summary>
    public const string UnmappedPath = "concord-probe-unmapped/7c1e";

    private const int MaxBody = 64 * 1024;

    /// <summary>Members of a JSON error body that change from one request to the next.</summary>
    private static readonly HashSet<string> s_volatile = new(["traceId", "requestId", "instance", "timestamp", "time", "path", "correlationId"], StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, ProbeOutcome> _unmapped = new(StringComparer.Ordinal);

    /// <summary>The service's address.</summary>
    public Uri BaseUri { get; } = RequireLoopback(baseUri);

    /// <summary>Probes every operation, in order.</summary>
    public async Task<IReadOnlyList<ProbedOperation>> ProbeAsync(IReadOnlyList<DocumentedOperation> operations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var probed = new List<ProbedOperation>(operations.Count);
        foreach (var operation in operations)
        {
            var outcome = await SendAsync(operation.Method, operation.ProbePath(), cancellationToken).ConfigureAwait(false);
            var unmapped = await UnmappedAsync(operation.Method, cancellationToken).ConfigureAwait(false);
            probed.Add(new ProbedOperation(operation, outcome, unmapped));
        }

        return probed;
    }

    /// <summary>What the service answers <paramref name="method"/> on a path nobody maps (sent once per method, then remembered).</summary>
    public async Task<ProbeOutcome> UnmappedAsync(string method, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (!_unmapped.TryGetValue(method, out var outcome))
        {
            outcome = await SendAsync(method, "/" + UnmappedPath, cancellationToken).ConfigureAwait(false);
            _unmapped[method] = outcome;
        }

        return outcome;
    }

    /// <summary>Sends <paramref name="method"/> to <paramref name="path"/> on the service.</summary>
    public async Task<ProbeOutcome> SendAsync(string method, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        var url = new Uri(BaseUri, path.TrimStart('/'));
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var body = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        var contentType = response.Content.Headers.ContentType?.MediaType;
        var allow = string.Join(", ", response.Content.Headers.Allow);
        var status = (int)response.StatusCode;
        return new ProbeOutcome(method, url, status, body.Length > 0, contentType, allow.Length > 0 ? allow : null, Answer(status, contentType, body, url));
    }

    private static async Task<byte[]> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new MemoryStream();
            var chunk = new byte[8192];
            int read;
            while (buffer.Length < MaxBody && (read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    /// <summary>The answer without what varies per request: JSON bodies lose trace ids and echoed paths, text bodies the requested path.</summary>
    private static string Answer(int status, string? contentType, byte[] body, Uri url)
    {
        var text = Encoding.UTF8.GetString(body);
        try
        {
            if (JsonNode.Parse(text) is JsonObject json)
            {
                foreach (var name in json.Select(member => member.Key).Where(s_volatile.Contains).ToList())
                {
                    json.Remove(name);
                }

                text = json.ToJsonString();
            }
        }
        catch (JsonException)
        {
            // Not JSON: compared as text.
        }

        text = text.Replace(url.PathAndQuery, "{path}", StringComparison.Ordinal).Replace(url.AbsolutePath, "{path}", StringComparison.Ordinal);
        return $"{status} {contentType} {text}";
    }

    private static Uri RequireLoopback(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri || !uri.IsLoopback)
        {
            throw new ArgumentException($"Only services on this machine are probed; \"{uri}\" is not a loopback address.", nameof(uri));
        }

        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
