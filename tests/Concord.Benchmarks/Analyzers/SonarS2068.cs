using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Concord.Benchmarks.Analyzers;

/// <summary>
/// Sonar's hard-coded-credentials rule (S2068) alone, the peer Concord's cost is compared with. It is raised by one
/// analyzer type of SonarAnalyzer.CSharp (restored by this project, never shipped), which supports no other rule;
/// this class loads the package's assembly, keeps that one type, and checks that it really works: S2068 is a
/// security hotspot, silent unless a SonarLint.xml AdditionalFile activates it (as the SonarQube scanner writes
/// it), so <see cref="Options"/> carries one, and <see cref="Load"/> fails unless the rule reports a planted
/// credential. A comparison with a rule that did nothing would flatter anything.
/// </summary>
internal sealed class SonarS2068
{
    public const string RuleId = "S2068";

    // The file the build script uses too, embedded in the benchmark (BenchmarkDotNet runs it from its own build folder).
    private static readonly string SonarLint = ReadSonarLint();

    private static string ReadSonarLint()
    {
        using var stream = typeof(SonarS2068).Assembly.GetManifestResourceStream("SonarLint.xml")
            ?? throw new InvalidOperationException("SonarLint.xml is not embedded in the benchmark assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private const string Planted = """
        namespace Probe
        {
            public static class Planted
            {
                public static string Connect()
                {
                    string password = "Kq7sPlantedSecret";
                    return "Server=db;User=app;Password=" + password;
                }
            }
        }
        """;

    private SonarS2068(DiagnosticAnalyzer analyzer, ImmutableArray<DiagnosticAnalyzer> all)
    {
        Analyzer = analyzer;
        All = all;
    }

    /// <summary>The one analyzer that raises S2068.</summary>
    public DiagnosticAnalyzer Analyzer { get; }

    /// <summary>Every C# analyzer of the package, for the isolation check.</summary>
    public ImmutableArray<DiagnosticAnalyzer> All { get; }

    /// <summary>The analyzer options that activate S2068: a SonarLint.xml AdditionalFile.</summary>
    public static AnalyzerOptions Options { get; } = new(ImmutableArray.Create<AdditionalText>(new InMemoryText("/sonar/SonarLint.xml", SonarLint)));

    /// <summary>Loads the rule from the restored package (or the folder in CONCORD_BENCH_SONAR) and checks it works alone.</summary>
    public static SonarS2068 Load(ImmutableArray<MetadataReference> references)
    {
        var folder = Environment.GetEnvironmentVariable("CONCORD_BENCH_SONAR") is { Length: > 0 } custom
            ? custom
            : typeof(SonarS2068).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SonarAnalyzerFolder").Value!;
        var path = Path.Combine(folder, "SonarAnalyzer.CSharp.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Sonar's analyzer assembly is not at '{path}' (restore tests/Concord.Benchmarks, or set CONCORD_BENCH_SONAR).", path);
        }

        var assembly = Assembly.LoadFrom(path);
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            // Its code fixes need Roslyn's Workspaces layer, which this process does not load; analyzers do not.
            types = partial.Types.Where(type => type is not null).ToArray()!;
        }

        var all = types
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
        var raising = all.Where(analyzer => analyzer.SupportedDiagnostics.Any(d => d.Id == RuleId)).ToList();
        if (raising.Count != 1 || raising[0].SupportedDiagnostics.Any(d => d.Id != RuleId))
        {
            throw new InvalidOperationException(
                $"Expected one Sonar analyzer raising {RuleId} and nothing else, found: {string.Join("; ", raising.Select(a => $"{a.GetType().FullName} ({string.Join(", ", a.SupportedDiagnostics.Select(d => d.Id))})"))}.");
        }

        var sonar = new SonarS2068(raising[0], all);
        var probe = CSharpCompilation.Create("Probe", new[] { CSharpSyntaxTree.ParseText(Planted, path: "/probe/Planted.cs") }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var reported = probe.WithAnalyzers(ImmutableArray.Create(sonar.Analyzer), Options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        if (!reported.Any(d => d.Id == RuleId))
        {
            throw new InvalidOperationException($"{RuleId} ({sonar.Analyzer.GetType().FullName}) reported nothing on a planted credential: it would be measured doing nothing.");
        }

        Console.WriteLine($"// sonar {assembly.GetName().Version}: {RuleId} is {sonar.Analyzer.GetType().FullName} alone ({all.Length} C# analyzers in the package); on the planted credential it reports {reported.Count(d => d.Id == RuleId)} times");
        Console.WriteLine($"// sonar isolation by NoWarn (measure-analyzer-cost.sh): analyzers with actions registered: {string.Join(", ", sonar.RegisteringWhenOthersSuppressed(probe))}");
        return sonar;
    }

    /// <summary>
    /// What measure-analyzer-cost.sh relies on: with every other rule id suppressed (NoWarn), the compiler registers
    /// actions of S2068's analyzer and of Sonar's not-configurable utility analyzers only. Returns their names.
    /// </summary>
    private IReadOnlyList<string> RegisteringWhenOthersSuppressed(CSharpCompilation probe)
    {
        var suppressed = All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Where(id => id != RuleId).Distinct()
            .ToDictionary(id => id, _ => ReportDiagnostic.Suppress);
        var withAll = probe.WithOptions(probe.Options.WithSpecificDiagnosticOptions(suppressed))
            .WithAnalyzers(All, new CompilationWithAnalyzersOptions(Options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        withAll.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var registering = new List<string>();
        foreach (var analyzer in All)
        {
            var telemetry = withAll.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
            var actions = telemetry.CompilationStartActionsCount + telemetry.CompilationActionsCount + telemetry.CompilationEndActionsCount
                + telemetry.SyntaxTreeActionsCount + telemetry.SemanticModelActionsCount + telemetry.SymbolActionsCount
                + telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount + telemetry.OperationBlockStartActionsCount
                + telemetry.CodeBlockStartActionsCount + telemetry.CodeBlockActionsCount + telemetry.AdditionalFileActionsCount;
            if (actions == 0)
            {
                continue;
            }

            var notConfigurable = analyzer.SupportedDiagnostics.All(d => d.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable));
            if (analyzer != Analyzer && !notConfigurable)
            {
                throw new InvalidOperationException($"With every rule but {RuleId} suppressed, {analyzer.GetType().FullName} still registered actions: NoWarn does not isolate {RuleId}.");
            }

            registering.Add(analyzer.GetType().Name + (notConfigurable ? " (utility, not configurable)" : string.Empty));
        }

        return registering;
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
