using Concord.Analyzers.Rules;
using static Concord.Analyzers.Tests.Calls.InventoryRun;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// A value a provider documents as no credential (Google Maps Platform's session token, which groups a user's requests
/// for billing) is quiet in the JSON body (CORD001) and the query (CORD003) of requests to that provider; the same name
/// sent elsewhere, and the API key beside it, still fire. Modelled on a maps client library found on real code.
/// </summary>
public sealed class ProviderNonCredentialsTests
{
    private const string Header = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;

        namespace Maps;

        """;

    [Fact]
    public async Task A_places_session_token_in_the_body_is_quiet_and_the_same_member_sent_elsewhere_fires()
    {
        var reported = await WithDocumentsAsync(new CredentialInJsonBodyAnalyzer(), Header + """
            public sealed class Autocomplete(HttpClient http)
            {
                public Task<HttpResponseMessage> Suggest(string input, string sessionToken) =>
                    http.PostAsJsonAsync("https://places.googleapis.com/v1/places:autocomplete", new { input, sessionToken });

                public Task<HttpResponseMessage> Validate(string line, string sessionToken) =>
                    http.PostAsJsonAsync("https://addressvalidation.googleapis.com/v1:validateAddress", new { address = new { addressLines = new[] { line } }, sessionToken });

                public Task<HttpResponseMessage> Resume(string sessionToken) =>
                    http.PostAsJsonAsync("https://checkout.example/v1/resume", new { sessionToken });
            }
            """);
        var only = Assert.Single(reported);
        Assert.Equal("CORD001", only.Id);
        Assert.Contains("checkout.example", only.Message);
    }

    [Fact]
    public async Task A_places_session_token_in_the_query_is_quiet_and_the_api_key_beside_it_fires()
    {
        var reported = await WithDocumentsAsync(new CredentialInQueryStringAnalyzer(), Header + """
            public sealed class PlaceDetails(HttpClient http, string apiKey)
            {
                public Task<string> Details(string placeId, string sessionToken) =>
                    http.GetStringAsync($"https://places.googleapis.com/v1/places/{placeId}?key={apiKey}&sessionToken={sessionToken}");

                public Task<string> Legacy(string input, string sessionToken) =>
                    http.GetStringAsync($"https://maps.googleapis.com/maps/api/place/autocomplete/json?input={input}&sessiontoken={sessionToken}");
            }

            public sealed class Checkout(HttpClient http)
            {
                public Task<string> Resume(string sessionToken) => http.GetStringAsync($"https://checkout.example/v1/resume?sessionToken={sessionToken}");
            }
            """);
        Assert.Equal(2, reported.Length);
        Assert.All(reported, diagnostic => Assert.Equal("CORD003", diagnostic.Id));
        Assert.Contains(reported, diagnostic => diagnostic.Message.Contains("'key'", StringComparison.Ordinal));
        Assert.Contains(reported, diagnostic => diagnostic.Message.Contains("'sessionToken'", StringComparison.Ordinal) && diagnostic.Message.Contains("Token 'sessionToken'", StringComparison.Ordinal));
    }
}
