using System.Collections.Immutable;
using Concord.Cli.Check.Build;
using Concord.Cli.Systems;
using Concord.Core.Findings;
using Concord.Core.Reports;
using Concord.OpenApi.Drift;
using Concord.OpenApi.Loading;
using Concord.Pact.Findings;
using Concord.Pact.Provider;

namespace Concord.Cli.Check;

/// <summary>
/// Every lens over one system: one build of all its projects with Concord's analyzers (code lens, and the HTTP
/// inventory that says which routes each consumer calls), the system discovered or read, every service started on
/// 127.0.0.1, every pact verified against its running provider (contract lens), each served document diffed
/// against the committed one (spec lens), and called and documented routes checked against the live services
/// (drift). Services it started are stopped whatever happens.
/// </summary>
internal sealed class CheckRun(SystemSource source, CheckOptions options, CheckProgress progress)
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The rules the run's findings may use, with titles and help links, for the reports.</summary>
    public List<RuleDescriptor> Rules { get; } = [.. DriftRules.Descriptors, .. ContractRuleDescriptors.All, .. Concord.OpenApi.PactComparison.PactComparisonRules.Descriptors];

    /// <summary>The services the run worked on, once known.</summary>
    public IReadOnlyList<ServiceEntry> Services { get; private set; } = [];

    /// <summary>What the run checked on each edge; the map carries it into the reports.</summary>
    private readonly EdgeChecks _checked = new();

    private string CacheFolder => Path.Combine(source.Directory, ".concord-cache", "check");

    /// <summary>Builds the system and discovers its parts: what <c>concord init</c> writes down and every check starts from.</summary>
    public async Task<(IReadOnlyList<BuildInfo> Built, CodeLens Code)> DiscoverAsync(CancellationToken cancellationToken)
    {
        using var exclusive = await BuildLock.AcquireAsync(CacheFolder, progress, cancellationToken).ConfigureAwait(false);
        var build = new SystemBuild(CacheFolder, progress);
        var built = options.NoBuild
            ? build.Previous(source.Projects, source.BuildEntry)
            : await build.RunAsync(source.BuildEntry, source.Projects, cancellationToken).ConfigureAwait(false);
        var code = ReadCodeLens(built);
        var aspire = source.Kind == SystemSourceKind.AspireAppHost
            ? await ReadAppHostAsync(cancellationToken).ConfigureAwait(false)
            : [];
        Services = SystemDiscovery.Services(source, built, code.Inventories, aspire, progress.Say);
        SayWhatWasFound(built);
        return (built, code);
    }

    public async Task<IReadOnlyList<Finding>> RunAsync(CancellationToken cancellationToken)
    {
        var (built, code) = await DiscoverAsync(cancellationToken).ConfigureAwait(false);
        var findings = new List<Finding>();
        var pacts = PactFile.In(source.PactFolder);
        var disagreements = new Disagreements(Services, pacts);
        var documents = Services.Where(s => s.OpenApi is not null).ToDictionary(s => s.Name, s => SpecLoader.LoadFile(s.OpenApi!));

        var urls = Services.Where(s => s.Start).ToDictionary(s => s.Name, _ => new Uri($"http://127.0.0.1:{ServiceProcess.FreePort()}/"));
        var placeholders = new Placeholders(urls);
        var running = new List<ServiceProcess>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            await StartServicesAsync(built, urls, placeholders, running, http, cancellationToken).ConfigureAwait(false);
            var providers = new Dictionary<string, ProviderApi>(StringComparer.Ordinal);
            foreach (var service in Services.Where(s => s.Start || s.OpenApi is not null))
            {
                var (provider, spec) = await ReadProviderAsync(service, built, documents.GetValueOrDefault(service.Name), urls, http, cancellationToken).ConfigureAwait(false);
                if (provider is not null)
                {
                    providers[service.Name] = provider;
                }

                findings.AddRange(spec);
            }

            // Code findings get their other side from the providers' documents, committed or served.
            foreach (var info in built)
            {
                var service = Services.FirstOrDefault(s => s.Project == info.Project);
                findings.AddRange(code.Diagnostics[info.Project].Select(d => service is null ? d.Finding : WithOtherSide(d, service, providers, disagreements)));
            }

            foreach (var consumer in Services.Where(s => s.Consumes.Count > 0))
            {
                findings.AddRange(await CalledRoutesAsync(consumer, code.Inventories.GetValueOrDefault(consumer.Project) ?? HttpInventory.Empty, providers, cancellationToken).ConfigureAwait(false));
            }

            findings.AddRange(await VerifyPactsAsync(pacts, urls, placeholders, documents, cancellationToken).ConfigureAwait(false));
            findings.AddRange(PactDocumentComparison.Run(pacts, documents, providers, Services.ToDictionary(s => s.Name, s => s.Project, StringComparer.Ordinal), progress, _checked));
        }
        finally
        {
            foreach (var process in running)
            {
                await process.DisposeAsync().ConfigureAwait(false);
            }

            if (running.Count > 0)
            {
                progress.Say("services stopped");
            }
        }

        return [.. disagreements.Assign(findings).Select(f => WithoutSecrets(f, placeholders.Secrets))];
    }

    /// <summary>Starts every service that runs, each with its environment and placeholders expanded, and waits until all answer.</summary>
    private async Task StartServicesAsync(
        IReadOnlyList<BuildInfo> built, IReadOnlyDictionary<string, Uri> urls, Placeholders placeholders, List<ServiceProcess> running, HttpClient http, CancellationToken cancellationToken)
    {
        foreach (var service in Services.Where(s => s.Start))
        {
            var environment = service.Environment.ToDictionary(pair => pair.Key, pair => placeholders.Expand(pair.Value, $"{source.Path}: {service.Name}.env.{pair.Key}"));
            environment["CONCORD_PROVIDER_STATES"] = "true";
            if (service.EnvironmentName is { } name)
            {
                environment["ASPNETCORE_ENVIRONMENT"] = name;
                environment["DOTNET_ENVIRONMENT"] = name;
            }

            progress.Say($"starting {service.Name} on {urls[service.Name]}{(service.EnvironmentName is { } env ? $" ({env})" : "")}");
            var target = built.FirstOrDefault(b => b.Project == service.Project)?.TargetPath
                ?? throw new CheckFailedException($"{service.Name}: its project {service.Project} was not built (is it in the solution?).");
            running.Add(ServiceProcess.Start(service.Name, target, urls[service.Name], environment, placeholders.Secrets));
        }

        if (running.Count == 0)
        {
            return;
        }

        using (progress.Step($"waiting for {running.Count} service(s) to answer"))
        {
            var readiness = await Task.WhenAll(running.Select(process =>
                process.WaitUntilReadyAsync(http, Services.First(s => s.Name == process.Name).Health, s_startTimeout, cancellationToken))).ConfigureAwait(false);
            foreach (var (process, ready) in running.Zip(readiness).Where(p => p.Second == Readiness.ListeningButSlow))
            {
                progress.Say($"{process.Name} listens, but GET / was still working after {ServiceProcess.AttemptTimeout.TotalSeconds:0} s; check goes on (give it a health path to wait for more)");
            }
        }

        progress.Say("all services ready");
    }

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

    /// <summary>The system as the reports draw it: every part a node, every consumes-relation an edge.</summary>
    public SystemMap Map => new(
        [.. Services.Select(s => new SystemService(s.Name) { Kind = s.Start ? "service" : "consumer" })],
        [.. Services.SelectMany(s => s.Consumes.Select(p => new SystemEdge(s.Name, p) { Checked = _checked.Of(s.Name, p) }))]);

    /// <summary>Whether the service's document comes from a generator that reads its endpoints (MapOpenApi, Swashbuckle, NSwag).</summary>
    private static bool GeneratesDocument(IReadOnlyList<BuildInfo> built, ServiceEntry service) =>
        built.FirstOrDefault(b => b.Project == service.Project) is { } info
        && (info.References("Microsoft.AspNetCore.OpenApi") || info.References("Swashbuckle.AspNetCore") || info.References("NSwag.AspNetCore"));

    private CodeLens ReadCodeLens(IReadOnlyList<BuildInfo> built)
    {
        var diagnostics = new Dictionary<string, IReadOnlyList<CodeDiagnostic>>(StringComparer.Ordinal);
        var inventories = new Dictionary<string, HttpInventory>(StringComparer.Ordinal);
        var known = new HashSet<string>(Rules.Select(r => r.Id), StringComparer.Ordinal);
        foreach (var info in built)
        {
            var (all, rules, analyzersRan) = SarifDiagnostics.Read(info.SarifLog, info.CompiledFiles);
            if (!analyzersRan)
            {
                // Never a clean project that nobody looked at.
                throw new CheckFailedException($"{info.Project}: Concord's analyzers did not run in its build (no CORD rule in {info.SarifLog}); check cannot vouch for its code.");
            }

            Rules.AddRange(rules.Where(rule => known.Add(rule.Id)));
            inventories[info.Project] = HttpInventory.From(all);
            diagnostics[info.Project] = [.. all.Where(d => !HttpInventory.IsInventory(d.Finding.RuleId))];
        }

        var calls = inventories.Values.Sum(i => i.Calls.Count);
        var clients = inventories.Values.Sum(i => i.Registrations.Count);
        progress.Say($"code: {diagnostics.Values.Sum(d => d.Count)} finding(s) in {built.Count} project(s); {calls} HTTP call(s), {clients} client registration(s)");
        return new CodeLens(diagnostics, inventories);
    }

    private async Task<IReadOnlyList<AspireResource>> ReadAppHostAsync(CancellationToken cancellationToken)
    {
        using (progress.Step($"reading the Aspire app host's model ({Path.GetFileName(source.Path)} --publisher manifest)"))
        {
            return await AspireAppHost.ReadAsync(source.BuildEntry!, CacheFolder, cancellationToken).ConfigureAwait(false);
        }
    }

    private void SayWhatWasFound(IReadOnlyList<BuildInfo> built)
    {
        var started = Services.Where(s => s.Start).Select(s => s.Name).ToList();
        var origin = Services.Select(s => s.Origin).Distinct().FirstOrDefault() ?? source.Kind.ToString();
        progress.Say($"system ({origin}): {Services.Count} part(s) of {built.Count} project(s); services: {(started.Count == 0 ? "none" : string.Join(", ", started))}");
        foreach (var consumer in Services.Where(s => s.Consumes.Count > 0))
        {
            progress.Say($"  {consumer.Name} calls {string.Join(", ", consumer.Consumes)}");
        }
    }

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

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>The run's own secrets (test keys it made) never reach a report, whatever a lens quoted.</summary>
    private static Finding WithoutSecrets(Finding finding, IEnumerable<string> secrets) =>
        secrets.Aggregate(finding, (current, secret) => current.Message.Contains(secret, StringComparison.Ordinal)
            ? current with { Message = current.Message.Replace(secret, "[redacted]", StringComparison.Ordinal) }
            : current);

    private async Task<IEnumerable<Finding>> VerifyPactsAsync(
        IReadOnlyList<PactFile> pacts,
        IReadOnlyDictionary<string, Uri> urls,
        Placeholders placeholders,
        IReadOnlyDictionary<string, SpecDocument> documents,
        CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        if (pacts.Count == 0)
        {
            progress.Say($"contract: no pact in {source.PactFolder}; nothing verified");
        }

        foreach (var group in pacts.GroupBy(p => p.Provider, StringComparer.Ordinal))
        {
            if (!urls.TryGetValue(group.Key, out var url))
            {
                throw new CheckFailedException($"{group.First().Path}: provider \"{group.Key}\" is not a started service of {source.Path} (services: {string.Join(", ", urls.Keys.Order(StringComparer.Ordinal))}).");
            }

            progress.Say($"contract: verifying {group.Count()} pact(s) against {group.Key}");
            var verifier = new PactVerifier(group.Key).WithProvider(url);
            if (group.Any(p => p.UsesProviderStates))
            {
                verifier.WithProviderStateUrl(new Uri(url, "pact/provider-states"));
            }

            foreach (var pact in group)
            {
                verifier.WithPactFile(pact.Path);
            }

            var provider = Services.First(s => s.Name == group.Key);
            foreach (var (name, value) in provider.VerifyHeaders)
            {
                verifier.WithCustomHeader(name, placeholders.Expand(value, $"{source.Path}: {group.Key}.verifyHeaders.{name}"));
            }

            var result = await verifier.VerifyAsync(cancellationToken).ConfigureAwait(false);
            foreach (var pact in group)
            {
                // Counted from what the verifier reports it ran, not from the file: an interaction it could not run
                // was not checked.
                var verified = result.Interactions.Count(i => i.PactFile == pact.Path && i.Error is null);
                if (verified > 0)
                {
                    _checked.Add(pact.Consumer, pact.Provider, $"contract: {Plural(verified, "pact interaction")} verified against the running service");
                }
            }
            var providerDocument = documents.GetValueOrDefault(group.Key);
            // Read once per provider, not once per finding.
            var operations = providerDocument is null ? [] : DocumentedOperation.Of(providerDocument);
            findings.AddRange(result.ToFindings().Select(f => WithProviderDocument(f, [.. group], providerDocument, operations)));
        }

        return findings;
    }

    /// <summary>A pact finding with no other side (coverage) gets the provider's documented operations its interactions request.</summary>
    private static Finding WithProviderDocument(Finding finding, IReadOnlyList<PactFile> pacts, SpecDocument? document, IReadOnlyList<DocumentedOperation> operations)
    {
        if (finding.Related.Length > 0 || document is null || finding.Location is not PactLocation where)
        {
            return finding;
        }

        var paths = pacts.Where(p => p.Path == where.PactFile).SelectMany(p => p.RequestPaths);
        var related = operations.Where(o => paths.Any(o.Path.Matches)).Select(o => (Location)document.Locate(o.Pointer)).ToImmutableArray();
        return related.IsEmpty ? finding : finding with { Related = related };
    }

    /// <summary>
    /// An analyzer sees one side; the system knows the other. A credential sent to a route gets the provider's
    /// documented operation; a loopback fallback gets the setting the system gives it and the fallback address.
    /// The analyzers hand these over as diagnostic properties (see the rule pages).
    /// </summary>
    private Finding WithOtherSide(CodeDiagnostic diagnostic, ServiceEntry service, IReadOnlyDictionary<string, ProviderApi> providers, Disagreements disagreements)
    {
        var finding = diagnostic.Finding;
        var related = new List<Location>();
        string? requested = null;
        if (diagnostic.Property("RequestUrl") is { } url && url.StartsWith('/'))
        {
            foreach (var provider in service.Consumes.Where(providers.ContainsKey).Select(name => providers[name]))
            {
                var operations = provider.Operations.Where(o => o.Path.Matches(url)).ToList();
                requested ??= operations.Count > 0 ? provider.Name : null;
                related.AddRange(operations.Select(o => provider.Document.Locate(o.Pointer)));
            }
        }
        else if (diagnostic.Property("Provider") is { } named && diagnostic.Property("Route") is { } route && providers.TryGetValue(named, out var judged))
        {
            // CORD006 and CORD007 judged the call against one provider's document: the operation they name (CORD006:
            // the route it suggests) is the other side; with none, the document's paths.
            var method = diagnostic.Property("Method");
            var target = diagnostic.Property("Suggestion") ?? route;
            var operations = judged.Operations.Where(o => o.Path.Matches(target) && (method is null || o.Method == method)).ToList();
            related.AddRange(operations.Count > 0 ? operations.Select(o => judged.Document.Locate(o.Pointer)) : [judged.Document.Locate("/paths")]);
            requested = judged.Name;
        }

        if (diagnostic.Property("FallbackAddress") is { } fallback)
        {
            if (diagnostic.Property("SettingName") is { } key && service.Environment.ContainsKey(key) && source.File is { } file)
            {
                related.Add(new SpecLocation(file.Path, $"/services/{service.Name}/env/{key}"));
            }

            related.Add(new EndpointLocation("GET", fallback));
        }

        return disagreements.ForCode(related.Count == 0 ? finding : finding with { Related = [.. related] }, service, diagnostic, requested);
    }
}

/// <summary>What the build's analyzers said, per project: findings (with their properties) and the HTTP inventory.</summary>
internal sealed record CodeLens(IReadOnlyDictionary<string, IReadOnlyList<CodeDiagnostic>> Diagnostics, IReadOnlyDictionary<string, HttpInventory> Inventories);
