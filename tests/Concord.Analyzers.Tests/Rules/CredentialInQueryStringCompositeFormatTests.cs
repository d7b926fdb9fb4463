using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// A URL format parsed once into a <c>CompositeFormat</c> (<c>CompositeFormat.Parse("…?api_key={0}")</c>) and filled by
/// <c>string.Format(provider, format, …)</c> is read as <c>string.Format</c> with a literal format is: its holes are
/// the arguments, and text appended after its <c>?</c> (<c>url += "&amp;client_key=" + key</c>) is query text.
/// </summary>
public sealed class CredentialInQueryStringCompositeFormatTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    private const string Usings = """
        using System;
        using System.Globalization;
        using System.Net.Http;
        using System.Text;
        using System.Threading.Tasks;

        public sealed class ArtworkSettings
        {
            public string? PersonalApiKey { get; set; }
        }

        """;

    // Modelled on a media plugin's artwork lookup: the service's address format is parsed once, the user's own key appended.
    [Fact]
    public Task A_key_in_a_composite_format_and_one_appended_after_its_question_mark_fire()
    {
        var source = Usings + """
            public static class Artwork
            {
                public const string Address = "https://images.example/v3/{2}/{1}?api_key={0}";
                public static readonly CompositeFormat AddressFormat = CompositeFormat.Parse(Address);
            }

            public class ArtworkClient(HttpClient http, ArtworkSettings settings)
            {
                public async Task<string> Fetch(string apiKey, string id)
                {
                    var url = {|#0:string.Format(CultureInfo.InvariantCulture, Artwork.AddressFormat, apiKey, id, "movies")|};
                    var clientKey = settings.PersonalApiKey;
                    if (!string.IsNullOrWhiteSpace(clientKey))
                    {
                        url += {|#1:"&client_key=" + clientKey|};
                    }

                    using var response = await http.GetAsync(new Uri(url));
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "api_key", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(1).WithArguments("Secret 'clientKey'", "client_key", "", ToAHeader));
    }

    [Fact]
    public Task A_composite_format_held_in_a_get_only_property_and_parsed_from_a_literal_fires()
    {
        var source = Usings + """
            public class GeoClient(HttpClient http)
            {
                private static CompositeFormat Lookup { get; } = CompositeFormat.Parse("https://geo.example/v1/find?q={0}&access_token={1}");

                public Task<string> Find(string place, string accessToken) =>
                    http.GetStringAsync({|#0:string.Format(null, Lookup, place, accessToken)|});
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'accessToken'", "access_token", "", ToAHeader));
    }

    [Fact]
    public Task A_composite_format_with_no_credential_in_its_query_or_with_the_key_in_its_path_is_quiet()
    {
        var source = Usings + """
            public class ArtworkClient(HttpClient http, string apiKey)
            {
                private static readonly CompositeFormat Page = CompositeFormat.Parse("https://images.example/v3/{0}?page={1}&lang={2}");
                private static readonly CompositeFormat Keyed = CompositeFormat.Parse("https://images.example/v3/{0}/{1}/items");
                private static readonly CompositeFormat Configured = CompositeFormat.Parse(Environment.GetEnvironmentVariable("ARTWORK_URL")!);

                public Task<string> A(string id, int page) => http.GetStringAsync(string.Format(CultureInfo.InvariantCulture, Page, id, page, "en"));
                public Task<string> B(string id) => http.GetStringAsync(string.Format(CultureInfo.InvariantCulture, Keyed, apiKey, id));
                public Task<string> C(string id) => http.GetStringAsync(string.Format(CultureInfo.InvariantCulture, Configured, id, apiKey));
            }
            """;
        return Verify.VerifyAsync(source);
    }
}
