using System.Collections.Immutable;
using Concord.Analyzers.Tests.Corpus;

namespace Concord.Analyzers.Tests.Robustness;

/// <summary>Every shipped analyzer run once over every project of this checkout; shared by the tests that read the result.</summary>
public sealed class RepositoryAnalysis : IAsyncLifetime
{
    internal ImmutableArray<(SourceProject Project, AnalyzerRun Run)> Runs { get; private set; }

    public async Task InitializeAsync()
    {
        var projects = RepositoryProjects.Load(RepositoryRoot.Path);
        var runs = ImmutableArray.CreateBuilder<(SourceProject, AnalyzerRun)>();
        foreach (var (project, compilation) in CorpusCompilations.OfRepository(projects))
        {
            runs.Add((project, await AnalyzerRun.RunAsync(project.RelativeDirectory, compilation, project.IsTestProject)));
        }

        Runs = runs.ToImmutable();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
