using System.Collections.Immutable;

namespace Concord.Cli.Check;

/// <summary>
/// What each step of a check run checked on each consumer → provider edge (routes matched against a document, pact
/// interactions verified or compared), so the report can tell an edge that agrees from one nothing looked at. The
/// steps run one after another, so it needs no locking.
/// </summary>
internal sealed class EdgeChecks
{
    private readonly Dictionary<(string Consumer, string Provider), List<string>> _done = [];

    public void Add(string consumer, string provider, string what)
    {
        if (!_done.TryGetValue((consumer, provider), out var done))
        {
            _done[(consumer, provider)] = done = [];
        }

        done.Add(what);
    }

    /// <summary>Every phrase recorded for the edge, in the order the steps ran; empty when nothing was checked there.</summary>
    public ImmutableArray<string> Of(string consumer, string provider) =>
        _done.TryGetValue((consumer, provider), out var done) ? [.. done] : [];
}
