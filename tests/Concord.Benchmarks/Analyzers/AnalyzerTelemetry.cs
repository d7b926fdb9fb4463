using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Concord.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Concord.Benchmarks.Analyzers;

/// <summary>
/// Where Concord's analyzers spend their time, per analyzer, by Roslyn's own telemetry (the callbacks' execution time,
/// one thread, so that no callback waits on another), and the CPU seconds and allocations of each compile, without that
/// telemetry's stopwatches and with them, in one process with a warm JIT. Builds of Concord.Analyzers given as
/// <c>name=path.dll</c> (a copy of an earlier build, say) run interleaved with this checkout's, so that before and after
/// see the same machine. Not a BenchmarkDotNet benchmark: it reads what the driver reports rather than timing from
/// outside.
///
/// <code>
/// dotnet run -c Release --project tests/Concord.Benchmarks -- analyzer-telemetry --library DIR [--defines A;B] [--lang-version 9.0]
///     [--web] [--provider-document FILE=Provider[=BaseAddressKey]]... [--runs 7] [name=Concord.Analyzers.dll]...
/// </code>
/// The last table is each build's first compile, with its code still to be compiled by the JIT (what a fresh compiler
/// pays); <c>--runs 0</c> prints only that.
/// </summary>
internal static class AnalyzerTelemetry
{
    public const string Command = "analyzer-telemetry";

    public static int Run(string[] args)
    {
        string? library = null;
        var defines = string.Empty;
        var languageVersion = LanguageVersion.Latest;
        var web = false;
        var runs = 7;
        var documents = new List<(string Path, string Provider, string BaseAddress)>();
        var builds = new List<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)>
        {
            ("this checkout", Analyzers(typeof(RuleIds).Assembly)),
        };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");
            switch (args[i])
            {
                case "--library": library = Value(); break;
                case "--defines": defines = Value(); break;
                case "--lang-version":
                    var version = Value();
                    if (!LanguageVersionFacts.TryParse(version, out languageVersion))
                    {
                        throw new ArgumentException($"--lang-version: '{version}' is not a C# language version.");
                    }

                    break;
                case "--web": web = true; break;
                case "--runs":
                    runs = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture);
                    if (runs < 0)
                    {
                        throw new ArgumentException("--runs: 0 (the first compile only) or more.");
                    }

                    break;
                case "--provider-document":
                    var parts = Value().Split('=');
                    documents.Add((Path.GetFullPath(parts[0]), parts.Length > 1 ? parts[1] : throw new ArgumentException("--provider-document FILE=Provider[=BaseAddressKey]"), parts.Length > 2 ? parts[2] : string.Empty));
                    break;
                default:
                    var build = args[i].Split('=', 2);
                    if (build.Length != 2 || !File.Exists(build[1]))
                    {
                        throw new ArgumentException($"'{args[i]}': expected an option or name=path-to-Concord.Analyzers.dll.");
                    }

                    // Its own load context, so that two builds of the same assembly live side by side.
                    builds.Add((build[0], Analyzers(new AssemblyLoadContext(build[0]).LoadFromAssemblyPath(Path.GetFullPath(build[1])))));
                    break;
            }
        }

        if (library is null || !Directory.Exists(library))
        {
            throw new ArgumentException("--library: a folder of C# sources is required.");
        }

        var parseOptions = new CSharpParseOptions(languageVersion, preprocessorSymbols: defines.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append("NET").Append("NETCOREAPP"));
        var trees = Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path))
            .ToImmutableArray();
        var references = References(web);
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true);
        CSharpCompilation Create() => CSharpCompilation.Create("Library", trees, references, compilationOptions);
        var analyzerOptions = new AnalyzerOptions(
            documents.Select(d => (AdditionalText)new FileText(d.Path)).ToImmutableArray(),
            new DocumentMetadata(documents.ToDictionary(d => d.Path, d => (d.Provider, d.BaseAddress))));

        var errors = Create().GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        Console.WriteLine($"library {library}: {trees.Length} files, {trees.Sum(t => t.GetText().Lines.Count)} lines, {errors} compile errors, {documents.Count} provider documents");

        var configurations = new List<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)> { ("empty operation analyzer", ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer())) };
        configurations.AddRange(builds);
        var cpu = new Dictionary<string, List<double>>();
        var allocated = new Dictionary<string, List<double>>();
        var executionTime = new Dictionary<string, List<double>>();
        var firstCompile = new Dictionary<string, double>();

        // One warm-up round, which also shows what each build reports.
        for (var run = -1; run < runs; run++)
        {
            var (compileOnly, compileOnlyBytes) = Measure(() => Create().GetDiagnostics());
            if (run >= 0)
            {
                Add(cpu, "compile only", compileOnly);
                Add(allocated, "compile only", compileOnlyBytes / 1e6);
            }

            foreach (var (name, analyzers) in configurations)
            {
                AnalysisResult Analyse(bool logExecutionTime)
                {
                    var options = new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: logExecutionTime);
                    return Create().WithAnalyzers(analyzers, options).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
                }

                // CPU and allocations from a compile without the driver's stopwatches, which time every callback and so
                // cost more the more actions an analyzer registers; the per-analyzer times from a second compile with them.
                // In the warm-up round the compile with them goes first: it is the build's first, with its code not yet
                // compiled by the JIT, as in every build a fresh compiler runs.
                AnalysisResult result = null!;
                var (loggedSeconds, loggedBytes) = run < 0 ? Measure(() => result = Analyse(logExecutionTime: true)) : default;
                var (seconds, bytes) = Measure(() => Analyse(logExecutionTime: false));
                if (run >= 0)
                {
                    (loggedSeconds, loggedBytes) = Measure(() => result = Analyse(logExecutionTime: true));
                }

                if (run < 0)
                {
                    foreach (var analyzer in analyzers)
                    {
                        firstCompile[$"{name}: {analyzer.GetType().Name}"] = result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalSeconds;
                    }

                    firstCompile[$"{name}: all"] = analyzers.Sum(analyzer => result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalSeconds);
                    var reported = result.GetAllDiagnostics().Where(d => d.Id.StartsWith("CORD", StringComparison.Ordinal)).GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal);
                    Console.WriteLine($"{name} reports: {string.Join(", ", reported.Select(g => $"{g.Key} x{g.Count()}"))}");
                    continue;
                }

                Add(cpu, name, seconds);
                Add(allocated, name, bytes / 1e6);
                Add(cpu, $"{name}, with the stopwatches", loggedSeconds);
                Add(allocated, $"{name}, with the stopwatches", loggedBytes / 1e6);
                var total = 0.0;
                foreach (var analyzer in analyzers)
                {
                    var time = result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalSeconds;
                    total += time;
                    Add(executionTime, $"{name}: {analyzer.GetType().Name} ({string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct())})", time);
                }

                Add(executionTime, $"{name}: all", total);
            }
        }

        Console.WriteLine($"load average at the end: {LoadAverage()}; medians (min-max) of {runs} runs");
        if (runs > 0)
        {
            Console.WriteLine("| configuration | CPU seconds per compile | MB allocated per compile |");
            Console.WriteLine("| --- | --- | --- |");
            foreach (var (name, values) in cpu)
            {
                Console.WriteLine($"| {name} | {Show(values)} | {Show(allocated[name])} |");
            }

            Console.WriteLine();
            Console.WriteLine("| analyzer | telemetry execution time, s |");
            Console.WriteLine("| --- | --- |");
            foreach (var (name, values) in executionTime)
            {
                Console.WriteLine($"| {name} | {Show(values)} |");
            }

            Console.WriteLine();
        }

        // What a fresh compiler pays: the build's own code is compiled by the JIT as it first runs. Roslyn's code that
        // only analyzers call is compiled during the first build of Concord to run (this checkout's), so compare named
        // builds with each other, over several processes with their order swapped.
        Console.WriteLine("| analyzer | first compile's telemetry execution time, s (one compile, cold JIT) |");
        Console.WriteLine("| --- | --- |");
        foreach (var (name, seconds) in firstCompile)
        {
            Console.WriteLine($"| {name} | {seconds:0.000} |");
        }

        return 0;
    }

    private static ImmutableArray<DiagnosticAnalyzer> Analyzers(Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

    /// <summary>The running framework's assemblies (and ASP.NET Core's with <c>--web</c>), as a net10.0 project references them.</summary>
    private static ImmutableArray<MetadataReference> References(bool web)
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.Ordinal) && Path.GetDirectoryName(path) == Path.GetDirectoryName(typeof(object).Assembly.Location))
            .ToList();
        if (web)
        {
            var core = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var aspNetCore = Path.GetFullPath(Path.Combine(core, "..", "..", "Microsoft.AspNetCore.App", Path.GetFileName(core)));
            if (!Directory.Exists(aspNetCore))
            {
                throw new DirectoryNotFoundException($"--web: no ASP.NET Core shared framework at {aspNetCore}.");
            }

            paths.AddRange(Directory.GetFiles(aspNetCore, "*.dll"));
        }

        return paths.GroupBy(Path.GetFileName).Select(g => (MetadataReference)MetadataReference.CreateFromFile(g.First())).ToImmutableArray();
    }

    // The CPU seconds of every thread of the process (the garbage collector's included) and the bytes allocated.
    private static (double Seconds, long Bytes) Measure(Action action)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        action();
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
        process.Refresh();
        return ((process.TotalProcessorTime - before).TotalSeconds, bytes);
    }

    private static void Add(Dictionary<string, List<double>> values, string key, double value)
    {
        if (!values.TryGetValue(key, out var list))
        {
            values[key] = list = new List<double>();
        }

        list.Add(value);
    }

    private static string Show(List<double> values)
    {
        var sorted = values.Order().ToList();
        return $"{sorted[sorted.Count / 2]:0.000} ({sorted[0]:0.000}-{sorted[^1]:0.000})";
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(path));
    }

    /// <summary>The metadata MSBuild gives a provider document (ConcordProvider, ConcordBaseAddress); nothing else is set.</summary>
    private sealed class DocumentMetadata(Dictionary<string, (string Provider, string BaseAddress)> documents) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions None = new Values(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            documents.TryGetValue(textFile.Path, out var document)
                ? new Values(new Dictionary<string, string>
                {
                    ["build_metadata.AdditionalFiles.ConcordProvider"] = document.Provider,
                    ["build_metadata.AdditionalFiles.ConcordBaseAddress"] = document.BaseAddress,
                })
                : None;
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
