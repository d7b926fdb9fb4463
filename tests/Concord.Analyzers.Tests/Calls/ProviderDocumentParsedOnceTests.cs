using System.Collections.Concurrent;
using System.Collections.Immutable;
using Concord.Analyzers.Calls.Providers;
using Concord.Analyzers.Rules;
using Concord.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Concord.Analyzers.Tests.Calls;

/// <summary>
/// A provider document is parsed once, never per call or per rule: the analyzer of the three spec-aware rules runs,
/// concurrently, over a client with many calls to the document's provider, and then again over a second
/// compilation, and the document's text is parsed one time in all.
/// </summary>
public sealed class ProviderDocumentParsedOnceTests
{
    private const int Calls = 40;

    [Fact]
    public async Task A_document_is_parsed_once_for_every_call_rule_and_compilation()
    {
        // A text no other test gives, so that parses of other tests' documents running alongside are not counted.
        var marker = Guid.NewGuid().ToString("N");
        var document = TestDocuments.Orders.Replace("\"title\": \"Orders\"", $"\"title\": \"Orders\", \"description\": \"{marker}\"");
        Assert.Contains(marker, document);

        var methods = string.Join("\n", Enumerable.Range(0, Calls).Select(i => $"    public Task<string> Missing{i}(int id) => http.GetStringAsync($\"/orders/{{id}}/missing{i}\");"));
        var source = $$"""
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class OrdersClient(HttpClient http)
            {
            {{methods}}
            }
            """;

        var parses = new ConcurrentQueue<string>();
        ProviderDocuments.ParsedForTests = json =>
        {
            if (json.Contains(marker, StringComparison.Ordinal))
            {
                parses.Enqueue(json);
            }
        };
        try
        {
            var first = await RunAllThreeAsync(source, document);
            var second = await RunAllThreeAsync(source, document);

            // Every call was checked against the document (each route is missing from it)...
            Assert.Equal(Calls, first.Count(d => d.Id == "CORD006"));
            Assert.Equal(Calls, second.Count(d => d.Id == "CORD006"));
        }
        finally
        {
            ProviderDocuments.ParsedForTests = null;
        }

        // ...and the document was read one time for all of them.
        Assert.Single(parses);
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAllThreeAsync(string source, string document)
    {
        var compilation = CorpusCompilations.OfSources("ParsedOnce", [source]);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var file = new InMemoryText("/docs/orders.json", document);
        var metadata = new Options(ImmutableDictionary<string, string>.Empty.Add(ProviderDocuments.ProviderMetadata, "Orders"));
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(file), new OptionsProvider(metadata)),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ProviderDocumentRulesAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        return diagnostics;
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class OptionsProvider(AnalyzerConfigOptions documentMetadata) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options(ImmutableDictionary<string, string>.Empty.Add("build_property.IsTestProject", "false"));

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => documentMetadata;
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
