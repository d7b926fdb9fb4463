using Concord.Analyzers.Rules;
using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.AuthorizationWithoutSchemeAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

public sealed class AuthorizationWithoutSchemeTests
{
    private const string Usings = """
        using System.Net.Http;
        using System.Net.Http.Headers;
        using Microsoft.Extensions.Configuration;

        """;

    [Fact]
    public Task Headers_Add_with_a_bare_api_key_fires()
    {
        var source = Usings + """
            class Client
            {
                void Send(HttpClient client, string apiKey)
                {
                    client.DefaultRequestHeaders.Add("Authorization", {|#0:apiKey|});
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD005").WithLocation(0)
            .WithArguments("API key 'apiKey'", "apiKey"));
    }

    [Fact]
    public Task TryAddWithoutValidation_with_a_configured_token_fires()
    {
        var source = Usings + """
            class Client
            {
                void Send(HttpRequestMessage request, IConfiguration configuration)
                {
                    request.Headers.TryAddWithoutValidation("authorization", {|#0:configuration["Upstream:AccessToken"]|});
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD005").WithLocation(0)
            .WithArguments("token from configuration key 'Upstream:AccessToken'", "configuration[\"Upstream:AccessToken\"]"));
    }

    [Fact]
    public Task A_credential_reaching_the_header_through_a_neutral_local_fires()
    {
        var source = Usings + """
            class Client
            {
                void Send(HttpClient client, IConfiguration configuration)
                {
                    var value = configuration["Auth:ApiKey"];
                    client.DefaultRequestHeaders.Add("Authorization", {|#0:value|});
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD005").WithLocation(0)
            .WithArguments("API key from configuration key 'Auth:ApiKey'", "value"));
    }

    [Fact]
    public Task A_bare_literal_fires()
    {
        var source = Usings + """
            class Client
            {
                void Send(HttpClient client) => client.DefaultRequestHeaders.Add("Authorization", {|#0:"k-123"|});
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD005").WithLocation(0).WithArguments("a bare literal", "\"k-123\""));
    }

    [Fact]
    public Task AuthenticationHeaderValue_Parse_of_a_bare_token_fires()
    {
        var source = Usings + """
            class Client
            {
                void Send(HttpClient client, string token)
                {
                    client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse({|#0:token|});
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD005").WithLocation(0).WithArguments("token 'token'", "token"));
    }

    [Fact]
    public Task One_argument_constructor_given_the_key_as_scheme_fires()
    {
        var source = Usings + """
            class Client
            {
                void Send(HttpClient client, string apiKey)
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue({|#0:apiKey|});
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD005").WithLocation(0).WithArguments("API key 'apiKey'", "apiKey"));
    }

    [Theory]
    [InlineData("\"Bearer \" + apiKey")]
    [InlineData("$\"Bearer {apiKey}\"")]
    [InlineData("$\"{scheme} {apiKey}\"")]
    [InlineData("string.Format(\"Bearer {0}\", apiKey)")]
    [InlineData("\"Basic dXNlcjpwYXNz\"")]
    [InlineData("authorizationHeader")]
    [InlineData("headerValue")]
    public Task Values_that_carry_a_scheme_or_are_not_credentials_do_not_fire(string value)
    {
        var source = Usings + $$"""
            class Client
            {
                void Send(HttpClient client, string apiKey, string scheme, string authorizationHeader, string headerValue)
                {
                    client.DefaultRequestHeaders.Add("Authorization", {{value}});
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Other_headers_and_scheme_constructors_do_not_fire()
    {
        var source = Usings + """
            class Client
            {
                void Send(HttpClient client, string apiKey)
                {
                    client.DefaultRequestHeaders.Add("X-API-Key", apiKey);
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Negotiate");
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Test_projects_are_skipped_when_configured()
    {
        var test = Verification.AnalyzerVerifier<AuthorizationWithoutSchemeAnalyzer>.Create(
            Usings + """
            class ClientTests
            {
                void Send(HttpClient client, string apiKey) => client.DefaultRequestHeaders.Add("Authorization", apiKey);
            }
            """,
            "concord.skip_test_projects = true");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        return test.RunAsync();
    }

    /// <summary>Refit's header attributes, declared here so the test needs no package.</summary>
    private const string RefitAttributes = """

        namespace Refit
        {
            using System;

            [AttributeUsage(AttributeTargets.Method)] public sealed class GetAttribute(string path) : Attribute { }
            [AttributeUsage(AttributeTargets.Method | AttributeTargets.Interface)] public sealed class HeadersAttribute(params string[] headers) : Attribute { }
            [AttributeUsage(AttributeTargets.Parameter)] public sealed class HeaderAttribute(string header) : Attribute { }
            [AttributeUsage(AttributeTargets.Parameter)] public sealed class AuthorizeAttribute(string scheme = "Bearer") : Attribute { }
        }
        """;

    [Fact]
    public Task A_refit_authorization_header_read_by_the_call_model_fires_on_a_bare_key_argument_and_a_bare_literal()
    {
        // Shapes CORD005 did not see before it read headers through the call model: no Headers.Add call is written.
        var source = Usings + """
            using System.Threading.Tasks;

            public interface IReportsApi
            {
                [Refit.Get("/reports")]
                Task<string> Monthly([Refit.Header("Authorization")] string authorization);

                [{|#1:Refit.Headers("Authorization: k-123")|}]
                [Refit.Get("/reports")]
                Task<string> Yearly();

                // Refit writes the scheme.
                [Refit.Get("/reports")] Task<string> Daily([Refit.Authorize("Bearer")] string apiKey);

                [Refit.Headers("Authorization: Bearer")]
                [Refit.Get("/reports")]
                Task<string> Hourly();
            }

            class Reports
            {
                Task<string> Bare(IReportsApi api, string apiKey) => api.Monthly({|#0:apiKey|});

                // The caller writes the scheme into the argument.
                Task<string> WithScheme(IReportsApi api, string apiKey) => api.Monthly($"Bearer {apiKey}");

                Task<string> Daily(IReportsApi api, string apiKey) => api.Daily(apiKey);
            }
            """ + RefitAttributes;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic("CORD005").WithLocation(0).WithArguments("API key 'apiKey'", "apiKey"),
            Verify.Diagnostic("CORD005").WithLocation(1).WithArguments("a bare literal in the Refit [Headers] attribute", "\"<key>\""));
    }

    [Fact]
    public Task A_refit_interfaces_own_authorization_header_line_without_a_scheme_fires_once_where_it_is_written()
    {
        // Refit applies an interface's [Headers] to every method; the bare key is written once, so it is reported once.
        var source = Usings + """
            using System.Threading.Tasks;

            [{|#0:Refit.Headers("Authorization: k-123")|}]
            public interface IReportsApi
            {
                [Refit.Get("/reports")] Task<string> Monthly();

                [Refit.Get("/reports/yearly")] Task<string> Yearly();
            }

            [Refit.Headers("Authorization: Token k-123")]
            public interface IArchiveApi
            {
                [Refit.Get("/archive")] Task<string> All();
            }
            """ + RefitAttributes;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic("CORD005").WithLocation(0).WithArguments("a bare literal in the Refit [Headers] attribute", "\"<key>\""));
    }
}
