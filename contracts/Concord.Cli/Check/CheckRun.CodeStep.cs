using Concord.Cli.Check.Build;
using Concord.Cli.Systems;
using Concord.Core.Findings;
using Concord.OpenApi.Drift;

namespace Concord.Cli.Check;

/// <summary>The code step of a run: the analyzers' findings and HTTP inventory read from the build, and each finding given its other side from the system.</summary>
internal sealed partial class CheckRun
{
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
