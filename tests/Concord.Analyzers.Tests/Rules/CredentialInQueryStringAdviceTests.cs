using Concord.Analyzers.Rules;
using static Concord.Analyzers.Tests.Calls.InventoryRun;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD003's advice is true of the provider the URL goes to: a provider known to read the key elsewhere too is
/// named with that place; any other server gets a header, said as a condition. The provider is recognised from the
/// URL's host, a constant base address handed to the same call, the absolute URLs the type writes, or the names of
/// the types around the code when each user runs their own server.
/// </summary>
public sealed class CredentialInQueryStringAdviceTests
{
    private const string Header = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;

        namespace Notify;

        public sealed class Request(string path, string baseUrl, HttpMethod method)
        {
            public string Url { get; } = baseUrl + "/" + path;

            public Request AddQueryString(string name, string value) => this;
        }

        public sealed class Sender(HttpClient http)
        {
            public Task<HttpResponseMessage> Send(Request request) => http.GetAsync(request.Url);
        }

        """;

    private static async Task<string> MessageAsync(string source)
    {
        var reported = Assert.Single(await WithDocumentsAsync(new CredentialInQueryStringAnalyzer(), Header + source));
        return reported.Message;
    }

    [Fact]
    public async Task A_push_service_that_reads_its_token_from_the_form_body_is_told_so_from_the_base_address_constant()
    {
        var message = await MessageAsync("""
            public sealed class PhonePushClient(string appToken, string userKey)
            {
                private const string Endpoint = "https://api.pushover.net/1";

                public Request Send(string text) => new Request($"messages.json?token={appToken}&message={text}", Endpoint, HttpMethod.Post);
            }
            """);
        Assert.EndsWith("; Pushover reads it from the form body of the POST; send it there", message);
        Assert.DoesNotContain("Authorization", message);
    }

    [Fact]
    public async Task A_chat_token_in_the_query_of_a_web_api_call_is_told_the_bearer_header()
    {
        var message = await MessageAsync("""
            public sealed class ChatService(Sender sender)
            {
                public Task<HttpResponseMessage> Revoke(string token) =>
                    sender.Send(new Request($"api/auth.revoke?token={token}", "https://slack.com", HttpMethod.Post));
            }
            """);
        Assert.EndsWith("; Slack reads it from 'Authorization: Bearer' and refuses it in the query from apps made since 2021; send it there", message);
    }

    [Fact]
    public async Task A_client_secret_in_a_token_requests_query_is_told_the_form_body_and_the_same_secret_elsewhere_a_header()
    {
        // Modelled on a streaming API's client: the client-credentials grant written as a URL, as some providers'
        // older guides showed it.
        var token = await MessageAsync("""
            public sealed class AppToken(Sender sender, string clientId, string clientSecret)
            {
                public Task<HttpResponseMessage> Fetch() => sender.Send(new Request(
                    $"oauth2/token?client_id={clientId}&client_secret={clientSecret}&grant_type=client_credentials", "https://id.example.com", HttpMethod.Post));
            }
            """);
        Assert.EndsWith("; an OAuth 2.0 token endpoint reads it from the form body of the POST (RFC 6749); send it there", token);

        var other = await MessageAsync("""
            public sealed class Reports(Sender sender, string clientId, string clientSecret)
            {
                public Task<HttpResponseMessage> Fetch() => sender.Send(new Request(
                    $"reports?client_id={clientId}&client_secret={clientSecret}&kind=grant_type", "https://api.example.com", HttpMethod.Get));
            }
            """);
        Assert.EndsWith("; send it in a request header instead (such as Authorization), if the server reads one", other);
    }

    [Fact]
    public async Task A_media_server_token_named_for_its_header_is_told_that_header()
    {
        var message = await MessageAsync("""
            public sealed class PlexServerProxy(string baseUrl, string authToken)
            {
                public Request Sections() => new Request("library/sections", baseUrl, HttpMethod.Get).AddQueryString("X-Plex-Token", authToken);
            }
            """);
        Assert.EndsWith("; Plex reads it from the 'X-Plex-Token' header too; send it there", message);
    }

    [Fact]
    public async Task A_self_hosted_notifier_recognised_by_its_type_name_is_told_its_own_header()
    {
        var message = await MessageAsync("""
            public sealed class GotifyNotifier(string baseUrl, string accessToken)
            {
                public Request Send() => new Request("message", baseUrl, HttpMethod.Post).AddQueryString("token", accessToken);
            }
            """);
        Assert.EndsWith("; Gotify reads it from the 'X-Gotify-Key' header too; send it there", message);
    }

    [Fact]
    public async Task A_film_database_whose_host_the_type_keeps_in_a_constant_is_told_of_its_bearer_token()
    {
        var message = await MessageAsync("""
            public sealed class FilmCatalogue(string apiKey)
            {
                private const string BaseUri = "https://api.themoviedb.org/3/";

                public Request Movie(int id) => new Request($"movie/{id}", BaseUri, HttpMethod.Get).AddQueryString("api_key", apiKey);
            }
            """);
        Assert.EndsWith("; TMDb takes the account's API read access token as 'Authorization: Bearer' instead", message);
    }

    // Found on real code: a TMDb client library whose host is a setting, known only by its type's name, spelt TMDb.
    [Fact]
    public async Task A_film_database_client_named_tmdb_with_a_configured_host_is_told_of_its_bearer_token()
    {
        var message = await MessageAsync("""
            public sealed class TMDbClient(string baseUrl, string apiKey)
            {
                public Request Movie(int id) => new Request($"movie/{id}", baseUrl, HttpMethod.Get).AddQueryString("api_key", apiKey);
            }
            """);
        Assert.EndsWith("; TMDb takes the account's API read access token as 'Authorization: Bearer' instead", message);
    }

    [Fact]
    public async Task A_google_api_key_is_told_of_the_google_header()
    {
        var message = await MessageAsync("""
            public sealed class ModelLister(HttpClient http, string apiKey)
            {
                public Task<string> Models() => http.GetStringAsync($"https://generativelanguage.googleapis.com/v1beta/models?key={apiKey}");
            }
            """);
        Assert.EndsWith("; Google APIs read it from the 'x-goog-api-key' header too; send it there", message);
    }

    [Fact]
    public async Task An_artwork_service_is_told_the_header_of_each_of_its_keys()
    {
        const string source = """
            public sealed class ArtworkClient(HttpClient http, string projectKey, string personalKey)
            {
                public Task<string> Movie(string id) =>
                    http.GetStringAsync($"https://webservice.fanart.tv/v3/movies/{id}?{PARAMETER}={KEY}");
            }
            """;
        var project = await MessageAsync(source.Replace("{PARAMETER}", "api_key").Replace("{KEY}", "{projectKey}"));
        var personal = await MessageAsync(source.Replace("{PARAMETER}", "client_key").Replace("{KEY}", "{personalKey}"));
        Assert.EndsWith("; fanart.tv reads it from the 'api-key' header too; send it there", project);
        Assert.EndsWith("; fanart.tv reads it from the 'client-key' header too; send it there", personal);
    }

    [Fact]
    public async Task An_unknown_server_gets_the_conditional_header_advice_even_in_a_type_named_for_a_known_provider_when_its_host_is_another()
    {
        // The type is named for a push service, but the URL's own host says it is not that service.
        var message = await MessageAsync("""
            public sealed class PushoverBridge(HttpClient http, string token)
            {
                public Task<string> Relay() => http.GetStringAsync($"https://relay.example/v1/push?token={token}");
            }
            """);
        Assert.EndsWith("; send it in a request header instead (such as Authorization), if the server reads one", message);
    }
}
