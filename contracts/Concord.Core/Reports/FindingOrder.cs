using Concord.Core.Findings;

namespace Concord.Core.Reports;

/// <summary>
/// The one order every report lists findings in: most severe first, then by rule id, lens,
/// location, message, fix hint, related locations and disagreement. The order covers everything a report
/// prints, so findings that compare equal render identically and output never depends on the
/// order a lens produced them in.
/// </summary>
internal static class FindingOrder
{
    /// <summary>Sorts <paramref name="findings"/> in place, computing each finding's key once.</summary>
    public static void Sort(Finding[] findings)
    {
        var keys = Array.ConvertAll(findings, Key.Of);
        Array.Sort(keys, findings);
    }

    private readonly record struct Key(
        Severity Severity, string RuleId, Lens Lens, string Location, string Message, string FixHint, string Related, string Disagreement)
        : IComparable<Key>
    {
        public static Key Of(Finding finding) => new(
            finding.Severity,
            finding.RuleId,
            finding.Lens,
            LocationKinds.SortKey(finding.Location),
            finding.Message,
            finding.FixHint ?? string.Empty,
            string.Join('\u0002', finding.Related.Select(LocationKinds.SortKey)),
            finding.Disagreement is { } disagreement
                ? string.Join('\u0001', disagreement.Consumer, disagreement.Provider, disagreement.Subject)
                : string.Empty);

        public int CompareTo(Key other)
        {
            var order = other.Severity.CompareTo(Severity);
            if (order == 0) order = string.CompareOrdinal(RuleId, other.RuleId);
            if (order == 0) order = Lens.CompareTo(other.Lens);
            if (order == 0) order = string.CompareOrdinal(Location, other.Location);
            if (order == 0) order = string.CompareOrdinal(Message, other.Message);
            if (order == 0) order = string.CompareOrdinal(FixHint, other.FixHint);
            if (order == 0) order = string.CompareOrdinal(Related, other.Related);
            if (order == 0) order = string.CompareOrdinal(Disagreement, other.Disagreement);
            return order;
        }
    }
}
