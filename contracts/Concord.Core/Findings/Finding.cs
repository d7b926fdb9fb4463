using System.Collections.Immutable;

namespace Concord.Core.Findings;

/// <summary>
/// One thing a lens found. A finding about a disagreement names both sides:
/// <see cref="Location"/> is the side to change, <see cref="Related"/> the other side(s).
/// </summary>
/// <param name="RuleId">The stable rule id, <c>CORDnnn</c>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Lens">Which lens found it.</param>
/// <param name="Message">One line that names what was found and where it goes.</param>
/// <param name="Location">The primary location.</param>
/// <param name="Related">The other side(s) of the disagreement; empty when there is none.</param>
/// <param name="FixHint">What to do about it, when the rule knows.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    Lens Lens,
    string Message,
    Location Location,
    ImmutableArray<Location> Related = default,
    string? FixHint = null)
{
    /// <summary>The related locations, never default.</summary>
    public ImmutableArray<Location> Related { get; init; } = Related.IsDefault ? ImmutableArray<Location>.Empty : Related;

    /// <summary>
    /// The disagreement this finding is evidence of, when the lens knows which two sides it is about.
    /// Reports list findings with equal disagreements as one entry, and the system map colours the
    /// consumer → provider edge by them. <c>null</c>: the finding stands alone.
    /// </summary>
    public Disagreement? Disagreement { get; init; }
}
