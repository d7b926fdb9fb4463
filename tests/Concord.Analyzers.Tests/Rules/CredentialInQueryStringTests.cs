using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

public sealed class CredentialInQueryStringTests
{
    /// <summary>The advice for a server the analyzer knows nothing about: a header, said as a condition.</summary>
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

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
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "api_key", "", ToAHeader));
    }

    [Fact]
    public Task Concatenated_token_after_another_parameter_fires()
    {
        var source = Usings + """
            class Client
            {
                string Url(string baseUrl, IConfiguration configuration) =>
                    {|#0:baseUrl + "/search?q=models&token=" + configuration["Registry:AccessToken"]|};

                Task<string> Search(HttpClient http, IConfiguration configuration) => http.GetStringAsync(Url("https://registry.example", configuration));
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0)
            .WithArguments("Token from configuration key 'Registry:AccessToken'", "token", "", ToAHeader));
    }

    [Fact]
    public Task A_credential_value_under_a_neutral_parameter_name_fires()
    {
        var source = Usings + """
            class Client
            {
                string Url(string apiKey) => {|#0:$"https://maps.example/geocode?address=x&k={apiKey}"|};

                Task<string> Geocode(HttpClient http, string apiKey) => http.GetStringAsync(Url(apiKey));
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "k", "", ToAHeader));
    }

    [Fact]
    public Task A_credential_named_parameter_with_a_neutral_value_fires()
    {
        var source = Usings + """
            class Client
            {
                string Url(string value) => {|#0:$"https://registry.example/models?access_token={value}"|};

                Task<string> Models(HttpClient http, string value) => http.GetStringAsync(Url(value));
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0)
            .WithArguments("A value for token parameter", "access_token", "", ToAHeader));
    }

    [Fact]
    public Task String_Format_placeholder_fires()
    {
        var source = Usings + """
            class Client
            {
                string Url(string secret) => {|#0:string.Format("https://hooks.example/notify?client_secret={0}", secret)|};

                Task<HttpResponseMessage> Notify(HttpClient http, string secret) => http.PostAsync(Url(secret), null);
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Secret 'secret'", "client_secret", "", ToAHeader));
    }

    [Fact]
    public Task A_literal_credential_in_a_url_fires()
    {
        var source = Usings + """
            class Client
            {
                const string Url = {|#0:"https://registry.example/api/models?apikey=k29dj3kd0sl2"|};

                Task<string> Models(HttpClient http) => http.GetStringAsync(Url);
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("A literal API key", "apikey", "", ToAHeader));
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

    [Fact]
    public Task Query_builders_and_query_collections_fire()
    {
        var source = Usings + """
            using System;
            using System.Collections.Generic;
            using System.Collections.Specialized;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.WebUtilities;

            class RequestBuilder
            {
                public RequestBuilder AddQueryParam(string name, string value) => this;
            }

            class Client
            {
                Task Send(HttpClient http, string url, string key) => Task.WhenAll(http.GetStringAsync(A(url, key)), http.GetStringAsync(B(url, key)));
                string A(string url, string apiKey) => {|#0:QueryHelpers.AddQueryString(url, "api_key", apiKey)|};
                string B(string url, string token) => QueryHelpers.AddQueryString(url, new Dictionary<string, string?> { {|#1:["access_token"] = token|}, ["page"] = "2" });
                QueryString C(string key) => {|#2:QueryString.Create("apikey", key)|};
                RequestBuilder D(RequestBuilder builder, string value) => {|#3:builder.AddQueryParam("apikey", value)|};
                NameValueCollection E(string apiToken) => new NameValueCollection { {|#4:{ "api_token", apiToken }|}, { "t", "search" } };
                Dictionary<string, string> F(string secret)
                {
                    var queryParams = new Dictionary<string, string> { {|#5:{ "client_secret", secret }|} };
                    return queryParams;
                }
                string G(string password)
                {
                    var builder = new UriBuilder("https://indexer.example/api");
                    builder.Query = {|#6:"t=caps&passkey=" + password|};
                    return builder.ToString();
                }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "api_key", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(1).WithArguments("Token 'token'", "access_token", "", ToAHeader),
            // The same credential sent in the same parameter twice in one type is one warning, naming the other place.
            Verify.Diagnostic("CORD003").WithLocation(2).WithLocation(3).WithArguments("A value for API key parameter", "apikey", " (and 1 more in Client)", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(4).WithArguments("Token 'apiToken'", "api_token", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(5).WithArguments("Secret 'secret'", "client_secret", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(6).WithArguments("Password 'password'", "passkey", "", ToAHeader));
    }

    [Fact]
    public Task Appended_pieces_ternary_separators_format_wrappers_and_vendor_keys_fire()
    {
        var source = Usings + """
            using System;

            class Client
            {
                static string Build(string format, params object[] args) => string.Format(format, args);

                string A(string url, string key)
                {
                    url += {|#0:"&apikey=" + key|};
                    return url;
                }
                string B(string searchUrl, string apiKey) => {|#1:searchUrl + "&apikey=" + apiKey|};
                string C(string url, string token) => {|#2:url + (url.Contains('?') ? "&" : "?") + "token=" + token|};
                string D(string geminiKey) => {|#3:Build("https://llm.example/v1/models?key={0}", geminiKey)|};
                string E(string tmdbApiKey, int id) => {|#4:$"https://movies.example/3/movie/{id}?api_key={tmdbApiKey}"|};

                Task Send(HttpClient http, string url, string key) => Task.WhenAll(
                    http.GetStringAsync(A(url, key)), http.GetStringAsync(B(url, key)), http.GetStringAsync(C(url, key)),
                    http.GetStringAsync(D(key)), http.GetStringAsync(E(key, 1)));
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("A value for API key parameter", "apikey", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(1).WithArguments("API key 'apiKey'", "apikey", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(2).WithArguments("Token 'token'", "token", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(3).WithArguments("Secret 'geminiKey'", "key", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(4).WithArguments("API key 'tmdbApiKey'", "api_key", "", ToAHeader));
    }

    // Query parameters and settings often write the two words as one: ?appkey=, ?accesstoken=.
    [Fact]
    public Task A_credential_name_written_as_one_word_fires()
    {
        var source = Usings + """
            class Client
            {
                Task<string> A(HttpClient http, string appkey) => http.GetStringAsync({|#0:$"https://maps.example/geo?q=x&appkey={appkey}"|});
                Task<string> B(HttpClient http, string accesstoken) => http.GetStringAsync({|#1:"https://feeds.example/all?accesstoken=" + accesstoken|});
                Task<string> C(HttpClient http, string hotkey) => http.GetStringAsync("https://keys.example/bind?hotkey=" + hotkey);
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Secret 'appkey'", "appkey", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(1).WithArguments("Token 'accesstoken'", "accesstoken", "", ToAHeader));
    }

    // Seen on real code: a video site's TV login sends its app key with a 'sign' made from the query and the app's
    // secret. The key names the caller; the secret never travels, and the provider reads the key the signature covers.
    [Fact]
    public Task The_key_of_a_signed_request_does_not_fire_and_the_same_key_unsigned_does()
    {
        var source = Usings + """
            using System.Collections.Generic;
            using System.Collections.Specialized;

            class Client
            {
                static string Sign(string query) => query;

                NameValueCollection A(string appKey, long ts)
                {
                    var query = new NameValueCollection();
                    query.Add("appkey", appKey);
                    query.Add("ts", ts.ToString());
                    query.Add($"sign", Sign(query.ToString()));
                    return query;
                }
                NameValueCollection B(string apiKey) =>
                    new NameValueCollection { { "api_key", apiKey }, { "method", "track.scrobble" }, { "api_sig", Sign(apiKey) } };
                string C(string appKey, string signature) => $"https://api.video.example/x/tv/login?appkey={appKey}&sign={signature}";
                NameValueCollection D(string appKey)
                {
                    var query = new NameValueCollection();
                    {|#0:query.Add("appkey", appKey)|};
                    return query;
                }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Secret 'appKey'", "appkey", "", ToAHeader));
    }

    // Seen on real code: a settings form checks a Gemini key with "…/models?key=" + Uri.EscapeDataString(geminiKey).
    [Fact]
    public Task A_credential_wrapped_in_an_escaping_call_fires()
    {
        var source = Usings + """
            using System;
            using System.Net;
            using System.Web;

            class Checks
            {
                Task<string> A(HttpClient http, string geminiKey) =>
                    http.GetStringAsync({|#0:"https://llm.example/v1beta/models?key=" + Uri.EscapeDataString(geminiKey)|});
                Task<string> B(HttpClient http, string accessToken) =>
                    http.GetStringAsync({|#1:$"https://feeds.example/all?access_token={WebUtility.UrlEncode(accessToken)}"|});
                Task<string> C(HttpClient http, string clientSecret) =>
                    http.GetStringAsync({|#2:string.Format("https://hooks.example/notify?client_secret={0}", HttpUtility.UrlEncode(clientSecret))|});
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Secret 'geminiKey'", "key", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(1).WithArguments("Token 'accessToken'", "access_token", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(2).WithArguments("Secret 'clientSecret'", "client_secret", "", ToAHeader));
    }

    [Fact]
    public Task Action_names_OAuth1_authorize_redirects_and_non_query_collections_do_not_fire()
    {
        var source = Usings + """
            using System.Collections.Generic;
            using System.Net.Http;

            class Client
            {
                string A(string baseUrl) => $"{baseUrl}/api.php?get_token=get_token&app_id=x";
                string B(string requestToken) => "https://social.example/oauth/authorize?oauth_token=" + requestToken;
                FormUrlEncodedContent C(string password, string user) =>
                    new FormUrlEncodedContent(new Dictionary<string, string> { { "username", user }, { "password", password } });
                Dictionary<string, string> D(string token) => new Dictionary<string, string> { { "token", token } };
                string E(string body, string password)
                {
                    body += "&password=" + password;
                    return body;
                }
                string F(string url, int page) => QueryHelpersLike(url, "page", page.ToString());
                static string QueryHelpersLike(string url, string name, string value) => url;
            }

            namespace Vault.Models.Mail
            {
                class VerifyEmailModel
                {
                    public string Token { get; set; } = "";
                    public string Url => $"https://vault.example/verify-email?token={Token}";
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    // Seen on real code: a server hands a download client a link back to itself, and a file store gives a browser a
    // one-time download address. Neither is a request the code sends; the reader can only use what the URL carries.
    [Fact]
    public Task Links_made_for_others_to_open_do_not_fire_but_the_same_words_on_a_sent_request_do()
    {
        var source = Usings + """
            using System;
            using System.Net.Http;

            class Media
            {
                private readonly string _apiKey = "";

                public Uri ToRelayLink(Uri target, string publicUrl) =>
                    new Uri($"{publicUrl}/relay/get?apikey={_apiKey}&to={Uri.EscapeDataString(target.ToString())}");

                public string GetFileDownloadUrl(string host, string token)
                {
                    var address = $"{host}/files/fetch?token={Uri.EscapeDataString(token)}";
                    return address;
                }

                public Task<string> FetchLinks(HttpClient http, string token) =>
                    http.GetStringAsync({|#0:$"links/all?token={token}"|});
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'token'", "token", "", ToAHeader));
    }

    // Seen on real code: a mail service adds the sign-in token to its link through a query dictionary, not a string.
    [Fact]
    public Task A_mail_link_built_from_a_query_dictionary_does_not_fire()
    {
        var source = Usings + """
            using System;
            using System.Collections.Generic;

            namespace Portal.Notifications
            {
                class SignInMailer
                {
                    public Uri Link(Uri site, string token) =>
                        Links.WithQuery(new Uri(site, "login/confirm"), new Dictionary<string, string> { ["token"] = token });
                }

                static class Links
                {
                    public static Uri WithQuery(Uri uri, IDictionary<string, string> values) => uri;
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }
}
