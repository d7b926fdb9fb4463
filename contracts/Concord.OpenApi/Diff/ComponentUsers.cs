using Concord.OpenApi.Rules;

namespace Concord.OpenApi.Diff;

/// <summary>Who uses each schema component, in either version, so a component's findings can list them.</summary>
internal sealed class ComponentUsers
{
    private readonly ComponentReach _baseReach;
    private readonly ComponentReach _revisionReach;
    private readonly SortedDictionary<string, OperationEntry> _before;
    private readonly SortedDictionary<string, OperationEntry> _after;

    public ComponentUsers(DiffContext context, SortedDictionary<string, OperationEntry> before, SortedDictionary<string, OperationEntry> after)
    {
        _before = before;
        _after = after;
        _baseReach = ComponentReach.Build(context.Base.Model, before.Values);
        _revisionReach = ComponentReach.Build(context.Revision.Model, after.Values);
    }

    /// <summary>
    /// The operations a change between the component's two versions reaches: those that reach it in the base
    /// (by its base name) <em>and</em> in the revision (by its revision name). An operation that reaches it in
    /// one version only switched to or from it; what changed for that operation is its own schema, which is
    /// compared where the operation refers to it, so the component's changes are not pinned on it.
    /// </summary>
    public Reach For(string? baseId, string? revisionId, ChangeDirection direction)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var revisionKeys = new SortedSet<string>(StringComparer.Ordinal);
        Collect(_baseReach, baseId, direction, keys);
        Collect(_revisionReach, revisionId, direction, revisionKeys);
        keys.IntersectWith(revisionKeys);

        var operations = new List<ReachedOperation>();
        foreach (var key in keys)
        {
            if (_after.TryGetValue(key, out var operation))
            {
                operations.Add(new ReachedOperation(operation, InRevision: true));
            }
            else if (_before.TryGetValue(key, out operation))
            {
                operations.Add(new ReachedOperation(operation, InRevision: false));
            }
        }

        return new Reach(operations);
    }

    private static void Collect(ComponentReach reach, string? id, ChangeDirection direction, SortedSet<string> keys)
    {
        if (id is not null && reach.ByComponent.TryGetValue(id, out var directions) && directions.TryGetValue(direction, out var operationKeys))
        {
            keys.UnionWith(operationKeys);
        }
    }
}
