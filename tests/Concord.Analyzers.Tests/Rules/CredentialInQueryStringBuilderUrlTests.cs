using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD003 on a query builder method reads the URL the builder adds to (the builder it is called on, or the URL passed
/// before the name): its path says which protocol step the link is, its host which provider reads the parameter.
/// </summary>
public sealed class CredentialInQueryStringBuilderUrlTests
{
    // A builder extension of the code's own, as libraries write them: appends name=value after a '?' or '&'.
    private const string QueryExtensions = """
        static class QueryExtensions
        {
            public static void AddParameterToQuery(this System.Text.StringBuilder url, string name, object value) =>
                url.Append(url.ToString().Contains('?') ? '&' : '?').Append(name).Append('=').Append(value);

            public static string AddQueryParam(this string url, string name, string value) => url + "&" + name + "=" + value;
        }
        """;

    [Fact]
    public Task An_oauth1_authorize_link_built_on_a_builder_from_a_field_named_for_the_authorize_page_is_quiet()
    {
        // The base URL is a mutable static field (not a constant): only its name says it is the authorize page.
        var source = """
            static class Endpoints
            {
                public static string AuthorizeBaseUrl = "https://api.example.com/oauth/authorize";
            }

            public class SignIn
            {
                public string AuthorizationLink(string requestToken)
                {
                    var link = new System.Text.StringBuilder(Endpoints.AuthorizeBaseUrl);
                    link.AddParameterToQuery("oauth_token", requestToken);
                    link.AddParameterToQuery("force_login", true);
                    return link.ToString();
                }
            }
            """ + QueryExtensions;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task The_same_builder_on_an_api_address_fires()
    {
        var source = """
            static class Endpoints
            {
                public static string ApiBaseUrl = "https://api.example.com/1.1/statuses";
            }

            public class Timeline
            {
                public string Link(string accessToken)
                {
                    var link = new System.Text.StringBuilder(Endpoints.ApiBaseUrl);
                    {|#0:link.AddParameterToQuery("oauth_token", accessToken)|};
                    return link.ToString();
                }
            }
            """ + QueryExtensions;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0)
                .WithArguments("Token 'accessToken'", "oauth_token", "", "send it in a request header instead (such as Authorization), if the server reads one"));
    }

    [Theory]
    [InlineData("https://www.omdbapi.com/", false)]
    [InlineData("https://api.example.com/films/", true)]
    public Task A_builder_on_a_url_names_the_provider_that_reads_the_key_only_in_the_query(string address, bool fires)
    {
        // OMDb documents 'apikey' in the query and no header. The address is written in another type, so only the
        // URL the builder adds to names the provider.
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            static class Films
            {
                public const string Address = "ADDRESS";
            }

            class Catalogue(HttpClient http)
            {
                Task<string> Find(string title, string key) =>
                    http.GetStringAsync({|#0:(Films.Address + "?t=" + title).AddQueryParam("apikey", key)|});
            }
            """.Replace("ADDRESS", address) + QueryExtensions;
        return fires
            ? Verify.VerifyAsync(source,
                Verify.Diagnostic("CORD003").WithLocation(0)
                    .WithArguments("A value for API key parameter", "apikey", "", "send it in a request header instead (such as Authorization), if the server reads one"))
            : Verify.VerifyAsync(source);
    }
}
