using Concord.OpenApi.Rules;

namespace Concord.OpenApi.Diff;

/// <summary>
/// Matches operations by method and normalised path; reports removed, added and moved operations.
/// A removed path is one finding, not one per operation; an operation that reappears under another
/// prefix (e.g. <c>/api/2.0/x</c> to <c>/ajax-api/2.0/x</c>) is reported as moved.
/// </summary>
internal sealed class PathComparer(DiffContext context)
{
    public List<(OperationEntry Before, OperationEntry After)> Compare(SortedDictionary<string, OperationEntry> before, SortedDictionary<string, OperationEntry> after)
    {
        var matched = before.Keys.Where(after.ContainsKey).Select(k => (before[k], after[k])).ToList();
        var removed = before.Values.Where(o => !after.ContainsKey(o.Key)).ToList();
        var added = after.Values.Where(o => !before.ContainsKey(o.Key)).ToList();
        var basePaths = before.Values.Select(o => o.Path.Key).ToHashSet(StringComparer.Ordinal);
        var revisionPaths = after.Values.Select(o => o.Path.Key).ToHashSet(StringComparer.Ordinal);
        var moves = Moves(removed, added);

        var removedWholePaths = new SortedDictionary<string, OperationEntry>(StringComparer.Ordinal);
        foreach (var operation in removed)
        {
            if (moves.TryGetValue(operation.Key, out var target))
            {
                context.Report(SpecRules.OperationMoved, operation.Display, operation.Pointer, target.Pointer, null, target.Display);
                continue;
            }

            if (Deprecations.RemovalRule(context, operation, out var sunset) is { } deprecationRule)
            {
                context.Report(deprecationRule, operation.Display, operation.Pointer, "#/paths", sunset);
                continue;
            }

            if (!revisionPaths.Contains(operation.Path.Key))
            {
                removedWholePaths.TryAdd(operation.Path.Key, operation);
                continue;
            }

            context.Report(SpecRules.OperationRemoved, operation.Display, operation.Pointer, "#/paths");
        }

        foreach (var operation in removedWholePaths.Values)
        {
            context.Report(SpecRules.PathRemoved, operation.Path.Raw, operation.PathPointer, "#/paths");
        }

        var moveTargets = moves.Values.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var reportedNewPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in added.Where(o => !moveTargets.Contains(o.Key)))
        {
            if (!basePaths.Contains(operation.Path.Key))
            {
                if (reportedNewPaths.Add(operation.Path.Key))
                {
                    context.Report(SpecRules.PathAdded, operation.Path.Raw, "#/paths", operation.PathPointer);
                }

                continue;
            }

            context.Report(SpecRules.OperationAdded, operation.Display, "#/paths", operation.Pointer);
        }

        return matched;
    }

    /// <summary>
    /// A removed operation moved when exactly one added operation with the same method shares its path
    /// after a different prefix of at most two segments, and at least one segment remains in common.
    /// </summary>
    private static Dictionary<string, OperationEntry> Moves(List<OperationEntry> removed, List<OperationEntry> added)
    {
        var moves = new Dictionary<string, OperationEntry>(StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in removed)
        {
            var candidates = added.Where(a => a.Method == operation.Method && !claimed.Contains(a.Key) && SamePathUnderNewPrefix(operation.Path.Segments, a.Path.Segments)).ToArray();
            if (candidates.Length == 1)
            {
                moves[operation.Key] = candidates[0];
                claimed.Add(candidates[0].Key);
            }
        }

        return moves;
    }

    private static bool SamePathUnderNewPrefix(string[] before, string[] after)
    {
        var common = 0;
        while (common < before.Length && common < after.Length
            && string.Equals(before[^(common + 1)], after[^(common + 1)], StringComparison.Ordinal))
        {
            common++;
        }

        var baseRest = before.Length - common;
        var revisionRest = after.Length - common;
        return common >= 1 && baseRest is >= 1 and <= 2 && revisionRest is >= 0 and <= 2 && common >= Math.Max(baseRest, revisionRest);
    }
}
