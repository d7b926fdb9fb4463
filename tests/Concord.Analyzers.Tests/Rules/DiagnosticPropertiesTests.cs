using System.Collections.Immutable;
using Concord.Analyzers.Rules;
using Concord.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// Tools that read Concord's diagnostics from a SARIF log (concord check) find the other side of a
/// disagreement through these properties, never by parsing the message.
/// </summary>
public sealed class DiagnosticPropertiesTests
{
    [Fact]
    public async Task CORD001_carries_the_request_method_and_url()
    {
        var diagnostic = await SingleAsync(new CredentialInJsonBodyAnalyzer(), """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class AuthClient
            {
                Task<HttpResponseMessage> Validate(HttpClient http, string apiKey) =>
                    http.PostAsJsonAsync("/api/v1/keys/validate", new { api_key = apiKey, service_id = "ml-platform" });
            }
            """);

        Assert.Equal("POST", diagnostic.Properties[CredentialInJsonBodyAnalyzer.HttpMethodProperty]);
        Assert.Equal("/api/v1/keys/validate", diagnostic.Properties[CredentialInJsonBodyAnalyzer.RequestUrlProperty]);
    }

    [Fact]
    public async Task CORD002_carries_the_setting_and_the_fallback_address()
    {
        var diagnostic = await SingleAsync(new LoopbackFallbackUrlAnalyzer(), """
            using System;

            class MlflowUpstream
            {
                static string Url() => Environment.GetEnvironmentVariable("MLFLOW_SERVER_URL") ?? "http://localhost:5000";
            }
            """);

        Assert.Equal("MLFLOW_SERVER_URL", diagnostic.Properties[LoopbackFallbackUrlAnalyzer.SettingNameProperty]);
        Assert.Equal("http://localhost:5000", diagnostic.Properties[LoopbackFallbackUrlAnalyzer.FallbackAddressProperty]);
    }

    private static async Task<Microsoft.CodeAnalysis.Diagnostic> SingleAsync(DiagnosticAnalyzer analyzer, string source)
    {
        var compilation = CorpusCompilations.OfSources("Properties", [source], Microsoft.CodeAnalysis.OutputKind.ConsoleApplication);
        var run = await AnalyzerRun.RunAsync("properties", compilation, isTestProject: false, ImmutableArray.Create(analyzer));
        return Assert.Single(run.ConcordDiagnostics);
    }
}
