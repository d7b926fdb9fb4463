using System.Text;
using Concord.Cli.Output;
using Concord.Core.Findings;
using Concord.Core.Reports;
using Concord.OpenApi.Drift;
using Concord.OpenApi.Rules;
using Concord.Pact.Findings;

namespace Concord.Cli.Rules;

/// <summary>
/// Every rule Concord has, from the catalogues the lenses already keep: the analyzers' release tracking and
/// pages (code), the contract and drift descriptors, the spec diff catalogue. <c>concord rules</c> lists it,
/// <c>concord explain</c> prints a rule's page.
/// </summary>
internal static class RuleBook
{
    private static readonly Lazy<RuleCatalog> s_catalog = new(() => new RuleCatalog(
        [.. CodeRules.All, .. ContractRuleDescriptors.All, .. Concord.OpenApi.PactComparison.PactComparisonRules.Descriptors, .. FindingWriters.SpecRuleCatalog.All, .. DriftRules.Descriptors]));

    public static IReadOnlyList<RuleDescriptor> All => s_catalog.Value.All;

    /// <summary>The rule with this id (any case), if there is one.</summary>
    public static RuleDescriptor? Find(string id) => s_catalog.Value.Find(id.Trim().ToUpperInvariant());

    /// <summary>The rule's page as Markdown: its docs page, or for a spec rule the catalogue's entry.</summary>
    public static string Page(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Lens == Lens.Spec
            ? SpecPage(SpecRules.Find(rule.Id)!)
            : RulePages.Read(rule.Lens == Lens.Code ? $"docs/analyzers/{rule.Id}.md" : $"docs/contracts/{rule.Id}.md")
                ?? throw new InvalidOperationException($"{rule.Id} has no page in the tool.");
    }

    // Spec rules share one page (spec-rules.md); each one's entry there comes from this same catalogue.
    private static string SpecPage(SpecRule spec)
    {
        var page = new StringBuilder()
            .Append("# ").Append(spec.Id).Append(" — ").Append(spec.Name).Append("\n\n")
            .Append("**Lens:** spec · **Level:** ").Append(spec.Level.ToString().ToLowerInvariant())
            .Append(" (severity ").Append(spec.Severity.ToString().ToLowerInvariant()).Append(") · **Area:** ").Append(spec.Area)
            .Append(" · **Change:** ").Append(spec.Kind).Append(" · **Direction:** ").Append(spec.Direction).Append("\n\n")
            .Append(spec.Summary).Append('\n');
        if (spec.FixHint is { } fix)
        {
            page.Append("\n## How to fix\n\n").Append(fix).Append('\n');
        }

        return page.ToString();
    }
}
