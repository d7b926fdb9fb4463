using Concord.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Verifier = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.HttpClientRegistrationInventoryAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>CORD091 through the analyzer test framework: exact span and message. Properties: Calls/ClientRegistrationModelTests.</summary>
public sealed class HttpClientRegistrationInventoryTests
{
    private const string Source = """
        using System;
        using System.Net.Http;

        namespace Shop;

        public sealed class CatalogClient
        {
            public CatalogClient(HttpClient http)
            {
                {|#0:http.BaseAddress = new Uri(Environment.GetEnvironmentVariable("CATALOG_URL") ?? "http://localhost:5100")|};
            }
        }
        """;

    [Fact]
    public async Task CORD091_points_at_a_base_address_set_in_a_typed_clients_constructor()
    {
        var test = Verifier.Create(Source);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ConcordInventory = true\n"));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("CORD091").WithLocation(0).WithSeverity(DiagnosticSeverity.Info)
            .WithArguments("Shop.CatalogClient takes its base address from environment variable 'CATALOG_URL' (fallback 'http://localhost:5100')"));
        await test.RunAsync();
    }

    [Fact]
    public async Task CORD091_is_silent_without_the_inventory_property()
    {
        await Verifier.VerifyAsync(Source.Replace("{|#0:", string.Empty).Replace(")|};", ");"));
    }

    [Fact]
    public void CORD091_is_an_info_inventory_diagnostic_with_a_help_link()
    {
        var rule = HttpClientRegistrationInventoryAnalyzer.Rule;

        Assert.Equal(DiagnosticSeverity.Info, rule.DefaultSeverity);
        Assert.Contains("ConcordInventory", rule.CustomTags);
        Assert.True(File.Exists(Path.Combine(Corpus.RepositoryRoot.Path, "analyzers", "docs", "CORD091.md")));
    }
}
