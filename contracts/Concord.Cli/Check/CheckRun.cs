using System.Collections.Immutable;
using System.Diagnostics;
using Concord.Core.Findings;
using Concord.OpenApi.Diff;
using Concord.OpenApi.Drift;
using Concord.OpenApi.Loading;
using Concord.Pact.Findings;
using Concord.Pact.Provider;

namespace Concord.Cli.Check;

/// <summary>
/// Every lens over one system: builds each project (code lens, from the compiler's SARIF log), starts
/// every service that serves, verifies every pact against its running provider (contract lens), diffs
/// each served document against the committed one (spec lens), and checks called and documented routes
/// against the live services (drift). Services it started are stopped whatever happens.
/// </summary>
internal sealed class CheckRun(SystemFile system, TextWriter progress)
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public async Task<IReadOnlyList<Finding>> RunAsync(CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var built = new Dictionary<string, BuiltProject>(StringComparer.Ordinal);
        foreach (var project in system.Services.Select(s => s.Project).Distinct(StringComparer.Ordinal))
        {
            Say($"building {Relative(project)}");
            built[project] = await ProjectBuild.RunAsync(project, cancellationToken).ConfigureAwait(false);
        }

        var documents = system.Services.Where(s => s.OpenApi is not null).ToDictionary(s => s.Name, s => SpecLoader.LoadFile(s.OpenApi!));
        var operations = documents.ToDictionary(d => d.Key, d => DocumentedOperation.Of(d.Value));
        foreach (var service in system.Services)
        {
            findings.AddRange(SarifDiagnostics.Read(built[service.Project]).Select(d => WithOtherSide(d, service, documents, operations)));
        }

        var urls = system.Services.Where(s => s.Start).ToDictionary(s => s.Name, _ => new Uri($"http://127.0.0.1:{ServiceProcess.FreePort()}/"));
        var placeholders = new Placeholders(urls);
        var running = new List<ServiceProcess>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            foreach (var service in system.Services.Where(s => s.Start))
            {
                Say($"starting {service.Name} on {urls[service.Name]}");
                var environment = service.Environment.ToDictionary(pair => pair.Key, pair => placeholders.Expand(pair.Value, $"{system.Path}: {service.Name}.env.{pair.Key}"));
                environment["CONCORD_PROVIDER_STATES"] = "true";
                running.Add(ServiceProcess.Start(service.Name, built[service.Project].TargetPath, urls[service.Name], environment));
            }

            await Task.WhenAll(running.Select(process =>
                process.WaitUntilReadyAsync(http, system[process.Name].Health, s_startTimeout, cancellationToken))).ConfigureAwait(false);
            Say("all services ready");

            var providers = new Dictionary<string, ProviderApi>(StringComparer.Ordinal);
            foreach (var service in system.Services.Where(s => s.OpenApi is not null))
            {
                var live = urls.TryGetValue(service.Name, out var url) ? new LiveProbe(http, url) : null;
                var document = documents[service.Name];
                var probed = live is null ? [] : await live.ProbeAsync(operations[service.Name], cancellationToken).ConfigureAwait(false);
                providers[service.Name] = new ProviderApi(service.Name, document, live, probed);
                if (live is not null)
                {
                    Say($"spec: served vs committed document of {service.Name}; drift: {probed.Count} documented routes probed");
                    findings.AddRange(await ServedDocumentAsync(service, document, http, url!, cancellationToken).ConfigureAwait(false));
                    findings.AddRange(await DriftChecks.DocumentedRoutesNotLiveAsync(providers[service.Name], cancellationToken).ConfigureAwait(false));
                }
            }

            foreach (var consumer in system.Services.Where(s => s.Consumes.Count > 0))
            {
                var calls = RouteLiterals.In(built[consumer.Project].CompiledFiles);
                Say($"drift: {calls.Count} called routes of {consumer.Name}");
                var consumed = consumer.Consumes.Where(providers.ContainsKey).Select(name => providers[name]).ToList();
                findings.AddRange(await DriftChecks.CalledRoutesNotServedAsync(consumer.Name, calls, consumed, cancellationToken).ConfigureAwait(false));
            }

            findings.AddRange(await VerifyPactsAsync(urls, placeholders, documents, operations, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            foreach (var process in running)
            {
                await process.DisposeAsync().ConfigureAwait(false);
            }

            Say("services stopped");
        }

        return [.. findings.Select(f => WithoutSecrets(f, placeholders.Secrets))];
    }

    /// <summary>The run's own secrets (test keys it made) never reach a report, whatever a lens quoted.</summary>
    private static Finding WithoutSecrets(Finding finding, IEnumerable<string> secrets) =>
        secrets.Aggregate(finding, (current, secret) => current.Message.Contains(secret, StringComparison.Ordinal)
            ? current with { Message = current.Message.Replace(secret, "[redacted]", StringComparison.Ordinal) }
            : current);

    private async Task<IEnumerable<Finding>> ServedDocumentAsync(ServiceEntry service, SpecDocument committed, HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        var served = new Uri(url, "openapi.json");
        using var response = await http.GetAsync(served, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return [NotServed(service, committed, served, $"answers {(int)response.StatusCode}")];
        }

        try
        {
            var document = SpecLoader.LoadText(served.ToString(), await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            return SpecDiff.Compare(committed, document);
        }
        catch (SpecLoadException e)
        {
            return [NotServed(service, committed, served, $"serves a document that cannot be read: {e.Message}")];
        }
    }

    private static Finding NotServed(ServiceEntry service, SpecDocument committed, Uri served, string what) => new(
        DriftRules.DocumentNotServed,
        Severity.Warning,
        Lens.Drift,
        $"{service.Name} does not serve its OpenAPI document: GET {served} {what}",
        new EndpointLocation("GET", served.ToString()),
        [committed.Locate("#/info")],
        "Serve the committed document at /openapi.json, so clients and checks see what runs.");

    private async Task<IEnumerable<Finding>> VerifyPactsAsync(
        IReadOnlyDictionary<string, Uri> urls,
        Placeholders placeholders,
        IReadOnlyDictionary<string, SpecDocument> documents,
        IReadOnlyDictionary<string, IReadOnlyList<DocumentedOperation>> operations,
        CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var pacts = PactFile.In(system.PactFolder);
        foreach (var group in pacts.GroupBy(p => p.Provider, StringComparer.Ordinal))
        {
            if (!urls.TryGetValue(group.Key, out var url))
            {
                throw new CheckFailedException($"{group.First().Path}: provider \"{group.Key}\" is not a started service of {system.Path}.");
            }

            Say($"contract: verifying {group.Count()} pact(s) against {group.Key}");
            var verifier = new PactVerifier(group.Key).WithProvider(url);
            if (group.Any(p => p.UsesProviderStates))
            {
                verifier.WithProviderStateUrl(new Uri(url, "pact/provider-states"));
            }

            foreach (var pact in group)
            {
                verifier.WithPactFile(pact.Path);
            }

            foreach (var (name, value) in system[group.Key].VerifyHeaders)
            {
                verifier.WithCustomHeader(name, placeholders.Expand(value, $"{system.Path}: {group.Key}.verifyHeaders.{name}"));
            }

            var result = await verifier.VerifyAsync(cancellationToken).ConfigureAwait(false);
            var providerDocument = documents.GetValueOrDefault(group.Key);
            var providerOperations = operations.GetValueOrDefault(group.Key);
            findings.AddRange(result.ToFindings().Select(f => WithProviderDocument(f, group.ToList(), providerDocument, providerOperations)));
        }

        return findings;
    }

    /// <summary>A pact finding with no other side (coverage) gets the provider's documented operations its interactions request.</summary>
    private static Finding WithProviderDocument(Finding finding, IReadOnlyList<PactFile> pacts, SpecDocument? document, IReadOnlyList<DocumentedOperation>? operations)
    {
        if (finding.Related.Length > 0 || document is null || operations is null || finding.Location is not PactLocation where)
        {
            return finding;
        }

        var paths = pacts.Where(p => p.Path == where.PactFile).SelectMany(p => p.RequestPaths);
        var related = operations.Where(o => paths.Any(o.Path.Matches)).Select(o => (Location)document.Locate(o.Pointer)).ToImmutableArray();
        return related.IsEmpty ? finding : finding with { Related = related };
    }

    /// <summary>
    /// An analyzer sees one side; the system file knows the other. A credential sent to a route gets the
    /// provider's documented operation; a loopback fallback gets the setting the system gives it and the
    /// fallback address. The analyzers hand these over as diagnostic properties (see the rule pages).
    /// </summary>
    private Finding WithOtherSide(
        CodeDiagnostic diagnostic,
        ServiceEntry service,
        IReadOnlyDictionary<string, SpecDocument> documents,
        IReadOnlyDictionary<string, IReadOnlyList<DocumentedOperation>> operations)
    {
        var finding = diagnostic.Finding;
        var related = new List<Location>();
        if (diagnostic.Property("RequestUrl") is { } url && url.StartsWith('/'))
        {
            foreach (var provider in service.Consumes.Where(documents.ContainsKey))
            {
                related.AddRange(operations[provider]
                    .Where(o => o.Path.Matches(url))
                    .Select(o => documents[provider].Locate(o.Pointer)));
            }
        }

        if (diagnostic.Property("FallbackAddress") is { } fallback)
        {
            if (diagnostic.Property("SettingName") is { } key && service.Environment.ContainsKey(key))
            {
                related.Add(new SpecLocation(system.Path, $"/services/{service.Name}/env/{key}"));
            }

            related.Add(new EndpointLocation("GET", fallback));
        }

        return related.Count == 0 ? finding : finding with { Related = [.. related] };
    }

    private void Say(string what) => progress.WriteLine($"concord check [{_clock.Elapsed.TotalSeconds,5:0.0}s] {what}");

    private string Relative(string path) => Path.GetRelativePath(system.Directory, path);
}
