using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Concord.Core.Findings;

namespace Concord.Core.Reports;

/// <summary>
/// One disagreement as reports list it: the findings of every lens that share its
/// <see cref="Finding.Disagreement"/>, in the report order.
/// </summary>
internal sealed record DisagreementGroup(Disagreement Disagreement, ImmutableArray<Finding> Findings)
{
    /// <summary>A stable id (<c>d-</c> and 12 hex digits of its sides and subject): equal in every run that finds it.</summary>
    public string Id { get; } = "d-" + ShortHash(Disagreement.Consumer, Disagreement.Provider, Disagreement.Subject);

    /// <summary>The id of the map edge it belongs to.</summary>
    public string EdgeId { get; } = EdgeIdOf(Disagreement.Consumer, Disagreement.Provider);

    /// <summary>Its most severe finding's severity.</summary>
    public Severity Severity { get; } = Findings.Max(finding => finding.Severity);

    /// <summary>The lenses that saw it, in lens order.</summary>
    public ImmutableArray<Lens> Lenses { get; } = [.. Findings.Select(finding => finding.Lens).Distinct().Order()];

    /// <summary>A map edge's stable id: <c>e-</c> and 12 hex digits of consumer and provider.</summary>
    public static string EdgeIdOf(string consumer, string provider) => "e-" + ShortHash(consumer, provider);

    private static string ShortHash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))).AsSpan(0, 6));
}
