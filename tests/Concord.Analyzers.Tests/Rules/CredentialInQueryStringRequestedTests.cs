using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// A URL that leaves its method only by <c>return</c> or by being stored in a property or field is reported only
/// when a send of the same compilation reads it; links made for someone else (an image URL handed to another
/// assembly, a deletion link shown to the user, a browser login link) stay quiet. A URL handed to a call or an object
/// in its own method is reported as before.
/// </summary>
public sealed class CredentialInQueryStringRequestedTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;

        """;

    [Fact]
    public Task A_url_returned_by_a_helper_and_sent_by_its_caller_fires()
    {
        var source = Usings + """
            class Registry(HttpClient http, string apiKey)
            {
                string BuildUrl(string model) => {|#0:$"https://registry.example/models/{model}?api_key={apiKey}"|};

                public async Task<string> Model(string model)
                {
                    var url = BuildUrl(model);
                    var response = await http.GetAsync(url);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "api_key", "", ToAHeader));
    }

    [Fact]
    public Task A_url_returned_and_sent_through_new_Uri_an_interpolation_a_helper_parameter_or_an_interface_fires()
    {
        var source = Usings + """
            interface IFeedUrls { string Latest(); }

            class FeedUrls(string token) : IFeedUrls
            {
                public string Latest() => {|#0:"https://feeds.example/latest?token=" + token|};
            }

            class Reports(string secret)
            {
                public string Daily()
                {
                    var address = {|#1:string.Format("https://reports.example/daily?client_secret={0}", secret)|};
                    return address;
                }
            }

            class Maps(string mapsKey)
            {
                public Uri Tile(int x) => new Uri({|#2:$"https://maps.example/tiles/{x}?key={mapsKey}"|});
            }

            class Reader(HttpClient http)
            {
                public Task<string> Feed(IFeedUrls urls) => http.GetStringAsync(new Uri(urls.Latest()));
                public Task<string> Report(Reports reports) => Fetch($"{reports.Daily()}&format=csv");
                public Task<byte[]> Tile(Maps maps) => http.GetByteArrayAsync(maps.Tile(3));

                private Task<string> Fetch(string url) => http.GetStringAsync(url);
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'token'", "token", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(1).WithArguments("Secret 'secret'", "client_secret", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(2).WithArguments("Secret 'mapsKey'", "key", "", ToAHeader));
    }

    // Seen on real code: a TV-listings client builds its images' URLs with the provider's token (the provider requires
    // it there) and hands them to the host's image fetcher in another assembly; a dashboard opens its login link in
    // the browser. Nothing in the compilation requests either.
    [Fact]
    public Task A_url_returned_and_never_sent_in_the_compilation_is_quiet()
    {
        var source = Usings + """
            using System.Diagnostics;

            class ProgramInfo { public string? ImageUrl { get; set; } }

            class Listings
            {
                private const string ApiUrl = "https://listings.example/v1";

                public ProgramInfo Program(string image, string token) => new ProgramInfo { ImageUrl = ImageUrl(ApiUrl, image, token) };

                private static string ImageUrl(string apiUrl, string uri, string token)
                {
                    if (uri.Contains("http", StringComparison.OrdinalIgnoreCase))
                    {
                        return uri;
                    }

                    return apiUrl + "/image/" + uri + "?token=" + token;
                }
            }

            static class Dashboard
            {
                public static void Launch(string baseUrl, string browserToken) =>
                    Process.Start(new ProcessStartInfo { FileName = LoginUrl(baseUrl, browserToken), UseShellExecute = true });

                private static string LoginUrl(string url, string token) => $"{url}/login?t={token}";
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_url_stored_in_a_property_that_a_send_reads_fires()
    {
        var source = Usings + """
            class FeedSettings
            {
                public string? FeedUrl { get; set; }
            }

            class Setup
            {
                private string? _statusUrl;

                public void Configure(FeedSettings settings, string accessToken)
                {
                    settings.FeedUrl = {|#0:$"https://feeds.example/all?access_token={accessToken}"|};
                    _statusUrl = {|#1:"https://status.example/v1?api_key=" + accessToken|};
                }

                public Task<string> Status(HttpClient http) => http.GetStringAsync(_statusUrl);
            }

            class Poller(HttpClient http, FeedSettings settings)
            {
                public Task<HttpResponseMessage> Poll() => http.SendAsync(new HttpRequestMessage(HttpMethod.Get, settings.FeedUrl));
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'accessToken'", "access_token", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(1).WithArguments("Token 'accessToken'", "api_key", "", ToAHeader));
    }

    // Seen on real code: a file host's uploader keeps the deletion link (with the account's key) in the upload's
    // result, which is shown to the user; the uploader never requests it.
    [Fact]
    public Task A_url_stored_in_a_property_no_send_reads_is_quiet()
    {
        var source = Usings + """
            static class UrlHelpers
            {
                public static string CombineUrl(string left, string right) => left.TrimEnd('/') + "/" + right.TrimStart('/');
            }

            class UploadResult
            {
                public string? Url { get; set; }
                public string? DeletionUrl { get; set; }
            }

            class FileHost(HttpClient http)
            {
                public string ApiKey { get; set; } = "";

                public async Task<UploadResult> Upload(HttpContent content)
                {
                    var result = new UploadResult();
                    var response = await http.PostAsync("https://files.example/upload", content);
                    var file = await response.Content.ReadAsStringAsync();
                    result.Url = "https://files.example/" + file;
                    result.DeletionUrl = UrlHelpers.CombineUrl("https://files.example", "delete.php?key=" + ApiKey + "&file=" + file);
                    return result;
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    // Seen on real code: a film-catalogue client adds its key to the request object's URL property, then hands the
    // request to the generic sender of another assembly.
    [Fact]
    public Task A_url_stored_in_an_object_the_method_hands_to_a_call_fires()
    {
        var source = Usings + """
            static class UriExtensions
            {
                public static Uri AddQueryParameter(this Uri uri, string name, string value) => new Uri(uri + (uri.Query.Length > 0 ? "&" : "?") + name + "=" + value);
            }

            class Request
            {
                public Uri FullUri { get; set; } = new Uri("https://films.example/3/");
                public string? Body { get; set; }
            }

            class Api(HttpClient http)
            {
                public async Task<T?> Request<T>(Request request)
                {
                    await http.GetStringAsync(request.FullUri);
                    return default;
                }
            }

            class Films(Api api, string apiKey)
            {
                public Task<string?> Movie(int id)
                {
                    var request = new Request();
                    request.FullUri = {|#0:request.FullUri.AddQueryParameter("api_key", apiKey)|};
                    return api.Request<string>(request);
                }

                public Task<string?> Search(string query) =>
                    api.Request<string>(new Request { FullUri = new Uri({|#1:$"https://films.example/3/search?q={query}&api_key={apiKey}"|}) });
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithLocation(1).WithArguments("API key 'apiKey'", "api_key", " (and 1 more in Films)", ToAHeader));
    }

    // Seen on real code: a notifier builds its request object from the URL, and a generic Api.Request sends it.
    [Fact]
    public Task A_url_handed_to_a_wrapper_or_a_request_object_in_its_own_method_still_fires()
    {
        var source = Usings + """
            class Request(string endpoint, string baseUrl, HttpMethod method)
            {
                public string Endpoint { get; } = endpoint;
                public string BaseUrl { get; } = baseUrl;
            }

            class Api(HttpClient http)
            {
                public async Task<T?> Request<T>(Request request)
                {
                    await http.GetStringAsync(request.BaseUrl + request.Endpoint);
                    return default;
                }
            }

            class PushApi(Api api)
            {
                private const string Endpoint = "https://push.example/1/";

                public Task<string?> Push(string message, string accessToken, string userToken)
                {
                    var request = new Request({|#0:$"messages.json?token={accessToken}&user={userToken}&message={message}"|}, Endpoint, HttpMethod.Post);
                    return api.Request<string>(request);
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'accessToken'", "token", "", ToAHeader));
    }
}
