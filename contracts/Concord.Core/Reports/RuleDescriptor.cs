using Concord.Core.Findings;

namespace Concord.Core.Reports;

/// <summary>What a report knows about a rule: shown next to its findings and listed in SARIF's rules array.</summary>
/// <param name="Id">The stable rule id, <c>CORDnnn</c>.</param>
/// <param name="Title">A short name for the rule, e.g. "Operation removed".</param>
/// <param name="Lens">The lens the rule belongs to.</param>
/// <param name="DefaultSeverity">The severity its findings have unless configured otherwise.</param>
/// <param name="HelpUri">Where the rule's documentation page lives, when it has one.</param>
public sealed record RuleDescriptor(string Id, string Title, Lens Lens, Severity DefaultSeverity, Uri? HelpUri = null);
