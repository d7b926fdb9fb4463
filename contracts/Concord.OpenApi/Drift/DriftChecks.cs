using System.Collections.Immutable;
using Concord.Core.Findings;

namespace Concord.OpenApi.Drift;

/// <summary>
/// The drift checks that need a running provider or a consumer's code: documented routes that are not
/// served (CORD401) and called routes that are not served (CORD400). Every finding names both sides and
/// says on what evidence it rests (the served document, or the live answer compared with a path nobody maps).
/// </summary>
public static class DriftChecks
{
    /// <summary>CORD401 for every documented operation the running provider does not serve.</summary>
    public static async Task<IReadOnlyList<Finding>> DocumentedRoutesNotLiveAsync(ProviderApi provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var findings = new List<Finding>();
        foreach (var operation in provider.Operations)
        {
            if (provider.Verdict(operation) is not { NotServed: true } verdict)
            {
                continue;
            }

            var probe = provider.ProbeOf(operation);
            var what = verdict.State == RouteState.OtherMethodsOnly
                ? $"the running {provider.Name} serves that path for other methods only: {verdict.Evidence}"
                : $"the running {provider.Name} does not map it: {verdict.Evidence}";
            var hint = verdict.State == RouteState.OtherMethodsOnly ? "" : await SuggestionAsync(provider, operation.Method, operation.Path.Template, cancellationToken).ConfigureAwait(false);
            findings.Add(new Finding(
                DriftRules.DocumentedRouteNotLive,
                Severity.Error,
                Lens.Drift,
                $"{operation.Method} {operation.Path.Template} is listed in {provider.Name}'s OpenAPI document, but {what}{hint}",
                provider.Document.Locate(operation.Pointer),
                Evidence(provider, operation.Path, probe),
                verdict.State == RouteState.OtherMethodsOnly
                    ? "Serve the route for the documented method, or document the method it is served for."
                    : "Serve the route, or remove it from the document: clients are built from the document."));
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
            var onPath = providers
                .SelectMany(provider => provider.Operations.Select(operation => (Provider: provider, Operation: operation)))
                .Where(pair => pair.Operation.Path.Matches(call.Path))
                .ToList();
            var matches = onPath.Where(pair => call.Method is null || pair.Operation.Method == call.Method).ToList();
            if (matches.Count == 0)
            {
                if (providers.Any(p => p.ServedLists(call.Path, call.Method)))
                {
                    // Served though not committed: the served-vs-committed comparison reports the document's side.
                    continue;
                }

                findings.Add(onPath.Count > 0
                    ? OtherMethodOnly(consumer, call, onPath)
                    : await NotDocumentedAsync(consumer, call, providers, cancellationToken).ConfigureAwait(false));
                continue;
            }

            var judged = matches.Select(pair => (pair.Provider, pair.Operation, Verdict: pair.Provider.Verdict(pair.Operation))).ToList();
            if (judged.All(match => match.Verdict is { NotServed: true }))
            {
                var (provider, operation, verdict) = judged[0];
                var hint = verdict!.State == RouteState.OtherMethodsOnly ? "" : await SuggestionAsync(provider, operation.Method, call.Path, cancellationToken).ConfigureAwait(false);
                var what = verdict.State == RouteState.OtherMethodsOnly ? "serves that path for other methods only" : "does not map it";
                findings.Add(new Finding(
                    DriftRules.CalledRouteNotServed,
                    Severity.Error,
                    Lens.Drift,
                    $"{consumer} calls {operation.Method} {call.Path}; {provider.Name}'s document lists it, but the running {provider.Name} {what}: {verdict.Evidence}{hint}",
                    call.Where,
                    [provider.Document.Locate(operation.Pointer), .. Evidence(provider, operation.Path, provider.ProbeOf(operation))],
                    "Call the route the provider serves, and correct the provider's document."));
            }
        }

        return findings;
    }

    /// <summary>The call's path is documented, but only for other methods: said as such, with the operations it could mean.</summary>
    private static Finding OtherMethodOnly(string consumer, CalledRoute call, List<(ProviderApi Provider, DocumentedOperation Operation)> onPath)
    {
        var provider = onPath[0].Provider;
        var sameProvider = onPath.Where(pair => pair.Provider == provider).ToList();
        var methods = string.Join(", ", sameProvider.Select(pair => pair.Operation.Method).Distinct(StringComparer.Ordinal));
        return new Finding(
            DriftRules.CalledRouteNotServed,
            Severity.Error,
            Lens.Drift,
            $"{consumer} calls {call.Method} {call.Path}, but {provider.Name}'s document lists {sameProvider[0].Operation.Path.Template} only for {methods}",
            call.Where,
            [.. sameProvider.Select(pair => (Location)provider.Document.Locate(pair.Operation.Pointer))],
            $"Call {sameProvider[0].Operation.Path.Template} with {methods}, or have {provider.Name} document and serve {call.Method} there.");
    }

    private static async Task<Finding> NotDocumentedAsync(string consumer, CalledRoute call, IReadOnlyList<ProviderApi> providers, CancellationToken cancellationToken)
    {
        var documented = providers.SelectMany(p => p.Operations.Select(o => (Provider: p, Operation: o))).ToList();
        var sameMethod = documented.Where(d => call.Method is null || d.Operation.Method == call.Method).Select(d => d.Operation.Path.Template).Distinct();
        var suggestion = NearMiss.Suggest(call.Path, sameMethod) ?? NearMiss.Suggest(call.Path, documented.Select(d => d.Operation.Path.Template).Distinct());
        var target = documented
            .Where(d => d.Operation.Path.Template == suggestion)
            .OrderBy(d => d.Operation.Method == call.Method ? 0 : 1)
            .Select(d => ((ProviderApi, DocumentedOperation)?)d)
            .FirstOrDefault();
        var hint = "";
        if (target is var (suggestedProvider, suggestedOperation))
        {
            hint = call.Method is null || suggestedOperation.Method == call.Method
                ? $"; did you mean {suggestion}?"
                : $"; did you mean {suggestion} (documented for {suggestedOperation.Method})?";
        }
        else if (providers.FirstOrDefault(p => p.Live is not null || p.Served is not null) is { } running)
        {
            hint = await SuggestionAsync(running, call.Method ?? "GET", call.Path, cancellationToken).ConfigureAwait(false);
        }

        var names = string.Join(", ", providers.Select(p => p.Name));
        ImmutableArray<Location> related = target is var (provider, operation)
            ? [provider.Document.Locate(operation.Pointer)]
            : [.. providers.Select(p => (Location)p.Document.Locate("#/paths"))];
        return new Finding(
            DriftRules.CalledRouteNotServed,
            Severity.Error,
            Lens.Drift,
            $"{consumer} calls {(call.Method is null ? call.Path + " (any method)" : call.Method + " " + call.Path)}, which no document of the services it consumes ({names}) lists{hint}",
            call.Where,
            related,
            "Call a route the provider documents and serves, or have the provider document and serve this one.");
    }

    /// <summary>The other side's evidence: the live endpoint probed, and the served document's paths when it was read.</summary>
    private static ImmutableArray<Location> Evidence(ProviderApi provider, RouteTemplate path, ProbedOperation? probe)
    {
        var locations = new List<Location>();
        if (probe is not null)
        {
            locations.Add(new EndpointLocation(probe.Outcome.Method, probe.Outcome.Url.ToString()));
        }

        if (provider.Served is { } served)
        {
            var listed = provider.ServedOperations!.FirstOrDefault(s => s.Path.Shape == path.Shape);
            locations.Add(served.Locate(listed?.Pointer is { } pointer ? pointer[..pointer.LastIndexOf('/')] : "#/paths"));
        }

        return [.. locations];
    }

    /// <summary>
    /// "; did you mean X?" for a route that is served near <paramref name="path"/>: the closest close path the
    /// served document lists for <paramref name="method"/> (see <see cref="NearMiss"/>), else a near-miss variant
    /// of the path the running provider answers with a handler. Empty when nothing close is served.
    /// </summary>
    private static async Task<string> SuggestionAsync(ProviderApi provider, string method, string path, CancellationToken cancellationToken)
    {
        if (provider.ServedOperations is { } served
            && NearMiss.Suggest(path, served.Where(s => s.Method == method).Select(s => s.Path.Template).Distinct()) is { } listed)
        {
            return $"; did you mean {listed} (the served document lists it)?";
        }

        if (provider.Live is not { } live)
        {
            return "";
        }

        var unmapped = await live.UnmappedAsync(method, cancellationToken).ConfigureAwait(false);
        foreach (var variant in NearMiss.Variants(path).Distinct(StringComparer.Ordinal).Take(12))
        {
            var outcome = await live.SendAsync(method, new RouteTemplate(variant).Instantiate("concord-probe"), cancellationToken).ConfigureAwait(false);
            if (RouteVerdict.Judge(outcome, unmapped, notFoundDocumented: false).State == RouteState.Served)
            {
                return $"; did you mean {variant} (it answers {outcome.Status})?";
            }
        }

        return "";
    }
}
