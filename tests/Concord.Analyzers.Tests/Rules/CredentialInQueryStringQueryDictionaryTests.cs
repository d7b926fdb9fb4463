using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// A credential added to a dictionary of query entries goes where the URL made from the dictionary goes
/// (<c>QueryHelpers.AddQueryString(url, query)</c>, <c>string.Join("&amp;", query.Select(…))</c>, a
/// <c>StringBuilder</c> filled in a loop over it, a helper of the compilation that does one of those): sent, it fires;
/// returned as a link no send reads, it is quiet. A dictionary given to a library's call or returned is handed on.
/// </summary>
public sealed class CredentialInQueryStringQueryDictionaryTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net.Http;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.WebUtilities;

        """;

    [Fact]
    public Task A_query_dictionary_fires_where_its_url_is_sent_and_not_where_it_is_only_kept_as_a_link()
    {
        var source = Usings + """
            public class Catalogue(HttpClient http)
            {
                public Task<string> Direct(string baseUrl, string apiKey)
                {
                    var queryParams = new Dictionary<string, string?> { {|#0:{ "api_key", apiKey }|} };
                    return http.GetStringAsync(QueryHelpers.AddQueryString(baseUrl, queryParams));
                }

                public Task<string> ThroughHelper(string baseUrl, string token)
                {
                    var query = new Dictionary<string, string>();
                    {|#1:query.Add("token", token)|};
                    var url = WithQuery(baseUrl, query);
                    return http.GetStringAsync(url);
                }

                public Task<string> SentByHelper(string baseUrl, string password)
                {
                    var queryArgs = new Dictionary<string, string> { {|#2:{ "password", password }|} };
                    return Fetch(baseUrl, queryArgs);
                }

                public CatalogueEntry Entry(string baseUrl, string apiKey)
                {
                    var queryParams = new Dictionary<string, string?> { { "api_key", apiKey } };
                    return new CatalogueEntry { ShareUrl = QueryHelpers.AddQueryString(baseUrl, queryParams) };
                }

                private static string WithQuery(string url, Dictionary<string, string> query) =>
                    url + "?" + string.Join("&", query.Select(entry => entry.Key + "=" + Uri.EscapeDataString(entry.Value)));

                private Task<string> Fetch(string url, Dictionary<string, string> query)
                {
                    var text = new StringBuilder(url).Append('?');
                    foreach (var entry in query)
                    {
                        text.Append(entry.Key).Append('=').Append(Uri.EscapeDataString(entry.Value)).Append('&');
                    }

                    return http.GetStringAsync(text.ToString());
                }
            }

            public class CatalogueEntry
            {
                public string? ShareUrl { get; set; }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "api_key", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(1).WithArguments("Token 'token'", "token", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(2).WithArguments("Password 'password'", "password", "", ToAHeader));
    }

    // Modelled on a CMS: an account-recovery link's token goes into a dictionary, the URL made from it is returned,
    // and its caller keeps it in a template context that no send reads.
    [Fact]
    public Task A_query_dictionary_whose_url_is_returned_as_a_link_no_send_reads_is_quiet()
    {
        var source = Usings + """
            public class RecoveryLinks
            {
                public string Make(string baseUrl, string token)
                {
                    var queryParams = new Dictionary<string, string?> { { "t", token } };
                    var url = QueryHelpers.AddQueryString(baseUrl.TrimEnd('/'), queryParams);
                    return url;
                }
            }

            public class RecoveryNotice
            {
                public string? RecoveryPath { get; set; }
            }

            public class RecoveryNotices(RecoveryLinks links, HttpClient http)
            {
                public RecoveryNotice For(string token) => new RecoveryNotice { RecoveryPath = links.Make("/account/recover", token) };

                public Task<string> Health() => http.GetStringAsync("https://status.example/health");
            }
            """;
        return Verify.VerifyAsync(source);
    }

    // Modelled on a proxy client: the share link of a server's profile is made from a dictionary filled here and
    // through ref helpers, joined into text or written with a StringBuilder, and returned to the user interface.
    // The same ref helper whose caller sends the dictionary's URL fires.
    [Fact]
    public Task A_query_dictionary_filled_by_ref_helpers_fires_only_where_its_url_is_sent_not_as_a_share_link()
    {
        var source = Usings + """
            public class Profile
            {
                public string Host { get; set; } = "";
                public string Password { get; set; } = "";
                public string ObfuscationPassword { get; set; } = "";
            }

            public class ShareLinks(HttpClient http)
            {
                public string Link(Profile profile)
                {
                    var dicQuery = new Dictionary<string, string>();
                    AddObfuscation(profile, ref dicQuery);
                    dicQuery.Add("auth", Uri.EscapeDataString(profile.Password));
                    return Compose("tunnel://", profile.Host, dicQuery);
                }

                public string RelayLink(Profile profile)
                {
                    var dicQuery = new Dictionary<string, string>();
                    AddObfuscation(profile, ref dicQuery);
                    dicQuery.Add("auth", profile.Password);
                    var text = new StringBuilder();
                    text.Append('?');
                    foreach (var entry in dicQuery)
                    {
                        text.Append(entry.Key).Append('=').Append(entry.Value).Append('&');
                    }

                    var query = text.ToString().TrimEnd('&');
                    return $"tunnel+relay://{profile.Host}/{query}";
                }

                public Task<string> Updates() => http.GetStringAsync("https://releases.example/latest");

                private static void AddObfuscation(Profile profile, ref Dictionary<string, string> dicQuery)
                {
                    if (profile.ObfuscationPassword.Length > 0)
                    {
                        dicQuery.Add("obfs", "salamander");
                        dicQuery.Add("obfs-password", Uri.EscapeDataString(profile.ObfuscationPassword));
                    }
                }

                private static string Compose(string scheme, string host, Dictionary<string, string>? dicQuery)
                {
                    var query = dicQuery != null ? "?" + string.Join("&", dicQuery.Select(x => x.Key + "=" + x.Value).ToArray()) : string.Empty;
                    return $"{scheme}{host}{query}";
                }
            }

            public class Tunnel(HttpClient http)
            {
                public Task<string> Probe(string host, string secret)
                {
                    var dicQuery = new Dictionary<string, string>();
                    AddSecret(secret, ref dicQuery);
                    return http.GetStringAsync(host + "?" + string.Join("&", dicQuery.Select(x => x.Key + "=" + x.Value)));
                }

                private static void AddSecret(string secret, ref Dictionary<string, string> dicQuery)
                {
                    {|#0:dicQuery.Add("obfs-password", secret)|};
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Secret 'secret'", "obfs-password", "", ToAHeader));
    }

    // Near misses: a dictionary given to a library's call or a delegate, stored, or given to a constructor whose body
    // is not in sight (a primary constructor keeps it), may be sent from there; one written
    // with a StringBuilder whose text is sent is sent; one given to a form body is no query.
    [Fact]
    public Task A_query_dictionary_handed_on_stored_or_written_into_a_sent_url_fires_and_a_form_body_is_quiet()
    {
        var source = Usings + """
            public class Gateway(HttpClient http, Func<IDictionary<string, string>, Task<string>> send)
            {
                public Task<string> Library(string token)
                {
                    var queryParams = new Dictionary<string, string> { {|#0:{ "access_token", token }|} };
                    return send(queryParams);
                }

                private Dictionary<string, string>? _pending;

                public void Keep(string apiKey)
                {
                    var queryParams = new Dictionary<string, string> { {|#1:{ "api_key", apiKey }|} };
                    _pending = queryParams;
                }

                public Task<string> Written(string url, string secret)
                {
                    var queryArgs = new Dictionary<string, string>();
                    {|#2:queryArgs.Add("client_secret", secret)|};
                    var text = new StringBuilder();
                    text.Append(url).Append('?');
                    foreach (var (name, value) in queryArgs)
                    {
                        text.Append(name).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
                    }

                    return http.GetStringAsync(text.ToString());
                }

                public PendingQuery Later(string token)
                {
                    var queryParams = new Dictionary<string, string> { {|#3:{ "auth_token", token }|} };
                    return new PendingQuery(queryParams);
                }

                public Task<HttpResponseMessage> Form(string password)
                {
                    var queryParams = new Dictionary<string, string> { { "password", password } };
                    return http.PostAsync("https://gateway.example/login", new FormUrlEncodedContent(queryParams));
                }
            }

            public class PendingQuery(Dictionary<string, string> entries)
            {
                public IReadOnlyDictionary<string, string> Entries => entries;
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'token'", "access_token", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(1).WithArguments("API key 'apiKey'", "api_key", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(2).WithArguments("Secret 'secret'", "client_secret", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(3).WithArguments("Token 'token'", "auth_token", "", ToAHeader));
    }
}
