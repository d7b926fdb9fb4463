using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.HardCodedLiveCredentialAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>CORD004 on a key written as a header's value: the header's name says what the value is.</summary>
public sealed class HardCodedHeaderCredentialTests
{
    // Random-looking, no well-known prefix: only the header's name tells it is a credential. Assembled at run time.
    private static readonly string Key = "Zk29dJ3kd0sl2QpW8xY" + "q4Lm7";

    private static string Redacted(string value) => Concord.Analyzers.Credentials.SecretLikeness.Redact(value);

    /// <summary>Refit's header attribute, declared here so the test needs no package.</summary>
    private const string RefitAttributes = """

        namespace Refit
        {
            using System;

            [AttributeUsage(AttributeTargets.Method)] public sealed class GetAttribute(string path) : Attribute { }
            [AttributeUsage(AttributeTargets.Method | AttributeTargets.Interface)] public sealed class HeadersAttribute(params string[] headers) : Attribute { }
        }
        """;

    [Fact]
    public Task A_key_set_as_a_credential_headers_value_fires_in_code_and_in_refit_header_lines()
    {
        var source = $$"""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            [Refit.Headers({|#0:"X-Api-Key: {{Key}}"|})]
            public interface IReportsApi
            {
                [Refit.Headers({|#1:"Authorization: Bearer {{Key}}"|}, "User-Agent: reports/{{Key}}")]
                [Refit.Get("/reports")]
                Task<string> Monthly();
            }

            class Reports
            {
                void Configure(HttpClient client)
                {
                    client.DefaultRequestHeaders.Add("X-Api-Key", {|#2:"{{Key}}"|});
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|#3:"{{Key}}"|});
                    client.DefaultRequestHeaders.Add("X-Request-Id", "{{Key}}");
                }
            }
            """ + RefitAttributes;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic("CORD004").WithLocation(0).WithArguments("API key", Redacted(Key)),
            Verify.Diagnostic("CORD004").WithLocation(1).WithArguments("token", Redacted(Key)),
            Verify.Diagnostic("CORD004").WithLocation(2).WithArguments("API key", Redacted(Key)),
            Verify.Diagnostic("CORD004").WithLocation(3).WithArguments("token", Redacted(Key)));
    }

    // Modelled on a self-hosted media manager whose own HTTP layer keeps headers in a name/value collection, and whose
    // list importer set a provider's key as a literal header value and another as a literal query parameter.
    [Fact]
    public Task A_key_given_beside_its_name_to_the_apps_own_header_collection_or_query_builder_fires()
    {
        var source = $$"""
            using System.Collections.Specialized;

            public class HttpHeader : NameValueCollection { }

            public class HttpRequest
            {
                public HttpHeader Headers { get; } = new();
            }

            public class RequestBuilder
            {
                public RequestBuilder AddQueryParam(string key, object value) => this;
                public HttpRequest Build() => new();
            }

            public class ListImporter
            {
                public HttpRequest Lists(string user)
                {
                    var request = new RequestBuilder().AddQueryParam("user", user).AddQueryParam("api_key", {|#0:"{{Key}}"|}).Build();
                    request.Headers.Add("trakt-api-key", {|#1:"{{Key}}"|});
                    request.Headers.Add("trakt-api-version", "{{Key}}");
                    var query = new NameValueCollection { { "apikey", {|#2:"{{Key}}"|} }, { "format", "{{Key}}" } };
                    return request;
                }
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic("CORD004").WithLocation(0).WithArguments("API key in a URL", Redacted(Key)),
            Verify.Diagnostic("CORD004").WithLocation(1).WithArguments("API key", Redacted(Key)),
            Verify.Diagnostic("CORD004").WithLocation(2).WithArguments("API key in a URL", Redacted(Key)));
    }
}
