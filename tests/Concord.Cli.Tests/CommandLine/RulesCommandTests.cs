using Concord.Cli.Tests.Support;
using System.Text.Json;
using Concord.OpenApi.Drift;
using Concord.OpenApi.Rules;
using Concord.Pact.Findings;

namespace Concord.Cli.Tests.CommandLine;

/// <summary><c>concord rules</c> and <c>concord explain</c> against the catalogues and pages in the repository.</summary>
public sealed class RulesCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();


    private List<JsonElement> Rules(params string[] extra)
    {
        var (exit, output, error) = _cli.Run(["rules", "--format", "json", .. extra]);
        Assert.Equal(ExitCodes.Clean, exit);
        Assert.Empty(error);
        return [.. JsonDocument.Parse(output).RootElement.EnumerateArray()];
    }

    [Fact]
    public void Rules_lists_every_rule_of_every_catalogue_once()
    {
        var ids = Rules().Select(rule => rule.GetProperty("id").GetString()!).ToList();

        var expected = SpecRules.All.Select(r => r.Id)
            .Concat(DriftRules.Descriptors.Select(r => r.Id))
            .Concat(ContractRuleDescriptors.All.Select(r => r.Id))
            .Concat(Concord.OpenApi.PactComparison.PactComparisonRules.Descriptors.Select(r => r.Id))
            .Concat(Directory.GetFiles(Path.Combine(Repository.Root, "analyzers", "docs"), "CORD*.md").Select(Path.GetFileNameWithoutExtension))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Every_rule_has_a_lens_a_level_a_title_and_a_help_link_into_the_repository_docs()
    {
        foreach (var rule in Rules())
        {
            var id = rule.GetProperty("id").GetString()!;
            var lens = rule.GetProperty("lens").GetString();
            var number = int.Parse(id[4..], System.Globalization.CultureInfo.InvariantCulture);
            var expectedLens = number switch { < 100 => "code", < 200 => "contract", < 400 => "spec", _ => "drift" };
            Assert.Equal(expectedLens, lens);
            Assert.Contains(rule.GetProperty("level").GetString(), new[] { "error", "warning", "info" });
            Assert.NotEqual(id, rule.GetProperty("title").GetString());

            // The link resolves: it names a file that exists in this repository, and the anchor it opens at is on that page.
            var link = rule.GetProperty("helpUri").GetString()!;
            const string Published = "https://github.com/concord-contracts/concord/blob/main/";
            Assert.StartsWith(Published, link, StringComparison.Ordinal);
            var (relative, anchor) = link[Published.Length..].Split('#') is [var file, var fragment] ? (file, fragment) : (link[Published.Length..], null);
            var page = Path.Combine(Repository.Root, relative);
            Assert.True(File.Exists(page), $"{id}: {link} names no file in the repository");
            if (anchor is not null)
            {
                Assert.Contains($"<a id=\"{anchor}\"></a>{id}", File.ReadAllText(page), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Code_rules_take_their_level_from_the_release_tracking_and_their_title_from_the_page()
    {
        var rule = Rules("--lens", "code").Single(r => r.GetProperty("id").GetString() == "CORD002");

        Assert.Equal("warning", rule.GetProperty("level").GetString());
        Assert.Equal("Service URL falls back to a loopback address", rule.GetProperty("title").GetString());
        var inventory = Rules("--lens", "code").Single(r => r.GetProperty("id").GetString() == "CORD090");
        Assert.Equal("info", inventory.GetProperty("level").GetString());
    }

    [Fact]
    public void The_table_has_one_line_per_rule()
    {
        var (exit, output, _) = _cli.Run("rules", "--lens", "drift");

        Assert.Equal(ExitCodes.Clean, exit);
        var lines = CliRun.Lines(output);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("CORD401  drift     error    Documented route not served", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("contracts/docs/CORD401.md", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CORD401", "contracts/docs/CORD401.md")]
    [InlineData("cord002", "analyzers/docs/CORD002.md")]
    [InlineData("CORD100", "contracts/docs/CORD100.md")]
    [InlineData("CORD131", "contracts/docs/CORD131.md")]
    [InlineData("CORD132", "contracts/docs/CORD132.md")]
    [InlineData("CORD133", "contracts/docs/CORD133.md")]
    public void Explain_prints_the_rules_docs_page(string id, string page)
    {
        var (exit, output, _) = _cli.Run("explain", id);

        Assert.Equal(ExitCodes.Clean, exit);
        var expected = File.ReadAllText(Path.Combine(Repository.Root, page)).ReplaceLineEndings("\n");
        Assert.StartsWith(expected, output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.EndsWith($"Page: https://github.com/concord-contracts/concord/blob/main/{page}", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_of_a_spec_rule_prints_its_catalogue_entry_with_the_fix()
    {
        var (exit, output, _) = _cli.Run("explain", "CORD201");

        Assert.Equal(ExitCodes.Clean, exit);
        Assert.StartsWith("# CORD201 — operation-removed", output, StringComparison.Ordinal);
        Assert.Contains(SpecRules.OperationRemoved.Summary, output, StringComparison.Ordinal);
        Assert.Contains(SpecRules.OperationRemoved.FixHint!, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_listed_rule_can_be_explained()
    {
        foreach (var id in Rules().Select(rule => rule.GetProperty("id").GetString()!))
        {
            var (exit, output, error) = _cli.Run("explain", id);
            Assert.True(exit == ExitCodes.Clean, $"{id}: {error}");
            Assert.Contains(id, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Explain_of_an_unknown_id_suggests_the_nearest()
    {
        var (exit, _, error) = _cli.Run("explain", "CORD4O1");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal(["concord: error: 'CORD4O1' is not a rule id. Did you mean 'CORD401'?", "Run 'concord rules' for the list of rules."], CliRun.Lines(error));
    }
}

/// <summary>The code rules concord lists without Roslyn agree with the analyzers' own descriptors.</summary>
public sealed class CodeRulesAgreeWithAnalyzersTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Ids_levels_titles_and_links_are_the_analyzers_descriptors()
    {
        var descriptors = typeof(Concord.Analyzers.Infrastructure.RuleIds).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(type))
            .SelectMany(type => ((Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics)
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => (
                d.Id,
                Level: d.DefaultSeverity switch { Microsoft.CodeAnalysis.DiagnosticSeverity.Error => "error", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning => "warning", _ => "info" },
                Title: d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Link: d.HelpLinkUri));

        var (_, output, _) = _cli.Run("rules", "--lens", "code", "--format", "json");
        var listed = JsonDocument.Parse(output).RootElement.EnumerateArray().Select(rule => (
            rule.GetProperty("id").GetString()!,
            rule.GetProperty("level").GetString()!,
            rule.GetProperty("title").GetString()!,
            rule.GetProperty("helpUri").GetString()!));

        // The page heading may qualify the descriptor's title ("HTTP call (inventory)"), never contradict it.
        Assert.Equal(descriptors.Select(d => (d.Id, d.Level, d.Link)), listed.Select(l => (l.Item1, l.Item2, l.Item4)));
        Assert.All(descriptors.Zip(listed), pair => Assert.StartsWith(pair.First.Title, pair.Second.Item3, StringComparison.Ordinal));
    }
}
