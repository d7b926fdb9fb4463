using Concord.Cli.Check.Build;
using Concord.Cli.Systems;
using Concord.Core.Findings;
using Concord.Core.Reports;
using Concord.OpenApi.Drift;
using Concord.OpenApi.Loading;
using Concord.Pact.Findings;

namespace Concord.Cli.Check;

/// <summary>
/// Every lens over one system: one build of all its projects with Concord's analyzers (code lens, and the HTTP
/// inventory that says which routes each consumer calls), the system discovered or read, every service started on
/// 127.0.0.1, every pact verified against its running provider (contract lens), each served document diffed
/// against the committed one (spec lens), and called and documented routes checked against the live services
/// (drift). Services it started are stopped whatever happens.
/// </summary>
internal sealed partial class CheckRun(SystemSource source, CheckOptions options, CheckProgress progress)
{
    /// <summary>How long the services may take to answer, unless <c>--start-timeout</c> says otherwise.</summary>
    public static readonly TimeSpan DefaultStartTimeout = TimeSpan.FromSeconds(60);

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
        var fromBroker = options.Broker is { } broker
            ? await BrokerPactFiles.FetchAsync(broker, Services.Select(s => s.Name), CacheFolder, progress, cancellationToken).ConfigureAwait(false)
            : BrokerPactFiles.None;
        IReadOnlyList<PactFile> pacts = [.. PactFile.In(source.PactFolder), .. fromBroker.Pacts];
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

        return [.. disagreements.Assign(findings).Select(f => WithoutSecrets(fromBroker.Shown(f), placeholders.Secrets))];
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
                process.WaitUntilReadyAsync(http, Services.First(s => s.Name == process.Name).Health, options.StartTimeout ?? DefaultStartTimeout, cancellationToken))).ConfigureAwait(false);
            foreach (var (process, ready) in running.Zip(readiness).Where(p => p.Second == Readiness.ListeningButSlow))
            {
                progress.Say($"{process.Name} listens, but GET / was still working after {ServiceProcess.AttemptTimeout.TotalSeconds:0} s; check goes on (give it a health path to wait for more)");
            }
        }

        progress.Say("all services ready");
    }

    /// <summary>The system as the reports draw it: every part a node, every consumes-relation an edge.</summary>
    public SystemMap Map => new(
        [.. Services.Select(s => new SystemService(s.Name) { Kind = s.Start ? "service" : "consumer" })],
        [.. Services.SelectMany(s => s.Consumes.Select(p => new SystemEdge(s.Name, p) { Checked = _checked.Of(s.Name, p) }))]);

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

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>The run's own secrets (test keys it made) never reach a report, whatever a lens quoted.</summary>
    private static Finding WithoutSecrets(Finding finding, IEnumerable<string> secrets) =>
        secrets.Aggregate(finding, (current, secret) => current.Message.Contains(secret, StringComparison.Ordinal)
            ? current with { Message = current.Message.Replace(secret, "[redacted]", StringComparison.Ordinal) }
            : current);
}
