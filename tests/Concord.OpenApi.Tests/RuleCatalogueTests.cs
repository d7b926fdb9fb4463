using Concord.OpenApi.Diff;
using Concord.OpenApi.Rules;

namespace Concord.OpenApi.Tests;

public sealed class RuleCatalogueTests
{
    private static readonly SpecDiffOptions Options = new() { Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), DeprecationWindowDays = 90 };

    public static TheoryData<RuleCase> Cases() => new(RuleCases.All());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_rule_fires_on_its_change_and_not_on_the_safe_one(RuleCase ruleCase)
    {
        var fired = Docs.Compare(ruleCase.Base, ruleCase.Triggers, Options);
        Assert.Contains(fired, f => f.RuleId == ruleCase.RuleId);

        var quiet = Docs.Compare(ruleCase.Base, ruleCase.DoesNotTrigger, Options);
        Assert.DoesNotContain(quiet, f => f.RuleId == ruleCase.RuleId);
    }

    [Fact]
    public void Every_rule_in_the_catalogue_has_a_case()
    {
        var covered = RuleCases.All().Select(c => c.RuleId).ToHashSet();
        var missing = SpecRules.All.Select(r => r.Id).Where(id => !covered.Contains(id)).ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void Rule_ids_are_unique_in_range_and_name_both_versions()
    {
        Assert.Equal(SpecRules.All.Count, SpecRules.All.Select(r => r.Id).Distinct().Count());
        Assert.Equal(SpecRules.All.Count, SpecRules.All.Select(r => r.Name).Distinct().Count());
        Assert.All(SpecRules.All, rule =>
        {
            Assert.InRange(int.Parse(rule.Id[4..], System.Globalization.CultureInfo.InvariantCulture), 200, 399);
            Assert.Contains("{base}", rule.MessageTemplate, StringComparison.Ordinal);
            Assert.Contains("{revision}", rule.MessageTemplate, StringComparison.Ordinal);
            Assert.Contains("{subject}", rule.MessageTemplate, StringComparison.Ordinal);
            Assert.Equal(rule.Level == ChangeLevel.Breaking, rule.FixHint is not null);
        });
    }

    /// <summary>Set CONCORD_REGENERATE_DOCS=1 and run this test to rewrite the page after changing the catalogue.</summary>
    [Fact]
    public void The_docs_table_matches_the_catalogue()
    {
        var page = Path.Combine(RepositoryRoot(), "contracts", "docs", "spec-rules.md");
        if (Environment.GetEnvironmentVariable("CONCORD_REGENERATE_DOCS") == "1")
        {
            File.WriteAllText(page, SpecRulesTable.Render());
        }

        Assert.Equal(SpecRulesTable.Render(), File.ReadAllText(page).ReplaceLineEndings("\n"));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Contracts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("no Contracts.sln above " + AppContext.BaseDirectory);
    }
}
