using System.Reflection;

namespace Concord.OpenApi.Rules;

/// <summary>
/// The catalogue of spec diff rules. Each area keeps its rules in its own file as data; adding a rule is
/// adding a field here and emitting it where the comparer sees the change. Ids never change once shipped.
/// </summary>
public static partial class SpecRules
{
    private const string Where = " [{base} → {revision}]";

    private static readonly Lazy<IReadOnlyList<SpecRule>> Catalogue = new(() =>
        typeof(SpecRules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(SpecRule))
            .Select(f => (SpecRule)f.GetValue(null)!)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToArray());

    /// <summary>Every rule, ordered by id.</summary>
    public static IReadOnlyList<SpecRule> All => Catalogue.Value;

    /// <summary>A rule by id, or null.</summary>
    public static SpecRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    private static SpecRule Rule(
        int number, string name, ChangeLevel level, RuleArea area, ChangeKind kind, ChangeDirection direction, string summary, string message) =>
        new($"CORD{number}", name, level, area, kind, direction, summary, message + Where)
        {
            FixHint = level == ChangeLevel.Breaking ? BreakingChangeHints.For(area, direction) : null,
        };
}
