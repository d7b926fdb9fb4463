using Concord.Analyzers.Tests.Corpus;
using Concord.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Concord.Analyzers.Tests.Robustness;

/// <summary>
/// An analyzer that throws shows users AD0001, a warning they cannot fix. Every shipped rule
/// (found by reflection) runs here over a large body of varied C#, and none may throw.
/// </summary>
[Trait("Category", "Robustness")]
public sealed class NeverThrowsTests(RepositoryAnalysis repository, ITestOutputHelper output) : IClassFixture<RepositoryAnalysis>
{
    private const int Seed = 20261123;

    [Fact]
    public void No_rule_throws_on_any_source_file_of_this_repository()
    {
        Assert.Contains(repository.Runs, run => run.Project.RelativeDirectory.StartsWith("analyzers", StringComparison.Ordinal));
        Assert.True(repository.Runs.Sum(run => run.Project.Sources.Length) >= 20, "The repository corpus is suspiciously small; is the checkout complete?");
        foreach (var (project, run) in repository.Runs)
        {
            output.WriteLine($"{project.RelativeDirectory}: {project.Sources.Length} files, {run.CompilerErrors} compiler errors, {run.ConcordDiagnostics.Count()} CORD diagnostics");
        }

        AssertNoneThrew(repository.Runs.Select(run => run.Run));
    }

    [Fact]
    public void No_rule_reports_on_this_repositorys_own_product_code()
    {
        // Tests and samples hold the mistakes on purpose; everything else must stay silent.
        var productRuns = repository.Runs.Where(run => !run.Project.HoldsMistakesOnPurpose).ToList();
        Assert.Contains(productRuns, run => run.Project.Name == "Concord.Analyzers");

        var reported = productRuns.SelectMany(run => run.Run.ConcordDiagnostics).Select(Describe).ToList();
        Assert.True(reported.Count == 0, "False positives on our own code:\n" + string.Join('\n', reported));
    }

    [Fact]
    public async Task No_rule_throws_on_odd_syntax_each_in_a_compilation_of_its_own()
    {
        var runs = new List<AnalyzerRun>();
        foreach (var (snippet, index) in OddSyntax.Snippets().Select((snippet, index) => (snippet, index)))
        {
            var compilation = CorpusCompilations.OfSources($"odd{index}", new[] { snippet }, OutputKind.ConsoleApplication);
            runs.Add(await AnalyzerRun.RunAsync($"odd syntax #{index}: {Preview(snippet)}", compilation, isTestProject: false));
        }

        AssertNoneThrew(runs);
    }

    [Fact]
    public async Task No_rule_throws_on_seeded_token_soup()
    {
        var soups = new TokenSoup(Seed).Soups(count: 240, tokensEach: 80).ToList();

        AssertNoneThrew(await RunInBatchesAsync("token soup", soups, batchSize: 24));
    }

    [Fact]
    public async Task No_rule_throws_on_the_seed_mistakes_and_rule_test_sources_whole_and_mutated()
    {
        var ruleTestSources = TestSourceSnippets.In(Path.Combine(RepositoryRoot.Path, "tests", "Concord.Analyzers.Tests", "Rules")).ToList();
        Assert.True(ruleTestSources.Count >= ShippedAnalyzers.RuleIds.Count, $"Only {ruleTestSources.Count} sources found in the rule tests.");
        var originals = SeedMistakes.ByRuleId.Values.Concat(ruleTestSources).ToList();
        output.WriteLine($"{originals.Count} whole sources ({ruleTestSources.Count} from the rule tests)");

        var runs = new List<AnalyzerRun>();
        foreach (var (source, index) in originals.Select((source, index) => (source, index)))
        {
            var compilation = CorpusCompilations.OfSources($"original{index}", new[] { source });
            runs.Add(await AnalyzerRun.RunAsync($"original #{index}: {Preview(source)}", compilation, isTestProject: false));
        }

        // The harness really runs the rules: each shipped rule fires on its own seed mistake.
        var fired = runs.SelectMany(run => run.ConcordDiagnostics).Select(diagnostic => diagnostic.Id).ToHashSet();
        Assert.All(ShippedAnalyzers.RuleIds, id => Assert.Contains(id, fired));

        var mutations = new TokenSoup(Seed).Mutations(originals, count: 12).ToList();
        runs.AddRange(await RunInBatchesAsync("mutation", mutations, batchSize: 30));

        AssertNoneThrew(runs);
    }

    private static async Task<List<AnalyzerRun>> RunInBatchesAsync(string name, List<string> sources, int batchSize)
    {
        var runs = new List<AnalyzerRun>();
        for (var start = 0; start < sources.Count; start += batchSize)
        {
            var batch = sources.Skip(start).Take(batchSize).ToList();
            var compilation = CorpusCompilations.OfSources($"{name.Replace(' ', '_')}{start}", batch, OutputKind.ConsoleApplication);
            runs.Add(await AnalyzerRun.RunAsync($"{name} batch from #{start}: {Preview(batch[0])}", compilation, isTestProject: false));
        }

        return runs;
    }

    private static void AssertNoneThrew(IEnumerable<AnalyzerRun> runs)
    {
        var failures = new List<string>();
        foreach (var run in runs)
        {
            failures.AddRange(run.Exceptions.Select(exception => $"[{run.Name}] {exception}"));
            failures.AddRange(run.AnalyzerExceptionDiagnostics.Select(diagnostic => $"[{run.Name}] {Describe(diagnostic)}"));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} analyzer exception(s):\n" + string.Join("\n\n", failures.Take(10)));
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Id}: {diagnostic.GetMessage()}";
    }

    private static string Preview(string source)
    {
        var flat = string.Join(' ', source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 120 ? flat : flat[..120] + "…";
    }
}
