using System.Collections.Immutable;
using Concord.Core.Findings;

namespace Concord.OpenApi.Drift;

/// <summary>
/// The drift checks that need a running provider or a consumer's code: documented routes that are not
/// live (CORD401) and called routes that are not served (CORD400). Every finding names both sides.
/// </summary>
public static class DriftChecks
{
    /// <summary>CORD401 for every documented operation the running provider does not serve.</summary>
    public static async Task<IReadOnlyList<Finding>> DocumentedRoutesNotLiveAsync(ProviderApi provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var findings = new List<Finding>();
        foreach (var probed in provider.Probed.Where(p => p.NotServed))
        {
            var operation = probed.Operation;
            var hint = await LiveSuggestionAsync(provider, operation.Method, operation.Path.Template, cancellationToken).ConfigureAwait(false);
            findings.Add(new Finding(
                DriftRules.DocumentedRouteNotLive,
                Severity.Error,
                Lens.Drift,
                $"{operation.Method} {operation.Path.Template} is listed in {provider.Name}'s OpenAPI document, but the running {provider.Name} answers {probed.Outcome.Status} there{hint}",
                provider.Document.Locate(operation.Pointer),
                [new EndpointLocation(probed.Outcome.Method, probed.Outcome.Url.ToString())],
                "Serve the route, or remove it from the document: clients are built from the document."));
        }

        return findings;
    }

    /// <summary>CORD400 for every route <paramref name="consumer"/>'s code calls that none of its providers serves.</summary>
    public static async Task<IReadOnlyList<Finding>> CalledRoutesNotServedAsync(
        string consumer, IEnumerable<CalledRoute> calls, IReadOnlyList<ProviderApi> providers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(providers);
        var findings = new List<Finding>();
        foreach (var call in calls)
        {
            var matches = providers
                .SelectMany(provider => provider.Operations.Select(operation => (Provider: provider, Operation: operation)))
                .Where(pair => pair.Operation.Path.Matches(call.Path) && (call.Method is null || pair.Operation.Method == call.Method))
                .ToList();
            if (matches.Count == 0)
            {
                findings.Add(await NotDocumentedAsync(consumer, call, providers, cancellationToken).ConfigureAwait(false));
                continue;
            }

            var dead = matches
                .Select(pair => (pair.Provider, pair.Operation, Probe: pair.Provider.Probed.FirstOrDefault(p => p.Operation.Method == pair.Operation.Method && p.Operation.Path.Template == pair.Operation.Path.Template)))
                .Where(match => match.Probe is { NotServed: true })
                .ToList();
            if (dead.Count == matches.Count)
            {
                var (provider, operation, probe) = dead[0];
                var hint = await LiveSuggestionAsync(provider, operation.Method, call.Path, cancellationToken).ConfigureAwait(false);
                findings.Add(new Finding(
                    DriftRules.CalledRouteNotServed,
                    Severity.Error,
                    Lens.Drift,
                    $"{consumer} calls {operation.Method} {call.Path}; {provider.Name}'s document lists it, but the running {provider.Name} answers {probe!.Outcome.Status} there{hint}",
                    call.Where,
                    [provider.Document.Locate(operation.Pointer), new EndpointLocation(probe.Outcome.Method, probe.Outcome.Url.ToString())],
                    "Call the route the provider serves, and correct the provider's document."));
            }
        }

        return findings;
    }

    private static async Task<Finding> NotDocumentedAsync(string consumer, CalledRoute call, IReadOnlyList<ProviderApi> providers, CancellationToken cancellationToken)
    {
        var documented = providers.SelectMany(p => p.Operations.Select(o => (Provider: p, Operation: o))).ToList();
        var suggestion = NearMiss.Suggest(call.Path, documented.Select(d => d.Operation.Path.Template).Distinct());
        var target = documented.Where(d => d.Operation.Path.Template == suggestion).Select(d => ((ProviderApi, DocumentedOperation)?)d).FirstOrDefault();
        var hint = suggestion is not null ? $"; did you mean {suggestion}?" : "";
        if (suggestion is null && providers.FirstOrDefault(p => p.Live is not null) is { } live)
        {
            hint = await LiveSuggestionAsync(live, call.Method ?? "GET", call.Path, cancellationToken).ConfigureAwait(false);
        }

        var names = string.Join(", ", providers.Select(p => p.Name));
        ImmutableArray<Location> related = target is var (provider, operation)
            ? [provider.Document.Locate(operation.Pointer)]
            : [.. providers.Select(p => (Location)p.Document.Locate("#/paths"))];
        return new Finding(
            DriftRules.CalledRouteNotServed,
            Severity.Error,
            Lens.Drift,
            $"{consumer} calls {call.Method ?? "a request to"} {call.Path}, which no document of the services it consumes ({names}) lists{hint}",
            call.Where,
            related,
            "Call a route the provider documents and serves, or have the provider document and serve this one.");
    }

    /// <summary>"; did you mean X (answers N live)?" when a near-miss variant of the path is served, else empty.</summary>
    private static async Task<string> LiveSuggestionAsync(ProviderApi provider, string method, string path, CancellationToken cancellationToken)
    {
        if (provider.Live is not { } live)
        {
            return "";
        }

        foreach (var variant in NearMiss.Variants(path).Distinct(StringComparer.Ordinal).Take(12))
        {
            var outcome = await live.SendAsync(method, variant, cancellationToken).ConfigureAwait(false);
            if (!outcome.RouteNotServed(notFoundDocumented: false))
            {
                return $"; did you mean {variant} (it answers {outcome.Status})?";
            }
        }

        return "";
    }
}
