using Concord.Core.Findings;
using Concord.OpenApi.PactComparison;

namespace Concord.OpenApi.Tests.PactComparison;

/// <summary>Every pact-vs-document rule is in its range, has a title, a docs page that says its severity and names the PactFlow equivalent.</summary>
public sealed class RuleDocsTests
{
    public static TheoryData<string> Ids => [.. PactComparisonRules.Descriptors.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_rule_has_a_page_that_matches_its_descriptor(string id)
    {
        var rule = PactComparisonRules.Get(id);
        var page = Path.Combine(Comparing.RepositoryRoot(), "contracts", "docs", id + ".md");

        Assert.InRange(int.Parse(id[4..], System.Globalization.CultureInfo.InvariantCulture), 110, 139);
        Assert.Equal(Lens.Contract, rule.Lens);
        Assert.EndsWith($"contracts/docs/{id}.md", rule.HelpUri!.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(page), page);
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id} — ", text, StringComparison.Ordinal);
        Assert.Contains($"**Severity:** {rule.DefaultSeverity.ToString().ToLowerInvariant()}", text, StringComparison.Ordinal);
        Assert.Contains("## PactFlow", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_ids_are_unique()
    {
        Assert.Equal(PactComparisonRules.Descriptors.Count, PactComparisonRules.Descriptors.Select(d => d.Id).Distinct().Count());
    }
}
