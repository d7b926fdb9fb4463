using Concord.Core.Findings;

namespace Concord.Core.Reports;

/// <summary>What a report knows about a rule: shown next to its findings and listed in SARIF's rules array.</summary>
/// <param name="Id">The stable rule id, <c>CORDnnn</c>.</param>
/// <param name="Title">A short name for the rule, e.g. "Operation removed".</param>
/// <param name="Lens">The lens the rule belongs to.</param>
/// <param name="DefaultSeverity">The severity its findings have unless configured otherwise.</param>
/// <param name="HelpUri">Where the rule's documentation page lives, when it has one.</param>
public sealed record RuleDescriptor(string Id, string Title, Lens Lens, Severity DefaultSeverity, Uri? HelpUri = null)
{
    /// <summary>
    /// A paragraph on what the rule checks and why it matters, e.g. from the first lines of its docs
    /// page. Code scanning shows it on an alert; when <c>null</c>, reports fall back to the title.
    /// </summary>
    public string? FullDescription { get; init; }

    /// <summary>
    /// How to fix what the rule found, as plain text (code scanning's "help" panel). When <c>null</c>,
    /// reports write a line that names the rule and points at <see cref="HelpUri"/>.
    /// </summary>
    public string? Help { get; init; }
}
