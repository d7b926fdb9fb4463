using Concord.Cli.Systems;
using Concord.Core.Findings;
using Concord.OpenApi.Drift;
using Concord.Pact.Findings;

namespace Concord.Cli.Check;

/// <summary>
/// Names the disagreement each finding is evidence of (consumer, provider, what about), so that a route
/// mismatch seen by drift, by a pact and by the code reads as one entry with each lens's evidence. Route
/// subjects are built alike by <see cref="Disagreement.ForRoute"/>; a finding this cannot place stands alone.
/// </summary>
internal sealed class Disagreements(IReadOnlyList<ServiceEntry> services, IReadOnlyList<PactFile> pacts)
{
    /// <summary>A drift finding about a call site: the route the consumer calls on the provider.</summary>
    public static Finding ForCall(Finding finding, string consumer, string? provider, IReadOnlyList<CalledRoute> calls)
    {
        if (provider is null || finding.Location is not SourceLocation where
            || calls.FirstOrDefault(c => c.Where == where) is not { } call)
        {
            return finding;
        }

        return finding with { Disagreement = Disagreement.ForRoute(consumer, provider, call.Method ?? "GET", call.Path) };
    }

    /// <summary>Every finding without a disagreement gets one where its sides can be told.</summary>
    public IReadOnlyList<Finding> Assign(IReadOnlyList<Finding> findings)
    {
        var placed = findings.Select(Place).ToList();
        // A documented route that is not live belongs to the provider; when a consumer's call or pact is about the
        // same route, it is more evidence of that disagreement.
        var byRoute = placed.Where(f => f.Disagreement is not null)
            .GroupBy(f => (f.Disagreement!.Provider, f.Disagreement.Subject))
            .ToDictionary(g => g.Key, g => g.First().Disagreement!);
        return [.. placed.Select(f => f.Disagreement is null && f.RuleId == DriftRules.DocumentedRouteNotLive && Route(f) is { } route
            && byRoute.GetValueOrDefault((route.Provider, route.Subject)) is { } shared ? f with { Disagreement = shared } : f)];
    }

    private Finding Place(Finding finding)
    {
        if (finding.Disagreement is not null)
        {
            return finding;
        }

        return finding.RuleId switch
        {
            ContractRules.InteractionMismatch or ContractRules.InteractionNotVerified or ContractRules.PendingInteractionFails => FromInteraction(finding),
            ContractRules.NoSuccessResponseCovered => FromPact(finding),
            _ => finding,
        };
    }

    private Finding FromInteraction(Finding finding)
    {
        if (finding.Location is not PactLocation where || pacts.FirstOrDefault(p => p.Path == where.PactFile) is not { } pact
            || pact.Requests.FirstOrDefault(r => r.Description == where.Interaction) is not { } request)
        {
            return finding;
        }

        return finding with { Disagreement = Disagreement.ForRoute(pact.Consumer, pact.Provider, request.Method, request.Path) };
    }

    /// <summary>A pact-wide finding is about its one route, when all its interactions request one.</summary>
    private Finding FromPact(Finding finding)
    {
        if (finding.Location is not PactLocation where || pacts.FirstOrDefault(p => p.Path == where.PactFile) is not { } pact)
        {
            return finding;
        }

        var routes = pact.Requests.Select(r => Disagreement.ForRoute(pact.Consumer, pact.Provider, r.Method, r.Path)).Distinct().ToList();
        return routes.Count == 1 ? finding with { Disagreement = routes[0] } : finding;
    }

    /// <summary>A code finding about a request to a provider (CORD001's, CORD006's, CORD007's method and route), placed on that route.</summary>
    public Finding ForCode(Finding finding, ServiceEntry consumer, CodeDiagnostic diagnostic, string? provider)
    {
        // CORD001 names the request as RequestUrl and HttpMethod; CORD006 and CORD007 as Route and Method.
        if ((diagnostic.Property("RequestUrl") ?? diagnostic.Property("Route")) is { } url && provider is not null)
        {
            return finding with { Disagreement = Disagreement.ForRoute(consumer.Name, provider, diagnostic.Property("HttpMethod") ?? diagnostic.Property("Method") ?? "POST", url) };
        }

        if (diagnostic.Property("SettingName") is { } key && ProviderBehind(consumer, key) is { } target)
        {
            return finding with { Disagreement = new Disagreement(consumer.Name, target, $"base address {key}") };
        }

        return finding;
    }

    /// <summary>The service a consumer's setting points at: its value in the system is <c>${url:Service}</c>.</summary>
    private string? ProviderBehind(ServiceEntry consumer, string key)
    {
        var value = consumer.Environment.GetValueOrDefault(key) ?? consumer.Environment.GetValueOrDefault(key.Replace(":", "__", StringComparison.Ordinal));
        return value is null ? null : services.FirstOrDefault(s => value.Contains($"${{url:{s.Name}}}", StringComparison.Ordinal))?.Name;
    }

    /// <summary>The provider and route subject of a CORD401, read from its document pointer (<c>/paths/~1orders~1{id}/get</c>).</summary>
    private (string Provider, string Subject)? Route(Finding finding)
    {
        if (finding.Location is not SpecLocation where)
        {
            return null;
        }

        var parts = where.JsonPointer.TrimStart('#').Split('/');
        if (parts.Length != 4 || parts[1] != "paths")
        {
            return null;
        }

        var path = parts[2].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        var provider = services.FirstOrDefault(s => s.OpenApi is not null && Path.GetFullPath(s.OpenApi) == Path.GetFullPath(where.Document))?.Name;
        return provider is null ? null : (provider, Disagreement.ForRoute("", provider, parts[3], path).Subject);
    }
}
