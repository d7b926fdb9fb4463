using System.Collections.Immutable;
using Concord.Analyzers.Calls.Providers;
using Concord.Analyzers.Infrastructure;
using Concord.Analyzers.Rules;
using Concord.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Text;
using static Concord.Analyzers.Tests.Calls.InventoryRun;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD006-CORD008 share one analyzer that gathers the calls once: each rule still reports on its own, a rule the
/// user sets to severity none is not judged, and with all three off the analyzer registers no work at all.
/// </summary>
public sealed class ProviderDocumentRulesAnalyzerTests
{
    /// <summary>A search that needs 'q' and a Bearer token.</summary>
    private const string Document = """
        {
          "openapi": "3.0.1",
          "info": { "title": "Shop", "version": "1" },
          "security": [ { "bearer": [] } ],
          "components": { "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } } },
          "paths": {
            "/search": {
              "get": {
                "parameters": [ { "name": "q", "in": "query", "required": true, "schema": { "type": "string" } } ],
                "responses": { "200": { "description": "ok" } }
              }
            }
          }
        }
        """;

    /// <summary>One call to a route the document lacks (CORD006); one that sends the key in the query (CORD007) and leaves out 'q' (CORD008).</summary>
    private const string Source = """
        using System.Net.Http;
        using System.Threading.Tasks;

        namespace Shop;

        public sealed class ShopClient(HttpClient http)
        {
            public Task<string> Misspelt(string q) => http.GetStringAsync($"/serch?q={q}");

            public Task<string> Search(string key) => http.GetStringAsync($"/search?api_key={key}");
        }
        """;

    private static readonly ProviderFile Shop = new("/docs/shop.json", Document, "Shop");

    private static async Task<string[]> IdsAsync(params string[] switchedOff) =>
        (await WithDocumentsAsync(new ProviderDocumentRulesAnalyzer(), [Source], [Shop], switchedOff)).Select(r => r.Id).Order().ToArray();

    [Fact]
    public async Task Each_rule_reports_from_the_one_gathering()
    {
        Assert.Equal(["CORD006", "CORD007", "CORD008"], await IdsAsync());
    }

    [Theory]
    [InlineData(RuleIds.RouteNotInProviderDocument, new[] { "CORD007", "CORD008" })]
    [InlineData(RuleIds.CredentialNotWhereDocumented, new[] { "CORD006", "CORD008" })]
    [InlineData(RuleIds.RequiredParameterNotSet, new[] { "CORD006", "CORD007" })]
    public async Task A_rule_switched_off_is_not_judged_and_the_others_still_are(string off, string[] expected)
    {
        Assert.Equal(expected, await IdsAsync(off));
    }

    [Fact]
    public async Task With_every_rule_switched_off_the_analyzer_registers_nothing()
    {
        var on = await TelemetryAsync([]);
        var off = await TelemetryAsync([RuleIds.RouteNotInProviderDocument, RuleIds.CredentialNotWhereDocumented, RuleIds.RequiredParameterNotSet]);

        // Switched on, the calls are gathered: an operation callback per invocation and assignment, a compilation end.
        Assert.True(on.OperationActionsCount > 0);
        Assert.Equal(1, on.CompilationEndActionsCount);
        Assert.Equal(0, off.OperationActionsCount);
        Assert.Equal(0, off.SymbolActionsCount);
        Assert.Equal(0, off.CompilationEndActionsCount);
    }

    private static async Task<AnalyzerTelemetryInfo> TelemetryAsync(string[] switchedOff)
    {
        var compilation = CorpusCompilations.OfSources("Severity", [Source]);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            switchedOff.Select(id => KeyValuePair.Create(id, ReportDiagnostic.Suppress))));
        var analyzer = new ProviderDocumentRulesAnalyzer();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryText(Shop.Path, Shop.Json)), new DocumentMetadata(Shop.Provider!)),
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true);
        var result = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options).GetAnalysisResultAsync(CancellationToken.None);
        return result.AnalyzerTelemetryInfo[analyzer];
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class DocumentMetadata(string provider) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Globals = new Options(ImmutableDictionary<string, string>.Empty.Add("build_property.IsTestProject", "false"));

        public override AnalyzerConfigOptions GlobalOptions => Globals;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Options(ImmutableDictionary<string, string>.Empty.Add(ProviderDocuments.ProviderMetadata, provider));
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
