using Concord.Analyzers.Infrastructure;
using Concord.Analyzers.CodeFixes;
using Concord.Analyzers.Rules;
using Concord.Analyzers.Tests.Calls;
using Concord.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Concord.Analyzers.Tests.CodeFixes;

/// <summary>CORD006's fix: the literal part of the path becomes the nearest documented route.</summary>
public sealed class RouteNotInProviderDocumentCodeFixTests
{
    private const string Usings = """
        using System.Net.Http;
        using System.Threading.Tasks;

        """;

    private static Task VerifyAsync(string source, string fixedSource, string document = TestDocuments.ModelRegistry)
    {
        var test = new CSharpCodeFixTest<ProviderDocumentRulesAnalyzer, RouteNotInProviderDocumentCodeFixProvider, DefaultVerifier>
        {
            TestCode = Usings + source,
            FixedCode = Usings + fixedSource,
            ReferenceAssemblies = TestReferences.Net10,

            // CORD006 is decided at the end of the compilation (every client registration known), so it is not local
            // to one file: the IDE offers the fix where it runs whole-compilation analysis (full solution analysis, the build's error list).
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };

        // The analyzer serves CORD006-CORD008: only CORD006's fix is under test here.
        test.DisabledDiagnostics.AddRange([RuleIds.CredentialNotWhereDocumented, RuleIds.RequiredParameterNotSet]);

        // The provider's document, given as MSBuild gives an AdditionalFile with ConcordProvider metadata.
        const string metadata = "is_global = true\n\n[/docs/registry.json]\nbuild_metadata.AdditionalFiles.ConcordProvider = ModelRegistryApi\n";
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalFiles.Add(("/docs/registry.json", document));
            state.AnalyzerConfigFiles.Add(("/.globalconfig", metadata));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task A_wrong_prefix_is_removed_and_the_tail_kept_as_written()
    {
        const string source = """
            public sealed class RegistryClient(HttpClient http)
            {
                public Task<string> Experiments() => http.GetStringAsync({|CORD006:"/api/mlflow/experiments/list"|});

                public Task<HttpResponseMessage> Delete(string id) => http.DeleteAsync({|CORD006:$"/api/mlflow/runs/{id}"|});
            }
            """;
        const string fixedSource = """
            public sealed class RegistryClient(HttpClient http)
            {
                public Task<string> Experiments() => http.GetStringAsync("/mlflow/experiments/list");

                public Task<HttpResponseMessage> Delete(string id) => http.DeleteAsync($"/mlflow/runs/{id}");
            }
            """;
        return VerifyAsync(source, fixedSource);
    }

    [Fact]
    public Task A_misspelt_segment_is_corrected_in_a_concatenation()
    {
        const string source = """
            public sealed class RegistryClient(HttpClient http)
            {
                public Task<string> Run(string id) => http.GetStringAsync({|CORD006:"/mlflow/run/" + id|});
            }
            """;
        const string fixedSource = """
            public sealed class RegistryClient(HttpClient http)
            {
                public Task<string> Run(string id) => http.GetStringAsync("/mlflow/runs/" + id);
            }
            """;
        return VerifyAsync(source, fixedSource);
    }

    [Fact]
    public Task The_documents_base_path_written_in_the_call_is_kept()
    {
        const string source = """
            public sealed class OrdersClient(HttpClient http)
            {
                public Task<string> Lines(int id) => http.GetStringAsync({|CORD006:$"/api/v1/order/{id}/lines"|});
            }
            """;
        const string fixedSource = """
            public sealed class OrdersClient(HttpClient http)
            {
                public Task<string> Lines(int id) => http.GetStringAsync($"/api/v1/orders/{id}/lines");
            }
            """;
        return VerifyAsync(source, fixedSource, TestDocuments.Orders);
    }

    [Fact]
    public Task No_fix_is_offered_when_nothing_documented_is_near_or_the_literal_is_out_of_sight()
    {
        // The first call has no suggestion; the second's literal is a constant declared elsewhere.
        const string source = """
            public sealed class RegistryClient(HttpClient http)
            {
                private const string Runs = "/api/mlflow/runs/";

                public Task<string> Billing() => http.GetStringAsync({|CORD006:"/billing/invoices/current"|});

                public Task<string> Run(string id) => http.GetStringAsync({|CORD006:Runs + id|});
            }
            """;
        return VerifyAsync(source, source);
    }

    [Theory]
    [InlineData("/api/mlflow/runs/{id}", "/mlflow/runs/{runId}", "", "/api", "")]
    [InlineData("/mlflow/run/{id}", "/mlflow/runs/{runId}", "", "/mlflow/run", "/mlflow/runs")]
    [InlineData("/api/v1/order/{id}", "/orders/{id}", "/api/v1", "/order", "/orders")]
    [InlineData("/v2/orders/{id}", "/api/orders/{id}", "", "/v2", "/api")]
    public void The_replacement_is_the_literal_text_before_the_shared_tail(string route, string suggestion, string basePath, string from, string to)
    {
        Assert.Equal((from, to), RouteNotInProviderDocumentCodeFixProvider.Replacement(route, suggestion, basePath));
    }

    [Fact]
    public void No_replacement_when_the_differing_part_holds_a_hole()
    {
        Assert.Null(RouteNotInProviderDocumentCodeFixProvider.Replacement("/{tenant}/runs/{id}", "/mlflow/runs/{runId}", ""));
    }
}
