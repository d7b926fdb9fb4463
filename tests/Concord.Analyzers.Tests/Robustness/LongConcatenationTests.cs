using System.Text;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Tests.Robustness;

/// <summary>
/// A generated file with one very long <c>a + b + c + …</c> chain (a SQL or HTML template built by hand). The
/// query-string rule once scanned the whole chain at every link, quadratic in its length (a 10,000-term chain
/// took a build from 22 s to 172 s); its time is measured by the analyzer cost benchmark, never here. Here:
/// the rules still give the right answer on it, once.
/// </summary>
[Trait("Category", "Robustness")]
public sealed class LongConcatenationTests
{
    [Fact]
    public async Task A_ten_thousand_term_chain_ending_in_a_query_key_is_reported_once()
    {
        var chain = new StringBuilder("\"https://api.example.test/search?q=\"");
        for (var i = 0; i < 10_000; i++)
        {
            chain.Append(" + part").Append(i % 10);
        }

        chain.Append(" + \"&api_key=\" + key");
        var source = $$"""
            public static class Template
            {
                public static Task<string> Send(HttpClient http, string key, {{string.Join(", ", Enumerable.Range(0, 10).Select(i => $"string part{i}"))}}) =>
                    http.GetStringAsync(Build(key, {{string.Join(", ", Enumerable.Range(0, 10).Select(i => $"part{i}"))}}));

                private static string Build(string key, {{string.Join(", ", Enumerable.Range(0, 10).Select(i => $"string part{i}"))}}) =>
                    {{chain}};
            }
            """;
        var compilation = CorpusCompilations.OfSources("long-chain", [source]);

        var run = await AnalyzerRun.RunAsync("long chain", compilation, isTestProject: false);

        Assert.Empty(run.Exceptions);
        var reported = Assert.Single(run.ConcordDiagnostics);
        Assert.Equal("CORD003", reported.Id);
    }
}
