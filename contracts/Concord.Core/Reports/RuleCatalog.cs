using System.Collections.Frozen;
using Concord.Core.Findings;

namespace Concord.Core.Reports;

/// <summary>The rules a run knows, looked up by id. Ids are unique and ordinal.</summary>
public sealed class RuleCatalog
{
    private readonly FrozenDictionary<string, RuleDescriptor> _byId;

    /// <summary>Builds a catalog; a rule id given twice is a programming error and throws.</summary>
    public RuleCatalog(IEnumerable<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var byId = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!byId.TryAdd(rule.Id, rule))
            {
                throw new ArgumentException($"Rule {rule.Id} is described twice.", nameof(rules));
            }
        }

        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        All = [.. byId.Values.OrderBy(rule => rule.Id, StringComparer.Ordinal)];
    }

    /// <summary>A catalog that knows no rules.</summary>
    public static RuleCatalog Empty { get; } = new([]);

    /// <summary>Every rule, ordered by id.</summary>
    public IReadOnlyList<RuleDescriptor> All { get; }

    /// <summary>The rule with this id, if known.</summary>
    public RuleDescriptor? Find(string ruleId) => _byId.GetValueOrDefault(ruleId);

    /// <summary>
    /// The rules a report lists: every known rule, plus a bare descriptor for each rule id the findings
    /// use that the catalog does not know (taking the lens and severity of its first finding), ordered by id.
    /// </summary>
    public IReadOnlyList<RuleDescriptor> WithRulesOf(IEnumerable<Finding> findings)
    {
        var unknown = findings
            .Where(finding => !_byId.ContainsKey(finding.RuleId))
            .DistinctBy(finding => finding.RuleId, StringComparer.Ordinal)
            .Select(finding => new RuleDescriptor(finding.RuleId, finding.RuleId, finding.Lens, finding.Severity));
        return [.. All.Concat(unknown).OrderBy(rule => rule.Id, StringComparer.Ordinal)];
    }
}
