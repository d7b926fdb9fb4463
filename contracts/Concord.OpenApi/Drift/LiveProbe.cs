using System.Text;

namespace Concord.OpenApi.Drift;

/// <summary>
/// Sends one request per documented operation to a running service, without credentials and with an
/// empty JSON object as body: enough for routing to answer, never enough to change anything that needs a key.
/// Only loopback services are probed.
/// </summary>
public sealed class LiveProbe(HttpClient http, Uri baseUri)
{
    private const string Placeholder = "concord-probe";

    /// <summary>The service's address.</summary>
    public Uri BaseUri { get; } = RequireLoopback(baseUri);

    /// <summary>Probes every operation, in order.</summary>
    public async Task<IReadOnlyList<ProbedOperation>> ProbeAsync(IReadOnlyList<DocumentedOperation> operations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var probed = new List<ProbedOperation>(operations.Count);
        foreach (var operation in operations)
        {
            probed.Add(new ProbedOperation(operation, await SendAsync(operation.Method, operation.Path.Instantiate(Placeholder), cancellationToken).ConfigureAwait(false)));
        }

        return probed;
    }

    /// <summary>Sends <paramref name="method"/> to <paramref name="path"/> on the service.</summary>
    public async Task<ProbeOutcome> SendAsync(string method, string path, CancellationToken cancellationToken)
    {
        var url = new Uri(BaseUri, path.TrimStart('/'));
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new ProbeOutcome(method, url, (int)response.StatusCode, body.Length > 0);
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
