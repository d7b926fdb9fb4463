using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// A key added to a query collection or a URL builder the method made itself goes where the builder's text goes
/// (<c>query.ToString()</c>, <c>builder.Uri</c>): written into a playlist, CORD003 is quiet; sent, or left in a
/// builder the caller keeps, it fires.
/// </summary>
public sealed class CredentialInQueryStringQueryCollectionTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Text;
        using System.Threading.Tasks;
        using System.Web;

        """;

    // Modelled on an anime server's generated playlist: each entry's stream URL carries the key for the media player.
    [Fact]
    public Task A_key_in_a_query_collection_whose_text_is_a_playlist_entry_is_quiet()
    {
        var source = Usings + """
            public class PlaylistService(HttpClient http)
            {
                public string Playlist(Uri server, int[] files, string apiKey)
                {
                    var m3u8 = new StringBuilder("#EXTM3U\n");
                    foreach (var file in files)
                    {
                        m3u8.Append(Entry(new UriBuilder(server.ToString()), file, apiKey));
                    }

                    return m3u8.ToString();
                }

                public Task<string> Version() => http.GetStringAsync("https://anime.example/version");

                private static string Entry(UriBuilder uri, int file, string apiKey)
                {
                    var queryString = HttpUtility.ParseQueryString(string.Empty);
                    queryString.Add("apikey", apiKey);
                    queryString.Add("file", file.ToString());
                    uri.Path = $"{(uri.Path.Length > 1 ? uri.Path + "/" : "/")}api/v3/File/{file}/Stream";
                    uri.Query = queryString.ToString();
                    return $"#EXTINF:-1,File {file}\n{uri.Uri}\n";
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_key_in_a_query_collection_whose_text_is_sent_fires()
    {
        var source = Usings + """
            public class Library(HttpClient http)
            {
                public Task<string> Files(Uri server, string apiKey)
                {
                    var query = HttpUtility.ParseQueryString(string.Empty);
                    {|#0:query.Add("apikey", apiKey)|};
                    var builder = new UriBuilder(server) { Path = "/api/files" };
                    builder.Query = query.ToString();
                    return http.GetStringAsync(builder.Uri);
                }

                public Task<string> Series(Uri server, string apiKey) => http.GetStringAsync(SeriesUrl(server, apiKey));

                private static string SeriesUrl(Uri server, string apiKey)
                {
                    var query = HttpUtility.ParseQueryString(string.Empty);
                    {|#1:query.Add("apikey", apiKey)|};
                    return server + "api/series?" + query;
                }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithLocation(1).WithArguments("API key 'apiKey'", "apikey", " (and 1 more in Library)", ToAHeader));
    }

    [Fact]
    public Task A_key_put_in_a_builder_the_caller_keeps_fires()
    {
        var source = Usings + """
            public class Library(HttpClient http)
            {
                public Task<string> Files(Uri server, string apiKey)
                {
                    var builder = new UriBuilder(server);
                    AddKey(builder, apiKey);
                    return http.GetStringAsync(builder.Uri);
                }

                private static void AddKey(UriBuilder builder, string apiKey)
                {
                    var query = HttpUtility.ParseQueryString(builder.Query);
                    {|#0:query.Add("apikey", apiKey)|};
                    builder.Query = query.ToString();
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "apikey", "", ToAHeader));
    }

    // Modelled on a game library's sign-in: the token request's fields are gathered in a query collection and posted by
    // a helper as a form, the way OAuth token endpoints take them. The text is a request's body, not its URL.
    [Fact]
    public Task A_refresh_token_in_a_query_collection_a_helper_posts_as_a_form_is_quiet()
    {
        var source = Usings + """
            public class AccountClient(HttpClient http)
            {
                public Task<string> Refresh(string refreshToken)
                {
                    var fields = HttpUtility.ParseQueryString(string.Empty);
                    fields.Add("grant_type", "refresh_token");
                    fields.Add("refresh_token", refreshToken);
                    return RequestToken(fields);
                }

                private async Task<string> RequestToken(System.Collections.Specialized.NameValueCollection fields)
                {
                    fields.Add("client_id", "my-app");
                    var response = await http.PostAsync(
                        "https://login.example.com/oauth/token",
                        new StringContent(fields.ToString(), Encoding.ASCII, "application/x-www-form-urlencoded"));
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task The_same_collection_a_helper_puts_on_the_url_fires()
    {
        var source = Usings + """
            public class AccountClient(HttpClient http)
            {
                public Task<string> Refresh(string refreshToken)
                {
                    var fields = HttpUtility.ParseQueryString(string.Empty);
                    fields.Add("grant_type", "refresh_token");
                    {|#0:fields.Add("refresh_token", refreshToken)|};
                    return RequestToken(fields);
                }

                private async Task<string> RequestToken(System.Collections.Specialized.NameValueCollection fields)
                {
                    var response = await http.PostAsync("https://login.example.com/oauth/token?" + fields.ToString(), null);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'refreshToken'", "refresh_token", "", ToAHeader));
    }
}
