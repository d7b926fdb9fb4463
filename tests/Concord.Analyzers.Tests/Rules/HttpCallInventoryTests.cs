using Concord.Analyzers.Rules;
using Concord.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Verifier = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.HttpCallInventoryAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD090 through the analyzer test framework: the exact span and message, with the inventory
/// property given the way the build gives it (a global analyzer config). Properties: Calls/HttpCallModelTests.
/// </summary>
public sealed class HttpCallInventoryTests
{
    private const string GlobalConfig = "is_global = true\nbuild_property.ConcordInventory = true\n";

    [Fact]
    public async Task CORD090_points_at_the_url_argument_of_each_call()
    {
        var test = Verifier.Create("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class OrdersClient(HttpClient http)
            {
                public Task<string> Get(string id) => http.GetStringAsync({|#0:$"/orders/{id}"|});

                public Task<HttpResponseMessage> Create(object order) => http.PostAsJsonAsync({|#1:"/orders"|}, order);

                public Task<HttpResponseMessage> Cancel(string id) => http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, {|#2:"/orders/" + id|}));
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GlobalConfig));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("CORD090").WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("GET /orders/{id} through Shop.OrdersClient"));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("CORD090").WithLocation(1).WithSeverity(DiagnosticSeverity.Info).WithArguments("POST /orders through Shop.OrdersClient"));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("CORD090").WithLocation(2).WithSeverity(DiagnosticSeverity.Info).WithArguments("DELETE /orders/{id} through Shop.OrdersClient"));
        await test.RunAsync();
    }

    [Fact]
    public async Task CORD090_reads_a_request_a_helper_made_with_the_callers_method_and_url()
    {
        var test = Verifier.Create("""
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class OrdersClient(HttpClient http)
            {
                private static HttpRequestMessage Request(HttpMethod method, string url)
                {
                    var request = new HttpRequestMessage(method, url);
                    request.Headers.Add("Accept", "application/json");
                    return request;
                }

                public Task<HttpResponseMessage> Cancel(string id) => http.SendAsync(Request(HttpMethod.Delete, {|#0:"/orders/" + id|}));
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GlobalConfig));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("CORD090").WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("DELETE /orders/{id} through Shop.OrdersClient"));
        await test.RunAsync();
    }

    [Fact]
    public async Task CORD090_is_silent_without_the_inventory_property()
    {
        await Verifier.VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            public sealed class OrdersClient(HttpClient http)
            {
                public Task<string> Get(string id) => http.GetStringAsync($"/orders/{id}");
            }
            """);
    }

    [Fact]
    public void CORD090_is_an_info_inventory_diagnostic_with_a_help_link()
    {
        var rule = HttpCallInventoryAnalyzer.Rule;

        Assert.Equal(DiagnosticSeverity.Info, rule.DefaultSeverity);
        Assert.Contains("ConcordInventory", rule.CustomTags);
        Assert.EndsWith("analyzers/docs/CORD090.md", rule.HelpLinkUri);
        Assert.True(File.Exists(Path.Combine(Corpus.RepositoryRoot.Path, "analyzers", "docs", "CORD090.md")));
    }
}
