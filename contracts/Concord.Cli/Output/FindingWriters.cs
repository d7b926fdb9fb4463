using System.Collections.Immutable;
using Concord.Core.Findings;
using Concord.Core.Reports;
using Concord.OpenApi.Rules;

namespace Concord.Cli.Output;

/// <summary>
/// The formats the CLI writes (Concord.Core's report writers: text, markdown, json, sarif, junit, html, gitlab)
/// and the report context each command hands them.
/// </summary>
internal static class FindingWriters
{
    private static readonly Uri ProjectUri = ReportContext.ProjectUri;

    public static IReadOnlyList<string> Formats => ReportWriters.Formats;

    // ProjectUri has no trailing slash, so a relative Uri would replace its last segment (the repository name).
    private static readonly string SpecRulesPage = $"{ProjectUri.OriginalString.TrimEnd('/')}/blob/main/contracts/docs/spec-rules.md";

    private static readonly Lazy<RuleCatalog> s_specRuleCatalog = new(() => new RuleCatalog(
        SpecRules.All.Select(rule => new RuleDescriptor(rule.Id, rule.Summary, Lens.Spec, rule.Severity, new Uri($"{SpecRulesPage}#{SpecRulesTable.AnchorOf(rule.Id)}")) { Help = rule.FixHint })));

    /// <summary>Every spec rule, so SARIF and the other writers can title and link each finding's rule.</summary>
    public static RuleCatalog SpecRuleCatalog => s_specRuleCatalog.Value;

    public static void Write(string format, IReadOnlyList<Finding> findings, DiffReportContext context, TextWriter output) =>
        ReportWriters.Get(format).Write(findings, ContextFor(context), output);

    /// <summary>What the report writers (and <c>--baseline</c>'s fingerprints) are given for a diff.</summary>
    public static ReportContext ContextFor(DiffReportContext context) =>
        new()
        {
            Title = $"concord diff {context.Base} {context.Revision}",
            ToolInformationUri = ProjectUri,
            BasePaths = ImmutableArray.Create(Environment.CurrentDirectory),
            Rules = SpecRuleCatalog,
            OutputIsTerminal = context.OutputIsTerminal,
            NoColor = context.NoColor,
        };
}
