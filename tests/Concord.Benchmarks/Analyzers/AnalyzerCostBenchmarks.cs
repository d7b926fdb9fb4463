using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Concord.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Concord.Benchmarks.Analyzers;

/// <summary>
/// What Concord's analyzers add to the compile of a real library, in process and with a warm JIT
/// (the compiler server's and the IDE's steady state; measure-analyzer-cost.sh measures a cold
/// csc per build). Every benchmark binds a fresh compilation of the same parsed sources: the
/// baseline reports the compiler's diagnostics; the second adds the analyzer driver with one
/// analyzer that registers an operation action and does nothing (the cost of building IOperation
/// trees, which a real build already pays for the SDK's own analyzers); the third runs every
/// shipped Concord analyzer instead. Concord's own cost is the third minus the second. The fourth runs
/// Sonar's S2068 (hard-coded credentials) alone instead, the peer the cost goal names (<see cref="SonarS2068"/>
/// loads that one analyzer from the restored SonarAnalyzer.CSharp and checks it reports a planted credential).
///
/// The library is the folder in CONCORD_BENCH_LIBRARY (every .cs file below it), with
/// CONCORD_BENCH_DEFINES (A;B;C) and CONCORD_BENCH_LANGVERSION; unset, it is this repository's
/// analyzer sources. Run: dotnet run -c Release --project tests/Concord.Benchmarks -- --filter '*AnalyzerCost*'
///
/// On a machine busy with other work, wall-clock times swing by more than the analyzers cost, so
/// each benchmark also prints the median CPU seconds (all threads of the process) of its measured
/// operations: compare the two "// cpu" lines.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: Iterations)]
public class AnalyzerCostBenchmarks
{
    private const int Iterations = 7;

    private ImmutableArray<SyntaxTree> _trees;
    private ImmutableArray<MetadataReference> _references;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private SonarS2068 _sonar = null!;
    private CSharpCompilationOptions _options = null!;
    private readonly List<double> _cpuSeconds = new();

    [GlobalSetup]
    public void Setup()
    {
        var library = Environment.GetEnvironmentVariable("CONCORD_BENCH_LIBRARY") is { Length: > 0 } folder
            ? folder
            : Path.Combine(RepositoryRoot(), "analyzers", "Concord.Analyzers");
        if (!Directory.Exists(library))
        {
            throw new DirectoryNotFoundException($"CONCORD_BENCH_LIBRARY: no folder '{library}'.");
        }

        var languageVersion = LanguageVersion.Latest;
        if (Environment.GetEnvironmentVariable("CONCORD_BENCH_LANGVERSION") is { Length: > 0 } version
            && !LanguageVersionFacts.TryParse(version, out languageVersion))
        {
            throw new ArgumentException($"CONCORD_BENCH_LANGVERSION: '{version}' is not a C# language version.");
        }

        var defines = (Environment.GetEnvironmentVariable("CONCORD_BENCH_DEFINES") ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parseOptions = new CSharpParseOptions(languageVersion, preprocessorSymbols: defines.Append("NET").Append("NETCOREAPP"));

        _trees = Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path))
            .ToImmutableArray();
        _references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.Ordinal) && !path.Contains("Concord.", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
        _options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true);
        _analyzers = typeof(RuleIds).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

        _sonar = SonarS2068.Load(_references);

        var errors = Create().GetDiagnostics().Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Console.WriteLine($"// library {library}: {_trees.Length} files, {_trees.Sum(tree => tree.GetText().Lines.Count)} lines, {errors} compile errors, {_analyzers.Length} Concord analyzers");
    }

    [Benchmark(Baseline = true)]
    public int Compile() => OnCpuClock(() => Create().GetDiagnostics().Length);

    [Benchmark]
    public int CompileWithEmptyOperationAnalyzer() =>
        OnCpuClock(() => Create().WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer())).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length);

    [Benchmark]
    public int CompileWithConcordAnalyzers() =>
        OnCpuClock(() => Create().WithAnalyzers(_analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length);

    [Benchmark]
    public int CompileWithSonarS2068() =>
        OnCpuClock(() => Create().WithAnalyzers(ImmutableArray.Create(_sonar.Analyzer), SonarS2068.Options).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length);

    [GlobalCleanup]
    public void ReportCpu()
    {
        // The last measured iterations, without warm-up and pilot runs.
        var measured = _cpuSeconds.TakeLast(Iterations).Order().ToList();
        if (measured.Count > 0)
        {
            Console.WriteLine($"// cpu {measured[measured.Count / 2]:0.000} s median, {measured[0]:0.000}-{measured[^1]:0.000} s, over {measured.Count} operations");
        }
    }

    private int OnCpuClock(Func<int> operation)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var result = operation();
        process.Refresh();
        _cpuSeconds.Add((process.TotalProcessorTime - before).TotalSeconds);
        return result;
    }

    private CSharpCompilation Create() => CSharpCompilation.Create("Library", _trees, _references, _options);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Contracts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from a checkout (no Contracts.sln found above the binaries).");
    }
}
