using Concord.Core.Findings;

namespace Concord.Core.Reports;

/// <summary>
/// The one order every report lists findings in: most severe first, then by rule id, location,
/// message and the rest. Findings that compare equal render identically, so output never depends on
/// the order a lens produced them in.
/// </summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    public static FindingOrder Instance { get; } = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = y.Severity.CompareTo(x.Severity);
        if (order == 0) order = string.CompareOrdinal(x.RuleId, y.RuleId);
        if (order == 0) order = x.Lens.CompareTo(y.Lens);
        if (order == 0) order = CompareLocations(x.Location, y.Location);
        if (order == 0) order = string.CompareOrdinal(x.Message, y.Message);
        if (order == 0) order = string.CompareOrdinal(x.FixHint, y.FixHint);
        if (order == 0) order = x.Related.Length.CompareTo(y.Related.Length);
        for (var i = 0; order == 0 && i < x.Related.Length; i++)
        {
            order = CompareLocations(x.Related[i], y.Related[i]);
        }

        return order;
    }

    private static int CompareLocations(Location x, Location y)
    {
        var order = LocationKinds.Of(x).CompareTo(LocationKinds.Of(y));
        return order != 0 ? order : string.CompareOrdinal(LocationKinds.SortKey(x), LocationKinds.SortKey(y));
    }
}
