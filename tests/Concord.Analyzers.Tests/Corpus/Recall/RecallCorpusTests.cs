using System.Collections.Immutable;
using Concord.Analyzers.Tests.Robustness;
using Concord.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace Concord.Analyzers.Tests.Corpus.Recall;

/// <summary>
/// Recall and precision of each source-only rule on a corpus of cases written for it in the shapes public client
/// code takes (see the Cord00nCases files): each must-flag case must be reported, no must-not-flag case may be.
/// The figures are written to the test output; the goal is recall of at least 0.90 with no false positive.
/// </summary>
public sealed class RecallCorpusTests(ITestOutputHelper output)
{
    private const double RecallGoal = 0.90;

    public static TheoryData<string> Rules => new() { "CORD001", "CORD002", "CORD003", "CORD004", "CORD005" };

    internal static IEnumerable<RecallCase> CasesOf(string rule) => rule switch
    {
        "CORD001" => Cord001Cases.All(),
        "CORD002" => Cord002Cases.All(),
        "CORD003" => Cord003Cases.All(),
        "CORD004" => Cord004Cases.All(),
        "CORD005" => Cord005Cases.All(),
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Each_rule_finds_at_least_nine_in_ten_of_its_cases_and_reports_none_of_its_near_misses(string rule)
    {
        var analyzer = ShippedAnalyzers.Create().Single(a => a.SupportedDiagnostics.Any(d => d.Id == rule));
        var cases = CasesOf(rule).ToList();
        Assert.True(cases.Count(c => c.MustFlag) >= 10 && cases.Count(c => !c.MustFlag) >= 5, $"{rule}'s corpus is too small to measure anything.");

        var missed = new List<RecallCase>();
        var falsePositives = new List<RecallCase>();
        foreach (var recallCase in cases)
        {
            var reported = await ReportedAsync(analyzer, recallCase);
            if (recallCase.MustFlag && reported == 0)
            {
                missed.Add(recallCase);
            }
            else if (!recallCase.MustFlag && reported > 0)
            {
                falsePositives.Add(recallCase);
            }
        }

        var flagged = cases.Count(c => c.MustFlag);
        var recall = (double)(flagged - missed.Count) / flagged;
        output.WriteLine($"{rule}: recall {flagged - missed.Count}/{flagged} = {recall:0.00}; false positives {falsePositives.Count}/{cases.Count - flagged}");
        foreach (var miss in missed)
        {
            output.WriteLine($"  missed: {miss.Name}");
        }

        foreach (var falsePositive in falsePositives)
        {
            output.WriteLine($"  false positive: {falsePositive.Name}");
        }

        Assert.True(recall >= RecallGoal, $"{rule} recall {recall:0.00} is under {RecallGoal:0.00}; missed: {string.Join("; ", missed.Select(m => m.Name))}");
        Assert.True(falsePositives.Count == 0, $"{rule} reported near misses: {string.Join("; ", falsePositives.Select(f => f.Name))}");
    }

    /// <summary>How many times the case's rule reports on it, compiled as a deployed program would be (CORD002 speaks only there).</summary>
    private static async Task<int> ReportedAsync(DiagnosticAnalyzer analyzer, RecallCase recallCase)
    {
        var sources = new List<string> { recallCase.Source };
        var kind = OutputKind.DynamicallyLinkedLibrary;
        if (recallCase.Rule == "CORD002")
        {
            sources.Add("internal static class EntryPoint { private static void Main() { } }");
            kind = OutputKind.ConsoleApplication;
        }

        var compilation = CorpusCompilations.OfSources("Orders.Api", sources, kind);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"Corpus case '{recallCase}' does not compile:\n{string.Join('\n', errors)}");

        var run = await AnalyzerRun.RunAsync(recallCase.Name, compilation, isTestProject: false, ImmutableArray.Create(analyzer));
        Assert.Empty(run.Exceptions);
        return run.ConcordDiagnostics.Count(d => d.Id == recallCase.Rule);
    }
}
