using Concord.Analyzers.Tests.Corpus;
using Concord.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Concord.Analyzers.Tests.Calls;

/// <summary>
/// The shared robustness tests run the analyzers without the inventory property, so the call model
/// never runs there; here it runs with the property on over the same odd inputs and this repository.
/// </summary>
[Trait("Category", "Robustness")]
public sealed class InventoryNeverThrowsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_inventory_analyzers_never_throw_on_odd_syntax_or_token_soup()
    {
        var sources = OddSyntax.Snippets().Concat(new TokenSoup(20261128).Soups(count: 120, tokensEach: 80)).ToList();
        var failures = new List<string>();
        for (var start = 0; start < sources.Count; start += 20)
        {
            var compilation = CorpusCompilations.OfSources($"inventory{start}", sources.Skip(start).Take(20), OutputKind.ConsoleApplication);
            var (_, exceptions) = await InventoryRun.RunBothAsync(compilation);
            failures.AddRange(exceptions);
        }

        Assert.True(sources.Count > 100, "The odd-input corpus is suspiciously small.");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
    }

    [Fact]
    public async Task The_inventory_analyzers_never_throw_on_this_repository_and_find_its_calls()
    {
        var projects = RepositoryProjects.Load(RepositoryRoot.Path);
        var failures = new List<string>();
        var calls = 0;
        foreach (var (project, compilation) in CorpusCompilations.OfRepository(projects))
        {
            var (diagnostics, exceptions) = await InventoryRun.RunBothAsync(compilation);
            failures.AddRange(exceptions);
            calls += diagnostics.Count(d => d.Id == "CORD090");
            output.WriteLine($"{project.RelativeDirectory}: {diagnostics.Count(d => d.Id == "CORD090")} calls, {diagnostics.Count(d => d.Id == "CORD091")} registrations");
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));

        // The repository's own samples and tests send requests with HttpClient: the model must see some.
        Assert.True(calls > 10, $"Only {calls} HTTP calls found in this repository.");
    }
}
