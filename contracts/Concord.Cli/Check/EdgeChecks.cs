using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Concord.Cli.Check;

/// <summary>
/// What each step of a check run checked on each consumer → provider edge (routes matched against a document, pact
/// interactions verified), so the report can tell an edge that agrees from one nothing looked at.
/// </summary>
internal sealed class EdgeChecks
{
    private readonly ConcurrentDictionary<(string Consumer, string Provider), ConcurrentQueue<string>> _done = new();

    public void Add(string consumer, string provider, string what) =>
        _done.GetOrAdd((consumer, provider), _ => new ConcurrentQueue<string>()).Enqueue(what);

    /// <summary>Every phrase recorded for the edge, in the order the steps ran; empty when nothing was checked there.</summary>
    public ImmutableArray<string> Of(string consumer, string provider) =>
        _done.TryGetValue((consumer, provider), out var done) ? [.. done] : [];
}
