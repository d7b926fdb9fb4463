using System.Collections.Concurrent;
using System.Collections.Immutable;
using Concord.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Concord.Analyzers.Tests.Robustness;

/// <summary>
/// Runs every shipped analyzer over one compilation the way the compiler does, and keeps both
/// what they report and any exception they throw (which users would see as AD0001).
/// </summary>
internal sealed class AnalyzerRun
{
    private readonly ImmutableArray<Diagnostic> _exceptionDiagnostics;

    private AnalyzerRun(string name, int compilerErrors, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<string> exceptions, ImmutableArray<Diagnostic> exceptionDiagnostics)
    {
        _exceptionDiagnostics = exceptionDiagnostics;
        Name = name;
        CompilerErrors = compilerErrors;
        Diagnostics = diagnostics;
        Exceptions = exceptions;
    }

    public string Name { get; }

    /// <summary>How many errors the compiler itself reports: a sign of how well the corpus binds.</summary>
    public int CompilerErrors { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>"AuthorizationWithoutSchemeAnalyzer: NullReferenceException ..." for each exception an analyzer threw.</summary>
    public ImmutableArray<string> Exceptions { get; }

    /// <summary>
    /// The AD0001 warnings users would see: those among the analyzer diagnostics, and those handed to
    /// the exception callback (which, when a callback is given, the driver does not add to the result).
    /// </summary>
    public IEnumerable<Diagnostic> AnalyzerExceptionDiagnostics =>
        Diagnostics.Concat(_exceptionDiagnostics).Where(diagnostic => diagnostic.Id == "AD0001");

    public IEnumerable<Diagnostic> ConcordDiagnostics => Diagnostics.Where(diagnostic => diagnostic.Id.StartsWith("CORD", StringComparison.Ordinal));

    public static Task<AnalyzerRun> RunAsync(string name, Compilation compilation, bool isTestProject) =>
        RunAsync(name, compilation, isTestProject, ShippedAnalyzers.Create());

    public static Task<AnalyzerRun> RunAsync(string name, Compilation compilation, bool isTestProject, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        RunAsync(name, compilation, BuildProperties(isTestProject), analyzers);

    /// <summary>What the package's build props hand the analyzers: <c>build_property.IsTestProject</c>.</summary>
    public static ImmutableDictionary<string, string> BuildProperties(bool isTestProject) =>
        ImmutableDictionary<string, string>.Empty.Add("build_property.IsTestProject", isTestProject ? "true" : "false");

    /// <summary>Runs with these options set for the compilation and every file, as a global configuration file would set them.</summary>
    public static async Task<AnalyzerRun> RunAsync(string name, Compilation compilation, ImmutableDictionary<string, string> configuration, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var exceptions = new ConcurrentQueue<string>();
        var exceptionDiagnostics = new ConcurrentQueue<Diagnostic>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ConfigurationProvider(new Options(configuration))),
            onAnalyzerException: (exception, analyzer, diagnostic) =>
            {
                exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}");
                exceptionDiagnostics.Enqueue(diagnostic);
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);

        var diagnostics = await compilation
            .WithAnalyzers(analyzers, options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        var compilerErrors = compilation.GetDiagnostics().Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        return new AnalyzerRun(name, compilerErrors, diagnostics, exceptions.ToImmutableArray(), exceptionDiagnostics.ToImmutableArray());
    }

    private sealed class ConfigurationProvider(AnalyzerConfigOptions options) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
