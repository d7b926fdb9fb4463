using BenchmarkDotNet.Attributes;
using Concord.OpenApi.Diff;
using Concord.OpenApi.Loading;

namespace Concord.Benchmarks.OpenApi;

/// <summary>
/// Load both documents of a real release pair and diff them, as <c>concord diff</c> does.
/// Loading is measured apart from diffing so each can be judged on its own.
/// <c>dotnet run -c Release --project tests/Concord.Benchmarks -- --filter '*SpecDiff*'</c>
/// </summary>
[MemoryDiagnoser]
public class SpecDiffBenchmarks
{
    private SpecDocument _base = null!;
    private SpecDocument _revision = null!;

    [ParamsSource(nameof(Pairs))]
    public string Pair { get; set; } = "stripe";

    public static IEnumerable<string> Pairs => BenchPairs.Names;

    [GlobalSetup]
    public void Setup()
    {
        var (baseFile, revisionFile) = BenchPairs.Files(Pair);
        _base = SpecLoader.LoadFile(baseFile);
        _revision = SpecLoader.LoadFile(revisionFile);
    }

    [Benchmark]
    public int LoadBoth()
    {
        var (baseFile, revisionFile) = BenchPairs.Files(Pair);
        return SpecLoader.LoadFile(baseFile).Model.Paths.Count + SpecLoader.LoadFile(revisionFile).Model.Paths.Count;
    }

    [Benchmark]
    public int Diff() => SpecDiff.Compare(_base, _revision).Count;
}
