using Concord.Analyzers.Rules;
using static Concord.Analyzers.Tests.Calls.InventoryRun;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD003 where the provider requires the key in the query: its document says so (an apiKey scheme in: query),
/// or it is one of the few providers and protocols known to read the key nowhere else.
/// </summary>
public sealed class CredentialInQueryStringProviderTests
{
    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.WebUtilities;

        namespace Media;

        """;

    /// <summary>A film catalogue whose every operation reads its key from the query parameter 'api_key'.</summary>
    private const string CatalogueDocument = """
        {
          "openapi": "3.0.1",
          "info": { "title": "Catalogue", "version": "3" },
          "servers": [ { "url": "https://api.films.example/3" } ],
          "security": [ { "queryKey": [] } ],
          "paths": {
            "/movie/{id}": { "get": { "responses": { "200": { "description": "ok" } } } },
            "/search/movie": { "get": { "responses": { "200": { "description": "ok" } } } }
          },
          "components": { "securitySchemes": { "queryKey": { "type": "apiKey", "in": "query", "name": "api_key" } } }
        }
        """;

    /// <summary>The same catalogue, reading its key from a header instead.</summary>
    private const string HeaderKeyDocument = """
        {
          "openapi": "3.0.1",
          "info": { "title": "Catalogue", "version": "3" },
          "servers": [ { "url": "https://api.films.example/3" } ],
          "security": [ { "headerKey": [] } ],
          "paths": { "/movie/{id}": { "get": { "responses": { "200": { "description": "ok" } } } } },
          "components": { "securitySchemes": { "headerKey": { "type": "apiKey", "in": "header", "name": "X-Api-Key" } } }
        }
        """;

    private static readonly ProviderFile Catalogue = new("/docs/catalogue.json", CatalogueDocument, "Catalogue");

    private static Task<System.Collections.Immutable.ImmutableArray<Reported>> RunAsync(string source, params ProviderFile[] documents) =>
        WithDocumentsAsync(new CredentialInQueryStringAnalyzer(), Header + source, documents);

    private const string InterpolatedCall = """
        public sealed class CatalogueClient(HttpClient http, string apiKey)
        {
            public Task<string> Movie(int id) => http.GetStringAsync($"movie/{id}?api_key={apiKey}");
        }
        """;

    [Fact]
    public async Task CORD003_fires_on_a_query_key_when_no_document_says_where_the_provider_reads_it()
    {
        var reported = Assert.Single(await RunAsync(InterpolatedCall));
        Assert.Equal("CORD003", reported.Id);
        Assert.Equal("$\"movie/{id}?api_key={apiKey}\"", reported.At);
    }

    [Fact]
    public async Task CORD003_is_quiet_when_the_providers_document_reads_the_key_from_that_query_parameter()
    {
        Assert.Empty(await RunAsync(InterpolatedCall, Catalogue));
    }

    [Fact]
    public async Task CORD003_is_quiet_on_query_builders_sending_the_documented_key()
    {
        Assert.Empty(await RunAsync("""
            public sealed class CatalogueClient(HttpClient http, string apiKey)
            {
                public Task<string> Search(string title) =>
                    http.GetStringAsync(QueryHelpers.AddQueryString("search/movie", new Dictionary<string, string?> { ["query"] = title, ["api_key"] = apiKey }));

                public Task<string> Movie(int id) => http.GetStringAsync(QueryHelpers.AddQueryString($"movie/{id}", "api_key", apiKey));
            }
            """, Catalogue));
    }

    [Fact]
    public async Task CORD003_still_fires_when_the_document_reads_the_key_from_a_header()
    {
        var reported = Assert.Single(await RunAsync(InterpolatedCall, Catalogue with { Json = HeaderKeyDocument }));
        Assert.Equal("CORD003", reported.Id);
    }

    [Fact]
    public async Task CORD003_still_fires_on_another_credential_parameter_and_on_another_host()
    {
        var reported = await RunAsync("""
            public sealed class CatalogueClient(HttpClient http, string apiKey, string token)
            {
                public Task<string> Movie(int id) => http.GetStringAsync($"movie/{id}?token={token}");

                public Task<string> Elsewhere() => http.GetStringAsync($"https://api.music.example/3/album?api_key={apiKey}");

                public Task<string> Documented(int id) => http.GetStringAsync($"https://api.films.example/3/movie/{id}?api_key={apiKey}");
            }
            """, Catalogue);

        Assert.Equal(
            ["$\"movie/{id}?token={token}\"", "$\"https://api.music.example/3/album?api_key={apiKey}\""],
            reported.Select(r => r.At));
    }

    [Fact]
    public async Task CORD003_is_quiet_on_providers_known_to_read_the_key_only_from_the_query()
    {
        Assert.Empty(await RunAsync("""
            public sealed class FilmFacts(HttpClient http, string omdbKey, string weatherKey)
            {
                public Task<string> Film(string imdbId) => http.GetStringAsync($"https://www.omdbapi.com/?i={imdbId}&apikey={omdbKey}");

                public Task<string> Weather(string city) => http.GetStringAsync($"https://api.openweathermap.org/data/2.5/weather?q={city}&appid={weatherKey}");
            }
            """));
    }

    [Fact]
    public async Task CORD003_is_quiet_on_the_newznab_protocols_apikey_but_not_on_other_names_there()
    {
        var reported = await RunAsync("""
            public sealed class NewznabRequestBuilder(string baseUrl, string apiKey, string token)
            {
                public string Caps()
                {
                    var url = $"{baseUrl}/api?t=caps";
                    url += "&apikey=" + apiKey;
                    return url;
                }

                public string Other() => $"{baseUrl}/api?t=caps&access_token={token}";

                public Task<string[]> Fetch(HttpClient http) => Task.WhenAll(http.GetStringAsync(Caps()), http.GetStringAsync(Other()));
            }
            """);

        Assert.Equal(["$\"{baseUrl}/api?t=caps&access_token={token}\""], reported.Select(r => r.At));
    }

    [Fact]
    public async Task CORD003_fires_on_providers_that_also_read_a_header()
    {
        // This film database also takes a bearer read-access token in the Authorization header: moving the key is a real fix.
        var reported = Assert.Single(await RunAsync("""
            public sealed class FilmDatabase(HttpClient http, string apiKey)
            {
                public Task<string> Movie(int id) => http.GetStringAsync($"https://api.themoviedb.org/3/movie/{id}?api_key={apiKey}");
            }
            """));
        Assert.Equal("CORD003", reported.Id);
    }
}
