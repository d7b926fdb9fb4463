using System.Collections.Immutable;
using Concord.Core.Findings;

namespace Concord.Core.Reports;

/// <summary>An edge of the map as reports draw it: who calls whom, and how much the two disagree.</summary>
/// <param name="Id">Stable id, see <see cref="DisagreementGroup.EdgeIdOf"/>.</param>
/// <param name="Consumer">The calling service.</param>
/// <param name="Provider">The called service.</param>
/// <param name="Via">How the consumer finds the provider, when known.</param>
/// <param name="Worst">The most severe finding on the edge; <c>null</c> when the two sides agree.</param>
/// <param name="Findings">How many findings name the edge.</param>
/// <param name="Disagreements">How many disagreements are on the edge.</param>
/// <param name="Declared">Whether the system map had the edge (otherwise only a finding named it).</param>
/// <param name="Checked">What the run checked on the edge; null when the run does not say (see <see cref="SystemEdge.Checked"/>).</param>
internal sealed record MapEdge(string Id, string Consumer, string Provider, string? Via, Severity? Worst, int Findings, int Disagreements, bool Declared, ImmutableArray<string>? Checked)
{
    /// <summary>
    /// The edge's state as every report names it: its worst finding's severity; else <c>unchecked</c> when the run
    /// says it checked nothing there (no finding is not agreement then); else <c>agrees</c>.
    /// </summary>
    public string Status => Worst is { } worst ? ReportNames.Of(worst) : Checked is { IsEmpty: true } ? "unchecked" : "agrees";
}

/// <summary>The system map with each edge's agreement, redacted and in a stable order (services and edges by name).</summary>
internal sealed record MapModel(ImmutableArray<SystemService> Services, ImmutableArray<MapEdge> Edges)
{
    public bool IsEmpty => Services.IsEmpty;

    public static MapModel Create(SystemMap? declared, IReadOnlyList<DisagreementGroup> groups, Func<string, string> redact)
    {
        var map = declared ?? SystemMap.Empty;
        var services = new Dictionary<string, SystemService>(StringComparer.Ordinal);
        void AddService(SystemService service)
        {
            var named = service with { Name = redact(service.Name), Kind = service.Kind is null ? null : redact(service.Kind) };
            services.TryAdd(named.Name, named);
        }

        foreach (var service in map.Services)
        {
            AddService(service);
        }

        var edges = new Dictionary<(string, string), (string? Via, bool Declared, ImmutableArray<string>? Checked)>();
        foreach (var edge in map.Edges)
        {
            var key = (redact(edge.Consumer), redact(edge.Provider));
            edges.TryAdd(key, (edge.Via is null ? null : redact(edge.Via), true, edge.Checked is { } done ? [.. done.Select(redact)] : null));
        }

        foreach (var group in groups)
        {
            edges.TryAdd((group.Disagreement.Consumer, group.Disagreement.Provider), (null, false, null));
        }

        foreach (var (consumer, provider) in edges.Keys)
        {
            AddService(new SystemService(consumer));
            AddService(new SystemService(provider));
        }

        var byEdge = groups.ToLookup(group => (group.Disagreement.Consumer, group.Disagreement.Provider));
        var built = edges
            .Select(pair =>
            {
                var (consumer, provider) = pair.Key;
                var on = byEdge[(consumer, provider)].ToArray();
                return new MapEdge(
                    DisagreementGroup.EdgeIdOf(consumer, provider), consumer, provider, pair.Value.Via,
                    on.Length == 0 ? null : on.Max(group => group.Severity),
                    on.Sum(group => group.Findings.Length), on.Length, pair.Value.Declared, pair.Value.Checked);
            })
            .OrderBy(edge => edge.Consumer, StringComparer.Ordinal)
            .ThenBy(edge => edge.Provider, StringComparer.Ordinal);
        return new MapModel([.. services.Values.OrderBy(service => service.Name, StringComparer.Ordinal)], [.. built]);
    }
}
