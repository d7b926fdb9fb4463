using System.Text;

namespace Concord.OpenApi.Rules;

/// <summary>Renders the rule catalogue as the Markdown page <c>contracts/docs/spec-rules.md</c> (a test keeps them equal).</summary>
public static class SpecRulesTable
{
    /// <summary>
    /// The fragment of a rule's row on the page (<c>cord201</c>): each row carries an HTML anchor, so a rule's help
    /// link opens the page at its row rather than at the top of 150 rules.
    /// </summary>
    public static string AnchorOf(string ruleId) => ruleId.ToLowerInvariant();

    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("# Spec diff rules (CORD200–CORD399)\n\n");
        text.Append("Generated from `Concord.OpenApi.Rules.SpecRules`; a test fails when this page and the catalogue differ.\n");
        text.Append("Levels: **breaking** fails `concord diff` by default (severity error), **warning** and **info** only with `--fail-on`.\n");
        text.Append("Direction: *request* rules judge what the server accepts, *response* rules what clients read.\n\n");
        text.Append("| id | name | level | area | kind | direction | what it means |\n");
        text.Append("| --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var rule in SpecRules.All)
        {
            text.Append($"| <a id=\"{AnchorOf(rule.Id)}\"></a>{rule.Id} | `{rule.Name}` | {rule.Level.ToString().ToLowerInvariant()} | {rule.Area} | {rule.Kind} | {rule.Direction} | {rule.Summary.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        text.Append($"\n{SpecRules.All.Count} rules, {SpecRules.All.Count(r => r.Level == ChangeLevel.Breaking)} of them breaking.\n");
        return text.ToString();
    }
}
