using Concord.Analyzers.Rules;
using static Concord.Analyzers.Tests.Calls.InventoryRun;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD003 recognises a provider that reads its key only from the query when the URL itself is relative: from the
/// absolute address the type keeps (a constant, a fallback), from the type's name when each user configures the
/// host, and from an aggregator's site adapters, which copy each site's API as the site defines it.
/// </summary>
public sealed class CredentialInQueryStringProviderCluesTests
{
    private const string Header = """
        using System;
        using System.Collections.Specialized;
        using System.Net.Http;
        using System.Threading.Tasks;

        namespace Media;

        """;

    private static Task<System.Collections.Immutable.ImmutableArray<Reported>> RunAsync(string source) =>
        WithDocumentsAsync(new CredentialInQueryStringAnalyzer(), Header + source);

    [Fact]
    public async Task A_relative_url_joined_to_a_fallback_address_of_a_query_only_provider_is_quiet()
    {
        Assert.Empty(await RunAsync("""
            public sealed class FilmTitles(HttpClient http, string apiKey, string? configuredUrl)
            {
                public Task<string> Title(string imdbId)
                {
                    if (!Uri.TryCreate(configuredUrl, UriKind.Absolute, out var root))
                    {
                        root = new Uri("https://www.omdbapi.com");
                    }

                    return http.GetStringAsync(new Uri(root, $"/?apikey={apiKey}&i={imdbId}"));
                }
            }
            """));
    }

    [Fact]
    public async Task A_type_named_for_a_query_only_provider_with_a_configured_host_is_quiet()
    {
        Assert.Empty(await RunAsync("""
            public sealed class OmdbLookup(HttpClient http, string baseUrl, string apiKey)
            {
                public Task<string> Title(string imdbId) => http.GetStringAsync($"{baseUrl}/?i={imdbId}&apikey={apiKey}");
            }
            """));
    }

    [Fact]
    public async Task A_query_only_providers_address_in_the_type_does_not_quiet_a_key_sent_to_another_host()
    {
        var reported = Assert.Single(await RunAsync("""
            public sealed class FilmFacts(HttpClient http, string apiKey)
            {
                private const string Titles = "https://www.omdbapi.com/";

                public Task<string> Poster(string id) => http.GetStringAsync($"https://posters.example/v1/{id}?apikey={apiKey}");
            }
            """));
        Assert.Equal("CORD003", reported.Id);
    }

    [Fact]
    public async Task A_site_adapter_of_an_indexer_aggregator_is_quiet_and_the_aggregators_own_client_is_not()
    {
        var reported = await RunAsync("""
            public interface IIndexerRequestGenerator
            {
                string Search(string term);
            }

            public abstract class IndexerBase
            {
                protected string SiteLink = "https://tracker.example/";
            }

            public sealed class ExampleTrackerRequests(string apiKey) : IIndexerRequestGenerator
            {
                public string Search(string term)
                {
                    var query = new NameValueCollection { { "apikey", apiKey }, { "q", term } };
                    return "https://tracker.example/api.php?" + query;
                }
            }

            public sealed class ExampleTracker(string apiKey) : IndexerBase
            {
                public string Download(string link) => link + "&apikey=" + apiKey;
            }

            public sealed class UpdateChecker(HttpClient http, string apiKey)
            {
                public Task<string> Latest() => http.GetStringAsync($"https://updates.example/v1/latest?apikey={apiKey}");
            }
            """);

        Assert.Equal(["$\"https://updates.example/v1/latest?apikey={apiKey}\""], reported.Select(r => r.At));
    }
}
