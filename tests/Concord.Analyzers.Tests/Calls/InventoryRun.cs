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

    /// <summary>A provider document given as an AdditionalFile with its metadata, as MSBuild hands it to the analyzers.</summary>
    internal sealed record ProviderFile(string Path, string Json, string? Provider, string? BaseAddress = null);

    /// <summary>One analyzer over a source, with provider documents as AdditionalFiles.</summary>
    public static Task<ImmutableArray<Reported>> WithDocumentsAsync(DiagnosticAnalyzer analyzer, string source, params ProviderFile[] files) =>
        WithDocumentsAsync(analyzer, [source], files);

    /// <summary>
    /// One of the spec-aware rules (CORD006-CORD008) alone: <see cref="ProviderDocumentRulesAnalyzer"/>, which serves
    /// all three, run with the other two switched off the way a user switches a rule off (severity none).
    /// </summary>
    public static Task<ImmutableArray<Reported>> WithDocumentsAsync(string ruleId, string source, params ProviderFile[] files) =>
        WithDocumentsAsync(ruleId, [source], files);

    /// <inheritdoc cref="WithDocumentsAsync(string, string, ProviderFile[])"/>
    public static Task<ImmutableArray<Reported>> WithDocumentsAsync(string ruleId, string[] sources, params ProviderFile[] files)
    {
        var analyzer = new ProviderDocumentRulesAnalyzer();
        Assert.Contains(analyzer.SupportedDiagnostics, rule => rule.Id == ruleId);
        var others = analyzer.SupportedDiagnostics.Where(rule => rule.Id != ruleId).Select(rule => rule.Id);
        return WithDocumentsAsync(analyzer, sources, files, others);
    }

    /// <summary>One analyzer over several source files, with provider documents as AdditionalFiles.</summary>
    public static Task<ImmutableArray<Reported>> WithDocumentsAsync(DiagnosticAnalyzer analyzer, string[] sources, params ProviderFile[] files) =>
        WithDocumentsAsync(analyzer, sources, files, []);

    /// <summary>As above, with the rules <paramref name="switchedOff"/> set to severity none for the compilation.</summary>
    public static async Task<ImmutableArray<Reported>> WithDocumentsAsync(DiagnosticAnalyzer analyzer, string[] sources, ProviderFile[] files, IEnumerable<string> switchedOff)
    {
        var compilation = CorpusCompilations.OfSources("Spec", sources);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            switchedOff.Select(id => KeyValuePair.Create(id, ReportDiagnostic.Suppress))));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join('\n', errors));

        var texts = files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Json)).ToImmutableArray();
        var metadata = files.ToDictionary(
            f => f.Path,
            f =>
            {
                var values = ImmutableDictionary<string, string>.Empty;
                if (f.Provider is not null)
                {
                    values = values.Add("build_metadata.AdditionalFiles.ConcordProvider", f.Provider);
                }

                if (f.BaseAddress is not null)
                {
                    values = values.Add("build_metadata.AdditionalFiles.ConcordBaseAddress", f.BaseAddress);
                }

                return (AnalyzerConfigOptions)new Options(values);
            });
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            // The compilation references the test host's assemblies (xunit among them): say it is not a test project.
            new AnalyzerOptions(texts, new GlobalOptionsProvider(ImmutableDictionary<string, string>.Empty.Add("build_property.IsTestProject", "false"), metadata)),
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

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }

    private sealed class GlobalOptionsProvider(ImmutableDictionary<string, string> globals, Dictionary<string, AnalyzerConfigOptions>? files = null) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            files is not null && files.TryGetValue(textFile.Path, out var options) ? options : Empty;
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
