using System.Text;
using Concord.Core.Findings;

namespace Concord.OpenApi.Rules;

/// <summary>
/// One check of the spec diff: a stable id (CORD200–CORD399), a level, tags, and a one-line message
/// template. Templates use <c>{subject}</c>, <c>{before}</c>, <c>{after}</c>, and name both versions'
/// locations with <c>{base}</c> and <c>{revision}</c>.
/// </summary>
public sealed record SpecRule(
    string Id,
    string Name,
    ChangeLevel Level,
    RuleArea Area,
    ChangeKind Kind,
    ChangeDirection Direction,
    string Summary,
    string MessageTemplate)
{
    /// <summary>What to do about a finding of this rule; set for every breaking rule.</summary>
    public string? FixHint { get; init; }

    /// <summary>The finding severity this rule reports at.</summary>
    public Severity Severity => Level.ToSeverity();

    /// <summary>Fills the template.</summary>
    public string Format(string subject, string? before, string? after, Location baseLocation, Location revisionLocation) =>
        new StringBuilder(MessageTemplate)
            .Replace("{subject}", subject)
            .Replace("{before}", before ?? "(none)")
            .Replace("{after}", after ?? "(none)")
            .Replace("{base}", baseLocation.Display)
            .Replace("{revision}", revisionLocation.Display)
            .ToString();
}
