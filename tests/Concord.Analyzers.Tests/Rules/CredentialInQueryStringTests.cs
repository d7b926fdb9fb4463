using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

public sealed class CredentialInQueryStringTests
{
    private const string Usings = """
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;

        """;

    [Fact]
    public Task Interpolated_api_key_parameter_fires()
    {
        var source = Usings + """
            class Client
            {
                Task<HttpResponseMessage> Models(HttpClient http, string baseUrl, string apiKey) =>
                    http.GetAsync({|#0:$"{baseUrl}/api/models?api_key={apiKey}"|});
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "api_key"));
    }

    [Fact]
    public Task Concatenated_token_after_another_parameter_fires()
    {
        var source = Usings + """
            class Client
            {
                string Url(string baseUrl, IConfiguration configuration) =>
                    {|#0:baseUrl + "/search?q=models&token=" + configuration["Registry:AccessToken"]|};
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0)
            .WithArguments("Token from configuration key 'Registry:AccessToken'", "token"));
    }

    [Fact]
    public Task A_credential_value_under_a_neutral_parameter_name_fires()
    {
        var source = Usings + """
            class Client
            {
                string Url(string apiKey) => {|#0:$"https://maps.example/geocode?address=x&k={apiKey}"|};
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "k"));
    }

    [Fact]
    public Task A_credential_named_parameter_with_a_neutral_value_fires()
    {
        var source = Usings + """
            class Client
            {
                string Url(string value) => {|#0:$"https://registry.example/models?access_token={value}"|};
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0)
            .WithArguments("A value for token parameter", "access_token"));
    }

    [Fact]
    public Task String_Format_placeholder_fires()
    {
        var source = Usings + """
            class Client
            {
                string Url(string secret) => {|#0:string.Format("https://hooks.example/notify?client_secret={0}", secret)|};
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Secret 'secret'", "client_secret"));
    }

    [Fact]
    public Task A_literal_credential_in_a_url_fires()
    {
        var source = Usings + """
            class Client
            {
                const string Url = {|#0:"https://registry.example/api/models?apikey=k29dj3kd0sl2"|};
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("A literal API key", "apikey"));
    }

    [Fact]
    public Task Near_misses_do_not_fire()
    {
        var source = Usings + """
            class Client
            {
                string Page(string baseUrl, string nextPageToken) => $"{baseUrl}/models?page_token={nextPageToken}";
                string Paging(string baseUrl, string continuationToken) => baseUrl + "?continuationToken=" + continuationToken;
                string Form(string clientId, string clientSecret) => $"grant_type=client_credentials&client_id={clientId}&client_secret={clientSecret}";
                string Docs() => "https://registry.example/api/models?api_key=YOUR_API_KEY";
                string Format() => "https://registry.example/api/models?api_key={0}";
                string Cache(string cacheKey) => $"https://cdn.example/x?key={cacheKey}";
                string Fragment(string token) => $"https://app.example/#/done&token={token}";
                string Plain(string apiKey) => $"Calling registry with key id {apiKey.Length}";
                string Limits(int maxTokens) => $"https://llm.example/complete?max_tokens={maxTokens}";
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Allowed_parameters_option_silences_public_keys()
    {
        var source = Usings + """
            class Client
            {
                string Url(string publishableKey) => $"https://pay.example/js?publishable_key={publishableKey}";
                string Maps(string mapsApiKey) => $"https://maps.example/api/js?api_key={mapsApiKey}";
            }
            """;
        return Verify.VerifyAsync(source, "concord.CORD003.allowed_parameters = publishable_key, api_key");
    }
}
