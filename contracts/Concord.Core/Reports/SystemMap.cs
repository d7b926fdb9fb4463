using System.Collections.Immutable;

namespace Concord.Core.Reports;

/// <summary>
/// The system a run checked, as reports draw it: services as nodes, and an edge from each consumer to
/// each provider it calls. Findings join an edge through their <see cref="Findings.Finding.Disagreement"/>
/// (its consumer and provider); an edge no finding names is drawn as agreeing.
/// </summary>
/// <param name="Services">Every service, consumers and providers alike; names as the system file or discovery gives them.</param>
/// <param name="Edges">Who calls whom.</param>
public sealed record SystemMap(ImmutableArray<SystemService> Services, ImmutableArray<SystemEdge> Edges)
{
    /// <summary>A map with no services.</summary>
    public static SystemMap Empty { get; } = new([], []);

    /// <summary>The services, never default.</summary>
    public ImmutableArray<SystemService> Services { get; init; } = Services.IsDefault ? [] : Services;

    /// <summary>The edges, never default.</summary>
    public ImmutableArray<SystemEdge> Edges { get; init; } = Edges.IsDefault ? [] : Edges;
}

/// <summary>A service of the system: one node of the map.</summary>
/// <param name="Name">Its name, e.g. <c>orders</c>; the same string findings' disagreements use.</param>
public sealed record SystemService(string Name)
{
    /// <summary>What it is, when known, e.g. <c>project</c> or <c>container</c>; shown under the name.</summary>
    public string? Kind { get; init; }
}

/// <summary>A consumes-edge: <paramref name="Consumer"/> calls <paramref name="Provider"/>.</summary>
/// <param name="Consumer">The calling service's name.</param>
/// <param name="Provider">The called service's name.</param>
public sealed record SystemEdge(string Consumer, string Provider)
{
    /// <summary>How the consumer finds the provider, when known, e.g. the configuration key <c>Services:Orders</c>.</summary>
    public string? Via { get; init; }

    /// <summary>
    /// What the run checked on this edge, one short phrase each (e.g. <c>drift: 3 called routes against its served
    /// document</c>). Empty: the run checked nothing there, and reports say so rather than draw the edge as agreeing.
    /// Null: the run does not say (the edge is drawn from its findings alone).
    /// </summary>
    public ImmutableArray<string>? Checked { get; init; }
}
