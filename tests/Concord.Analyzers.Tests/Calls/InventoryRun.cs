using System.Collections.Immutable;
using Concord.Analyzers.Rules;
using Concord.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Concord.Analyzers.Tests.Calls;

/// <summary>
/// Runs the inventory analyzers over sources compiled against the real framework (HttpClient, the
/// client factory, configuration), with <c>build_property.ConcordInventory</c> set as <c>concord check</c> sets it.
/// </summary>
internal static class InventoryRun
{
    /// <summary>One reported diagnostic: its properties and the source text it points at.</summary>
    internal sealed record Reported(string Id, ImmutableDictionary<string, string?> Properties, string At, string Message)
    {
        public string this[string key] => Properties.TryGetValue(key, out var value) ? value ?? "<null>" : "<absent>";
    }

    public static Task<ImmutableArray<Reported>> CallsAsync(string source, bool inventory = true) =>
        RunAsync(new HttpCallInventoryAnalyzer(), source, inventory);

    public static Task<ImmutableArray<Reported>> RegistrationsAsync(string source, bool inventory = true) =>
        RunAsync(new HttpClientRegistrationInventoryAnalyzer(), source, inventory);

    public static async Task<Reported> SingleCallAsync(string source) => Assert.Single(await CallsAsync(source));

    public static async Task<Reported> SingleRegistrationAsync(string source) => Assert.Single(await RegistrationsAsync(source));

    public static async Task<ImmutableArray<Reported>> RunAsync(DiagnosticAnalyzer analyzer, string source, bool inventory, string? inventoryValue = null)
    {
        var compilation = CorpusCompilations.OfSources("Inventory", [source]);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join('\n', errors));

        var globals = ImmutableDictionary<string, string>.Empty;
        if (inventory)
        {
            globals = globals.Add("build_property.ConcordInventory", inventoryValue ?? "true");
        }

        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new GlobalOptionsProvider(globals)),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception.ToString()),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);

        return diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => new Reported(
                d.Id,
                d.Properties,
                d.Location.IsInSource ? d.Location.SourceTree!.ToString().Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length) : string.Empty,
                d.GetMessage()))
            .ToImmutableArray();
    }

    /// <summary>Both inventory analyzers over a compilation with the property on: what they report and every exception they throw.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Exceptions)> RunBothAsync(Compilation compilation)
    {
        var exceptions = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(
                ImmutableArray<AdditionalText>.Empty,
                new GlobalOptionsProvider(ImmutableDictionary<string, string>.Empty.Add("build_property.ConcordInventory", "true"))),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new HttpCallInventoryAnalyzer(), new HttpClientRegistrationInventoryAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        return (diagnostics, exceptions.ToImmutableArray());
    }

    private sealed class GlobalOptionsProvider(ImmutableDictionary<string, string> globals) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
