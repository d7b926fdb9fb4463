using Concord.Cli.Systems;
using Concord.Core.Findings;
using Concord.OpenApi.Drift;
using Concord.OpenApi.Loading;

namespace Concord.Cli.Check;

/// <summary>
/// The OpenAPI document a running service generates: fetched from the first of its document URLs that answers
/// 2xx, and compared with the committed one, leaving out what belongs to this run (its servers and addresses).
/// </summary>
internal sealed record LiveDocument(Uri Url, SpecDocument? Document, string? Problem)
{
    public static async Task<LiveDocument> FetchAsync(ServiceEntry service, HttpClient http, Uri baseUri, CancellationToken cancellationToken)
    {
        var tried = new List<string>();
        foreach (var path in service.DocumentUrls)
        {
            var url = new Uri(baseUri, path.TrimStart('/'));
            using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                tried.Add($"{path} answers {(int)response.StatusCode}");
                continue;
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return new LiveDocument(url, SpecLoader.LoadText(url.ToString(), text), null);
            }
            catch (SpecLoadException e)
            {
                return new LiveDocument(url, null, $"GET {url} serves a document that cannot be read: {e.Message}");
            }
        }

        return new LiveDocument(new Uri(baseUri, (service.DocumentUrls.FirstOrDefault() ?? "/openapi.json").TrimStart('/')), null, $"no document is served ({string.Join("; ", tried)})");
    }

    /// <summary>The committed document against this one; a service that serves none gets CORD402 instead.</summary>
    public IEnumerable<Finding> CompareWith(ServiceEntry service, SpecDocument committed, Uri runAddress)
    {
        if (Document is null)
        {
            return [new Finding(
                DriftRules.DocumentNotServed,
                Severity.Warning,
                Lens.Drift,
                $"{service.Name} does not serve its OpenAPI document: {Problem}",
                new EndpointLocation("GET", Url.ToString()),
                [committed.Locate("#/info")],
                "Serve the committed document (MapOpenApi, or the file itself), so clients and checks see what runs.")];
        }

        // The generated document names the address this run chose; that is never a difference between the two.
        return ServedDocument.Compare(committed, Document, runAddresses: [runAddress]);
    }
}
