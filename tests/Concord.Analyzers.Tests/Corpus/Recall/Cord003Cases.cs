using static Concord.Analyzers.Tests.Corpus.Recall.RecallCase;

namespace Concord.Analyzers.Tests.Corpus.Recall;

/// <summary>CORD003 corpus: credentials put in URL query strings, in the ways client code builds URLs.</summary>
internal static class Cord003Cases
{
    private const string Id = "CORD003";

    public static IEnumerable<RecallCase> All()
    {
        yield return Flag(Id, "interpolated api_key", """
            public sealed class MoviesClient(HttpClient http, string apiKey)
            {
                public Task<string> Movie(int id) => http.GetStringAsync($"https://api.films.example/3/movie/{id}?api_key={apiKey}");
            }
            """);
        yield return Flag(Id, "concatenated token after another parameter", """
            public static class Links
            {
                public static string Search(string baseUrl, string term, string token) => baseUrl + "/search?q=" + term + "&token=" + token;
            }

            public sealed class SearchClient(HttpClient http)
            {
                public Task<string> Find(string term, string token) => http.GetStringAsync(Links.Search("https://search.example", term, token));
            }
            """);
        yield return Flag(Id, "string.Format with a client secret", """
            public static class Links
            {
                public static string Hook(string clientSecret) => string.Format("https://hooks.example/notify?client_secret={0}&v=2", clientSecret);
            }

            public sealed class Notifier(HttpClient http)
            {
                public Task Notify(string clientSecret)
                {
                    var hook = Links.Hook(clientSecret);
                    return http.PostAsync(hook, null);
                }
            }
            """);
        yield return Flag(Id, "QueryHelpers.AddQueryString name and value", """
            public static class Links
            {
                public static string Weather(string city, string apiKey) =>
                    Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("https://weather.example/v1/now?q=" + city, "api_key", apiKey);
            }

            public sealed class WeatherClient(HttpClient http, string apiKey)
            {
                public Task<string> Now(string city) => http.GetStringAsync(new Uri(Links.Weather(city, apiKey)));
            }
            """);
        yield return Flag(Id, "QueryHelpers.AddQueryString dictionary", """
            public static class Links
            {
                public static string Feed(string accessToken) =>
                    Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("https://social.example/feed", new Dictionary<string, string?> { ["access_token"] = accessToken, ["limit"] = "20" });
            }

            public sealed class FeedReader(HttpClient http)
            {
                public Task<string> Read(string accessToken) => Fetch(Links.Feed(accessToken));

                private Task<string> Fetch(string url) => http.GetStringAsync(url);
            }
            """);
        yield return Flag(Id, "UriBuilder.Query", """
            public static class Links
            {
                public static Uri Status(string endpoint, string accessToken)
                {
                    var builder = new UriBuilder(endpoint) { Path = "/status" };
                    builder.Query = "format=json&access_token=" + accessToken;
                    return builder.Uri;
                }
            }
            """);
        yield return Flag(Id, "appended after the URL's question mark", """
            public static class Links
            {
                public static string Recent(string searchUrl, string apiToken)
                {
                    var url = searchUrl + "?limit=50";
                    url += "&api_token=" + apiToken;
                    return url;
                }
            }

            public sealed class RecentItems(HttpClient http, string apiToken)
            {
                public Task<HttpResponseMessage> Load() => http.SendAsync(new HttpRequestMessage(HttpMethod.Get, Links.Recent("https://items.example/search", apiToken)));
            }
            """);
        yield return Flag(Id, "query collection", """
            public static class Links
            {
                public static string Query(string key)
                {
                    var query = new System.Collections.Specialized.NameValueCollection { { "auth_key", key }, { "format", "json" } };
                    return query.ToString()!;
                }
            }
            """);
        yield return Flag(Id, "vendor-prefixed variable under a neutral name", """
            public sealed class GenerativeClient(HttpClient http, string geminiKey)
            {
                public Task<string> Models() => http.GetStringAsync($"https://llm.example/v1beta/models?key={geminiKey}");
            }
            """);
        yield return Flag(Id, "constant interpolated into the URL", """
            public static class Links
            {
                private const string AppKey = "q8Zt3LmP0vX7cR2n";
                public static string Rates() => $"https://rates.example/latest?app_key={AppKey}";
            }

            public sealed class RatesClient(HttpClient http)
            {
                public Task<string> Latest() => http.GetStringAsync(Links.Rates() + "&base=EUR");
            }
            """);
        yield return Flag(Id, "question mark chosen by a ternary", """
            public static class Links
            {
                public static string WithToken(string url, string token) => url + (url.Contains('?') ? "&" : "?") + "token=" + token;
            }

            public sealed class Downloads(HttpClient http, string token)
            {
                public Task<byte[]> Get(string url) => http.GetByteArrayAsync($"{Links.WithToken(url, token)}");
            }
            """);
        yield return Flag(Id, "QueryString.Create", """
            public static class Links
            {
                public static string Query(string apiKey) => Microsoft.AspNetCore.Http.QueryString.Create("apikey", apiKey).ToString();
            }
            """);
        yield return Flag(Id, "configuration value in the query", """
            public sealed class StatusClient(HttpClient http, IConfiguration configuration)
            {
                public Task<string> Status() => http.GetStringAsync($"status?region=eu&secret={configuration["Status:Secret"]}");
            }
            """);

        yield return Flag(Id, "URL format parsed once into a CompositeFormat", """
            public static class Posters
            {
                public static readonly CompositeFormat Address = CompositeFormat.Parse("https://posters.example/v3/{1}/{0}?api_key={2}");
            }

            public sealed class PosterClient(HttpClient http, string apiKey)
            {
                public Task<string> Fetch(string id) =>
                    http.GetStringAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, Posters.Address, id, "movies", apiKey)));
            }
            """);
        yield return Flag(Id, "optional key piece kept in a local and put after the '?'", """
            public sealed class PhraseTranslator(HttpClient http, string? apiKey)
            {
                public Task<string> Translate(string text, string pair)
                {
                    var keyPart = string.IsNullOrEmpty(apiKey) ? "" : "&key=" + Uri.EscapeDataString(apiKey);
                    return http.GetStringAsync($"https://phrases.example/get?langpair={pair}{keyPart}&q={Uri.EscapeDataString(text)}");
                }
            }
            """);
        yield return Quiet(Id, "paging token", """
            public sealed class ListClient(HttpClient http)
            {
                public Task<string> Next(string pageToken) => http.GetStringAsync($"items?page_token={pageToken}&size=50");
            }
            """);
        yield return Quiet(Id, "action named like a token", """
            public static class Links
            {
                public static string Csrf(string baseUrl) => baseUrl + "/api.php?get_token=get_token&format=json";
            }
            """);
        yield return Quiet(Id, "OAuth 1.0a authorize redirect", """
            public static class Links
            {
                public static string Authorize(string requestToken) => $"https://photos.example/oauth/authorize?oauth_token={requestToken}";
            }
            """);
        yield return Quiet(Id, "token count", """
            public sealed class LlmClient(HttpClient http)
            {
                public Task<string> Complete(int maxTokens) => http.GetStringAsync($"complete?max_tokens={maxTokens}");
            }
            """);
        yield return Quiet(Id, "documentation placeholder", """
            public static class Help
            {
                public const string Example = "https://api.example.com/v1/items?api_key=YOUR_API_KEY";
            }
            """);
        yield return Quiet(Id, "form body, not a URL", """
            public static class Forms
            {
                public static StringContent Token(string clientSecret) =>
                    new("grant_type=client_credentials&client_secret=" + clientSecret, Encoding.UTF8, "application/x-www-form-urlencoded");
            }
            """);
        yield return Quiet(Id, "a provider that reads the key only from the query", """
            public sealed class FilmFacts(HttpClient http, string omdbKey)
            {
                public Task<string> Film(string imdbId) => http.GetStringAsync($"https://www.omdbapi.com/?i={imdbId}&apikey={omdbKey}");
            }
            """);
    
        yield return Quiet(Id, "a query-only provider's address kept as the type's fallback", """
            public sealed class TitleLookup(HttpClient http, string apiKey, Uri? configured)
            {
                public Task<string> Title(string id)
                {
                    var root = configured ?? new Uri("https://www.omdbapi.com");
                    return http.GetStringAsync(new Uri(root, $"/?apikey={apiKey}&i={id}"));
                }
            }
            """);
        yield return Quiet(Id, "a site adapter of an indexer aggregator", """
            public interface IIndexerRequestGenerator { string Search(string term); }

            public sealed class SomeTrackerRequests(string apiKey) : IIndexerRequestGenerator
            {
                public string Search(string term) => $"https://tracker.example/api.php?action=search&api_key={apiKey}&q={term}";
            }
            """);
        yield return Quiet(Id, "a URL written into a playlist's lines, not sent", """
            public static class Playlists
            {
                public static void AddEntry(System.Text.StringBuilder playlist, string title, string accessToken)
                {
                    var url = $"media/stream.m3u8?start=0&access_token={accessToken}";
                    playlist.AppendLine($"#EXTINF:-1,{title}");
                    playlist.AppendLine("#EXT-X-STREAM-INF:URI=\"" + url + "\"");
                }
            }
            """);
    
        yield return Quiet(Id, "a login link returned for a browser, never requested here", """
            public static class Dashboard
            {
                public static void Open(string baseUrl, string browserToken) =>
                    System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo { FileName = LoginUrl(baseUrl, browserToken), UseShellExecute = true });

                private static string LoginUrl(string baseUrl, string browserToken) => $"{baseUrl}/login?t={browserToken}";
            }
            """);
        yield return Quiet(Id, "a deletion link stored in the upload's result for the user", """
            public sealed class UploadResult { public string? Url { get; set; } public string? DeletionUrl { get; set; } }

            public sealed class FileHost(HttpClient http, string apiKey)
            {
                public async Task<UploadResult> Upload(HttpContent file)
                {
                    var response = await http.PostAsync("https://files.example/upload", file);
                    var name = await response.Content.ReadAsStringAsync();
                    return new UploadResult { Url = "https://files.example/" + name, DeletionUrl = "https://files.example/delete?key=" + apiKey + "&file=" + name };
                }
            }
            """);
        yield return Quiet(Id, "request headers kept in a name/value collection", """
            public static class UploadHeaders
            {
                public static System.Collections.Specialized.NameValueCollection For(string accessToken)
                {
                    var headers = new System.Collections.Specialized.NameValueCollection();
                    headers.Add("Authorization", "Bearer " + accessToken);
                    return headers;
                }
            }
            """);
        yield return Quiet(Id, "a CompositeFormat URL whose query holds no credential", """
            public sealed class PosterPages(HttpClient http)
            {
                private static readonly CompositeFormat Page = CompositeFormat.Parse("https://posters.example/v3/{0}?page={1}&lang={2}");

                public Task<string> Fetch(string kind, int page) => http.GetStringAsync(string.Format(null, Page, kind, page, "en"));
            }
            """);
        yield return Quiet(Id, "an optional piece kept in a local that names no credential", """
            public sealed class PhraseTranslator(HttpClient http)
            {
                public Task<string> Translate(string text, string pair, string? email)
                {
                    var contactPart = email is null ? "" : "&de=" + Uri.EscapeDataString(email);
                    return http.GetStringAsync($"https://phrases.example/get?langpair={pair}{contactPart}&q={Uri.EscapeDataString(text)}");
                }
            }
            """);
    }
}
