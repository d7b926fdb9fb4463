using Concord.Cli.Systems;
using Concord.Core.Findings;
using Concord.OpenApi.Drift;

namespace Concord.Cli.Check;

/// <summary>The drift step of a run: the routes each consumer's code calls, checked against the documents and the running providers.</summary>
internal sealed partial class CheckRun
{
    /// <summary>
    /// The routes a consumer's code calls (the analyzers' CORD090 inventory), each against the provider its client
    /// goes to: the client's registration names it; an absolute URL names it by host or development port; a consumer
    /// of one provider calls that one; otherwise any provider it consumes may serve it. Calls to other hosts are
    /// not the system's business.
    /// </summary>
    private async Task<IEnumerable<Finding>> CalledRoutesAsync(ServiceEntry consumer, HttpInventory inventory, IReadOnlyDictionary<string, ProviderApi> providers, CancellationToken cancellationToken)
    {
        var consumed = Services.Where(s => consumer.Consumes.Contains(s.Name)).ToList();
        var matcher = new ProviderMatcher(consumed);
        var settings = AppSettings.Read(consumer.Project, consumer.EnvironmentName);
        var byClient = inventory.Registrations
            .GroupBy(r => r.Client, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => matcher.ForRegistration(consumer, r, settings)).FirstOrDefault(p => p is not null), StringComparer.Ordinal);
        var groups = new Dictionary<string, List<CalledRoute>>(StringComparer.Ordinal);
        var skipped = 0;
        foreach (var call in inventory.Calls)
        {
            ServiceEntry? provider = call.Absolute is { } absolute ? matcher.ByAddress(absolute.GetLeftPart(UriPartial.Authority)) : byClient.GetValueOrDefault(call.Client);
            if (call.Absolute is not null && provider is null)
            {
                skipped++;
                continue;
            }

            var key = provider?.Name ?? (consumed.Count == 1 ? consumed[0].Name : "");
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(new CalledRoute(call.Path, call.Method, call.Where));
        }

        var findings = new List<Finding>();
        if (inventory.Calls.Count == 0)
        {
            // Said, so that no drift finding is never mistaken for routes that were checked and agree.
            progress.Say($"drift: the call model found no HTTP call in {consumer.Name}; none of its routes was checked");
        }

        foreach (var (providerName, calls) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var targets = providerName.Length > 0
                ? providers.TryGetValue(providerName, out var one) ? [one] : []
                : consumed.Where(c => providers.ContainsKey(c.Name)).Select(c => providers[c.Name]).ToList();
            var toName = providerName.Length > 0 ? providerName : string.Join(" or ", consumed.Select(c => c.Name));
            if (targets.Count == 0)
            {
                findings.Add(NoDocument(consumer, providerName.Length > 0 ? providerName : toName, calls));
                continue;
            }

            progress.Say($"drift: {calls.Count} route(s) {consumer.Name} calls on {toName}");
            foreach (var target in targets)
            {
                _checked.Add(consumer.Name, target.Name, targets.Count == 1
                    ? $"drift: {Plural(calls.Count, "called route")} against its document"
                    : $"drift: {Plural(calls.Count, "called route")} against the documents of {toName}");
            }

            var provider = providerName.Length > 0 ? providerName : targets.Count == 1 ? targets[0].Name : null;
            findings.AddRange((await DriftChecks.CalledRoutesNotServedAsync(consumer.Name, calls, targets, cancellationToken).ConfigureAwait(false))
                .Select(f => Disagreements.ForCall(f, consumer.Name, provider, calls)));
        }

        if (skipped > 0)
        {
            progress.Say($"drift: {skipped} call(s) of {consumer.Name} go to hosts outside the system, not checked");
        }

        return findings;
    }

    /// <summary>A consumer's calls that nothing could check: the provider has no document. Said, never passed over.</summary>
    private Finding NoDocument(ServiceEntry consumer, string provider, IReadOnlyList<CalledRoute> calls)
    {
        var service = Services.FirstOrDefault(s => s.Name == provider);
        var where = service is null ? "" : $" (looked for a committed openapi.json next to {Path.GetFileName(service.Project)} and for one served at {string.Join(", ", service.DocumentUrls)})";
        return new Finding(
            DriftRules.DocumentNotServed,
            Severity.Warning,
            Lens.Drift,
            $"{consumer.Name} calls {calls.Count} route(s) on {provider}, but {provider} has no OpenAPI document{where}, so none of them was checked",
            calls[0].Where,
            service is null ? [] : [new SourceLocation(service.Project, 1, 1)],
            "Serve the provider's OpenAPI document (MapOpenApi in every environment check runs, or a committed openapi.json), or name it in concord.json.");
    }
}
