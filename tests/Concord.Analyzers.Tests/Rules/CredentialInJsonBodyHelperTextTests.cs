using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInJsonBodyAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// JSON written by hand in a helper of the compilation that returns it as text (<c>string MakeBody(…)</c>), given to
/// <c>StringContent</c> and posted: CORD001 follows the helper's one returned value, as it follows a request message's
/// helper, and reads a member piece the helper keeps in a local. Its exchange and provider exceptions are unchanged.
/// </summary>
public sealed class CredentialInJsonBodyHelperTextTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;

        """;

    [Fact]
    public Task Json_written_by_an_expression_bodied_helper_and_posted_fires_at_the_content()
    {
        var source = Usings + """
            public sealed class SearchClient(HttpClient http, string apiKey)
            {
                private static string MakeBody(string q, string key) => "{\"q\": \"" + q + "\", \"api_key\": \"" + key + "\"}";

                public Task<HttpResponseMessage> Search(string q) =>
                    http.PostAsync("search", new StringContent({|#0:MakeBody(q, apiKey)|}, Encoding.UTF8, "application/json"));
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("API key 'api_key'", "POST to 'search'"));
    }

    // Modelled on a subtitle editor's translation client: the key is optional, so its member is a piece set in a branch.
    [Fact]
    public Task An_optional_key_member_kept_in_a_local_of_the_helper_fires()
    {
        var source = Usings + """
            public sealed class OpenTranslator(HttpClient http, string? apiKey)
            {
                internal static string MakeRequestBody(string text, string source, string target, string? key)
                {
                    var keyPart = string.Empty;
                    if (!string.IsNullOrEmpty(key))
                    {
                        keyPart = ", \"api_key\": \"" + key + "\"";
                    }

                    return "{\"q\": \"" + text.Trim() + "\", \"source\": \"" + source + "\", \"target\": \"" + target + "\"" + keyPart + "}";
                }

                public async Task<string> Translate(string text, string source, string target, CancellationToken cancellationToken)
                {
                    var input = MakeRequestBody(text, source, target, apiKey);
                    var content = new StringContent({|#0:input|}, Encoding.UTF8);
                    var result = await http.PostAsync("translate", content, cancellationToken);
                    return await result.Content.ReadAsStringAsync(cancellationToken);
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("API key 'api_key'", "POST to 'translate'"));
    }

    [Fact]
    public Task A_helper_whose_json_names_no_credential_or_that_returns_in_two_places_is_quiet()
    {
        var source = Usings + """
            public sealed class SearchClient(HttpClient http, string apiKey)
            {
                private static string Query(string q, int page) => "{\"q\": \"" + q + "\", \"page\": " + page + "}";

                // Two returns: which text is sent depends on the call, and the rule does not guess.
                private static string Either(string q, string key, bool withKey)
                {
                    if (withKey)
                    {
                        return "{\"q\": \"" + q + "\", \"api_key\": \"" + key + "\"}";
                    }

                    return "{\"q\": \"" + q + "\"}";
                }

                public Task<HttpResponseMessage> A(string q) => http.PostAsync("search", new StringContent(Query(q, 1), Encoding.UTF8, "application/json"));

                public Task<HttpResponseMessage> B(string q) => http.PostAsync("search", new StringContent(Either(q, apiKey, true), Encoding.UTF8, "application/json"));
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_helper_body_that_exchanges_an_applications_credentials_stays_quiet()
    {
        var source = Usings + """
            public sealed class TokenClient(HttpClient http, string clientId, string clientSecret)
            {
                private static string Credentials(string id, string secret) => "{\"client_id\": \"" + id + "\", \"client_secret\": \"" + secret + "\"}";

                public Task<HttpResponseMessage> Exchange() =>
                    http.PostAsync("v1/access", new StringContent(Credentials(clientId, clientSecret), Encoding.UTF8, "application/json"));
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_member_piece_kept_in_a_local_fires_and_one_that_names_no_credential_is_quiet()
    {
        var source = Usings + """
            public sealed class NotesClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Save(string text, string? accessToken, string? tag)
                {
                    var tokenPart = accessToken is null ? "" : ", \"access_token\": \"" + accessToken + "\"";
                    var tagPart = tag is null ? "" : ", \"tag\": \"" + tag + "\"";
                    return http.PostAsync("notes", new StringContent({|#0:"{\"text\": \"" + text + "\"" + tokenPart + tagPart + "}"|}, Encoding.UTF8, "application/json"));
                }

                public Task<HttpResponseMessage> Tag(string text, string? tag)
                {
                    var tagPart = tag is null ? "" : ", \"tag\": \"" + tag + "\"";
                    return http.PostAsync("notes", new StringContent("{\"text\": \"" + text + "\"" + tagPart + "}", Encoding.UTF8, "application/json"));
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("token 'access_token'", "POST to 'notes'"));
    }
}
