using Concord.Analyzers.Infrastructure;
using Concord.Analyzers.Rules;
using Concord.Analyzers.Tests.Calls;
using static Concord.Analyzers.Tests.Calls.InventoryRun;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>CORD007: the credential sent where the provider's document does not read it.</summary>
public sealed class CredentialNotWhereDocumentedTests
{
    private const string Header = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Net.Http.Json;
        using System.Threading.Tasks;

        namespace Gateway;

        """;

    private static readonly ProviderFile AuthDocument = new("/docs/auth.json", TestDocuments.Auth, "AuthService", "AuthServiceClient");

    private static Task<System.Collections.Immutable.ImmutableArray<Reported>> RunAsync(string source) =>
        WithDocumentsAsync(RuleIds.CredentialNotWhereDocumented, Header + source, AuthDocument);

    [Fact]
    public async Task CORD007_fires_on_the_seeds_key_in_the_json_body()
    {
        var reported = Assert.Single(await RunAsync("""
            public sealed class AuthServiceClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Validate(string apiKey, string serviceId) =>
                    http.PostAsJsonAsync("/api/v1/keys/validate", new { api_key = apiKey, service_id = serviceId });
            }
            """));

        Assert.Equal("CORD007", reported.Id);
        Assert.Equal("\"/api/v1/keys/validate\"", reported.At);
        Assert.Equal(
            "The JSON body member 'api_key' is sent, but AuthService's document reads the credential of POST /api/v1/keys/validate from the Authorization header (Bearer)",
            reported.Message);
        Assert.Equal("the Authorization header (Bearer)", reported["Expected"]);
    }

    [Fact]
    public async Task CORD007_is_quiet_on_the_fixed_seed_that_sends_a_bearer_header()
    {
        Assert.Empty(await RunAsync("""
            public sealed class AuthServiceClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Validate(string apiKey, string serviceId)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/keys/validate")
                    {
                        Content = JsonContent.Create(new { service_id = serviceId }),
                    };
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
                    return http.SendAsync(request);
                }
            }
            """));
    }

    [Fact]
    public async Task CORD007_fires_on_the_wrong_header_and_on_a_query_credential()
    {
        var reported = await RunAsync("""
            public sealed class AuthServiceClient
            {
                private readonly HttpClient _http;

                public AuthServiceClient(HttpClient http, string key)
                {
                    _http = http;
                    _http.DefaultRequestHeaders.Add("X-API-Key", key);
                }

                public Task<HttpResponseMessage> Validate() => _http.PostAsync("/api/v1/keys/validate", null);
            }

            public static class ReportsCalls
            {
                // No typed client: with a single document, a relative call goes to it.
                public static Task<string> Reports(HttpClient http, string apiKey) => http.GetStringAsync($"/api/v1/reports?api_key={apiKey}");
            }
            """);

        Assert.Equal(2, reported.Length);
        Assert.StartsWith("The X-API-Key header is sent, but AuthService's document reads the credential of POST /api/v1/keys/validate from the Authorization header (Bearer)", reported[0].Message);
        Assert.StartsWith("The query parameter 'api_key' is sent, but AuthService's document reads the credential of GET /api/v1/reports from the X-API-Key header", reported[1].Message);
    }

    [Fact]
    public async Task CORD007_is_quiet_where_the_document_takes_the_key_in_the_body_needs_none_or_the_call_shows_none()
    {
        Assert.Equal([], (await RunAsync("""
            public sealed class AuthServiceClient(HttpClient http)
            {
                // The sessions operation documents api_key as a body property and requires no scheme.
                public Task<HttpResponseMessage> Session(string apiKey) => http.PostAsJsonAsync("/api/v1/sessions", new { api_key = apiKey });

                // Optional security ({} among the requirements).
                public Task<string> Public(string apiKey) => http.GetStringAsync($"/api/v1/public?api_key={apiKey}");

                // No credential visible: a message handler may add the header.
                public Task<HttpResponseMessage> Handler(string serviceId) => http.PostAsJsonAsync("/api/v1/keys/validate", new { service_id = serviceId });

                // The right header, set on the request.
                public Task<string> Reports(string key)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reports");
                    request.Headers.Add("X-API-Key", key);
                    return http.SendAsync(request).ContinueWith(_ => "done");
                }
            }
            """)).Select(r => r.Message));
    }

    [Fact]
    public async Task CORD007_is_silent_without_a_provider_document()
    {
        Assert.Empty(await WithDocumentsAsync(RuleIds.CredentialNotWhereDocumented, Header + """
            public sealed class AuthServiceClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Validate(string apiKey) =>
                    http.PostAsJsonAsync("/api/v1/keys/validate", new { api_key = apiKey });
            }
            """));
    }

    [Fact]
    public async Task CORD007_reads_default_headers_a_named_clients_registration_sets()
    {
        // The header is set where the named client is registered, not around the call: the call model joins the two.
        var reported = await RunAsync("""
            public static class Setup
            {
                public static void Register(Microsoft.Extensions.DependencyInjection.IServiceCollection services, string key) =>
                    Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions.AddHttpClient(
                        services, "AuthServiceClient", c => c.DefaultRequestHeaders.Add("X-API-Key", key));
            }

            public sealed class Validator(IHttpClientFactory factory)
            {
                public Task<HttpResponseMessage> Validate() => factory.CreateClient("AuthServiceClient").PostAsync("/api/v1/keys/validate", null);

                // The document reads X-API-Key here: the registration's header is where it belongs.
                public Task<string> Reports() => factory.CreateClient("AuthServiceClient").GetStringAsync("/api/v1/reports");
            }
            """);

        var only = Assert.Single(reported);
        Assert.Equal(
            "The X-API-Key header is sent, but AuthService's document reads the credential of POST /api/v1/keys/validate from the Authorization header (Bearer)",
            only.Message);
    }

    [Fact]
    public async Task CORD007_reads_a_refit_methods_headers_through_the_call_model()
    {
        var reported = await WithDocumentsAsync(RuleIds.CredentialNotWhereDocumented, [Header + """
            public interface AuthServiceClient
            {
                [Refit.Post("/api/v1/keys/validate")] Task<string> Validate([Refit.Header("X-API-Key")] string key);

                // The document reads X-API-Key here; Refit's [Authorize] sends Bearer where Bearer is read.
                [Refit.Get("/api/v1/reports")] Task<string> Reports([Refit.Header("X-API-Key")] string key);

                [Refit.Post("/api/v1/keys/validate")] Task<string> Checked([Refit.Authorize("Bearer")] string key);
            }
            """, """
            namespace Refit;

            using System;

            [AttributeUsage(AttributeTargets.Method)] public sealed class GetAttribute(string path) : Attribute { }
            [AttributeUsage(AttributeTargets.Method)] public sealed class PostAttribute(string path) : Attribute { }
            [AttributeUsage(AttributeTargets.Parameter)] public sealed class HeaderAttribute(string header) : Attribute { }
            [AttributeUsage(AttributeTargets.Parameter)] public sealed class AuthorizeAttribute(string scheme = "Bearer") : Attribute { }
            """], AuthDocument);

        var only = Assert.Single(reported);
        Assert.Equal(
            "The X-API-Key header is sent, but AuthService's document reads the credential of POST /api/v1/keys/validate from the Authorization header (Bearer)",
            only.Message);
    }
}
