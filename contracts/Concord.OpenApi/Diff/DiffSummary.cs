using Concord.Core.Findings;
using Concord.OpenApi.Loading;

namespace Concord.OpenApi.Diff;

/// <summary>
/// How many changes a diff found, per level, per operation and per rule: what <c>concord diff --summary</c> writes.
/// A change inside a shared component counts once in the totals and once for each operation that uses it; a change
/// that belongs to no operation (document info, servers, security schemes, reader notes) is counted as elsewhere.
/// </summary>
public sealed record DiffSummary(LevelCounts Total, IReadOnlyList<OperationCounts> Operations, LevelCounts Elsewhere, IReadOnlyList<RuleCounts> Rules)
{
    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal)
    {
        "get", "put", "post", "delete", "options", "head", "patch", "trace", "query",
    };

    /// <summary>Counts a diff's findings.</summary>
    public static DiffSummary Of(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var operations = new Dictionary<(string Method, string Path), LevelCounts>();
        var elsewhere = LevelCounts.None;
        foreach (var finding in findings)
        {
            var touched = OperationsOf(finding);
            if (touched.Count == 0)
            {
                elsewhere = elsewhere.Add(finding.Severity);
            }

            foreach (var operation in touched)
            {
                operations[operation] = operations.GetValueOrDefault(operation, LevelCounts.None).Add(finding.Severity);
            }
        }

        var rules = findings
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g => new RuleCounts(g.Key, g.First().Severity, g.Count()))
            .OrderByDescending(r => r.Severity).ThenByDescending(r => r.Count).ThenBy(r => r.RuleId, StringComparer.Ordinal)
            .ToArray();

        // Most affected first, so the top of a long summary is what to look at; ties by path and method, so it is stable.
        var ordered = operations
            .Select(o => new OperationCounts(o.Key.Method, o.Key.Path, o.Value))
            .OrderByDescending(o => o.Counts.Breaking).ThenByDescending(o => o.Counts.Warning).ThenByDescending(o => o.Counts.Info)
            .ThenBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)
            .ToArray();

        return new DiffSummary(findings.Aggregate(LevelCounts.None, (counts, f) => counts.Add(f.Severity)), ordered, elsewhere, rules);
    }

    /// <summary>
    /// The operations a finding is about: those a shared component's change is used by (its related locations after
    /// the first), else the operation its revision location, or for something removed its base location, lies in.
    /// </summary>
    private static HashSet<(string Method, string Path)> OperationsOf(Finding finding)
    {
        var found = new HashSet<(string, string)>();
        foreach (var used in finding.Related.Skip(1))
        {
            if (Operation(used) is { } operation)
            {
                found.Add(operation);
            }
        }

        if (found.Count == 0 && (Operation(finding.Location) ?? (finding.Related.Length > 0 ? Operation(finding.Related[0]) : null)) is { } own)
        {
            found.Add(own);
        }

        return found;
    }

    /// <summary>The operation (or path) a spec location lies in: <c>/paths/{path}/{method}/...</c> or <c>/webhooks/{name}/{method}/...</c>.</summary>
    private static (string Method, string Path)? Operation(Location location)
    {
        if (location is not SpecLocation spec)
        {
            return null;
        }

        var tokens = JsonPointer.Split(spec.JsonPointer);
        if (tokens.Count < 2 || tokens[0] is not ("paths" or "webhooks"))
        {
            return null;
        }

        // A change to the path item itself (removed with all its operations, a path-level parameter) has no method.
        var path = tokens[0] == "webhooks" ? "webhook " + tokens[1] : tokens[1];
        return (tokens.Count > 2 && Methods.Contains(tokens[2]) ? tokens[2].ToUpperInvariant() : string.Empty, path);
    }
}

/// <summary>Findings per level; breaking is severity error.</summary>
public sealed record LevelCounts(int Breaking, int Warning, int Info)
{
    public static LevelCounts None { get; } = new(0, 0, 0);

    public int Total => Breaking + Warning + Info;

    public LevelCounts Add(Severity severity) => severity switch
    {
        Severity.Error => this with { Breaking = Breaking + 1 },
        Severity.Warning => this with { Warning = Warning + 1 },
        _ => this with { Info = Info + 1 },
    };
}

/// <summary>
/// The findings about one operation (<c>GET</c>, <c>/users/{id}</c>; a webhook's path is <c>webhook name</c>). The method
/// is empty for a change to a path as a whole (removed or added with all its operations, a path-level parameter).
/// </summary>
public sealed record OperationCounts(string Method, string Path, LevelCounts Counts)
{
    public string Display => Method.Length == 0 ? Path : $"{Method} {Path}";
}

/// <summary>How often one rule fired.</summary>
public sealed record RuleCounts(string RuleId, Severity Severity, int Count);
