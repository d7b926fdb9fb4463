using Concord.Cli.Check.Build;
using Concord.Cli.Systems;
using Concord.Core.Findings;
using Concord.OpenApi.Drift;
using Concord.OpenApi.Loading;

namespace Concord.Cli.Check;

/// <summary>The spec step of a run: each service's document read, committed or served, the served one diffed against the committed one, and a committed one's routes probed.</summary>
internal sealed partial class CheckRun
{
    /// <summary>
    /// A service as the drift checks see it (its committed document, else the one it serves; probes of a committed
    /// one), with the spec and drift findings about it: served vs committed, documented routes that are not live.
    /// Null when it has no document at all.
    /// </summary>
    private async Task<(ProviderApi? Provider, IReadOnlyList<Finding> Findings)> ReadProviderAsync(
        ServiceEntry service, IReadOnlyList<BuildInfo> built, SpecDocument? committed, IReadOnlyDictionary<string, Uri> urls, HttpClient http, CancellationToken cancellationToken)
    {
        var live = urls.TryGetValue(service.Name, out var url) ? new LiveProbe(http, url) : null;
        var served = live is null ? null : await LiveDocument.FetchAsync(service, http, url!, cancellationToken).ConfigureAwait(false);
        if (committed is null && served?.Document is null)
        {
            if (live is not null)
            {
                progress.Say($"spec: {service.Name} has no committed OpenAPI document and serves none ({string.Join(", ", service.DocumentUrls)})");
            }

            return (null, []);
        }

        var document = committed ?? served!.Document!;
        var operations = DocumentedOperation.Of(document);
        // A route the service's own generated document lists is mapped: only a committed document needs probing.
        var probed = live is null || committed is null ? [] : await live.ProbeAsync(operations, cancellationToken).ConfigureAwait(false);
        // A document generated from the running code says which routes are mapped; a file the service only
        // hands out (as the sample's services do) says nothing about them.
        var generated = GeneratesDocument(built, service) ? served?.Document : null;
        var provider = new ProviderApi(service.Name, document, live, probed, generated);
        if (live is null)
        {
            return (provider, []);
        }

        if (committed is null)
        {
            progress.Say($"spec: {service.Name} serves its document at {served!.Url} ({operations.Count} operations; no committed document to compare)");
            return (provider, []);
        }

        progress.Say($"spec: served vs committed document of {service.Name}; drift: {probed.Count} documented routes probed");
        return (provider, [.. served!.CompareWith(service, committed, url!), .. await DriftChecks.DocumentedRoutesNotLiveAsync(provider, cancellationToken).ConfigureAwait(false)]);
    }

    /// <summary>Whether the service's document comes from a generator that reads its endpoints (MapOpenApi, Swashbuckle, NSwag).</summary>
    private static bool GeneratesDocument(IReadOnlyList<BuildInfo> built, ServiceEntry service) =>
        built.FirstOrDefault(b => b.Project == service.Project) is { } info
        && (info.References("Microsoft.AspNetCore.OpenApi") || info.References("Swashbuckle.AspNetCore") || info.References("NSwag.AspNetCore"));
}
