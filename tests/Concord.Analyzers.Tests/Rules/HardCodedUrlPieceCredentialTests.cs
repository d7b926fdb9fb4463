using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.HardCodedLiveCredentialAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD004 on a key written in one piece of a URL whose '?' is in an earlier piece (found on real code: a chat bot's
/// weather lookup, a literal OpenWeatherMap key after <c>appid=</c> in the third line of a concatenation).
/// </summary>
public sealed class HardCodedUrlPieceCredentialTests
{
    // Key material cycled from a fixed alphabet, assembled at run time so this file holds no key-shaped literal.
    private static string Hex(int length) =>
        string.Concat(Enumerable.Range(0, length).Select(i => "0123456789abcdef"[(i * 7 + i / 16) % 16]));

    private static string Redacted(string value) => Concord.Analyzers.Credentials.SecretLikeness.Redact(value);

    [Fact]
    public Task A_key_in_a_later_piece_of_a_concatenated_or_interpolated_url_fires()
    {
        var hex = Hex(32);
        var source = $$"""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Lookups(HttpClient http)
            {
                Task<string> Weather(string city) => http.GetStringAsync("https://api.openweathermap.org/data/2.5/weather?"
                    + $"q={city}&"
                    + {|#0:"appid={{hex}}&"|}
                    + "units=metric");

                Task<string> Movies(string query) => http.GetStringAsync($"https://movies.example/3/search?query={query}{|#1:&api_key={{hex}}|}");
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD004").WithLocation(0).WithArguments("API key in a URL", Redacted(hex)),
            Verify.Diagnostic("CORD004").WithLocation(1).WithArguments("API key in a URL", Redacted(hex)));
    }

    [Fact]
    public Task Pieces_that_are_no_key_in_a_query_do_not_fire()
    {
        var hex = Hex(32);
        var source = $$"""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Lookups(HttpClient http)
            {
                // 'appid' is a key's name only at the provider that reads its key from it.
                Task<string> Store(string id) => http.GetStringAsync("https://store.example/api/details?" + $"id={id}&" + "appid={{hex}}&cc=us");

                // A form body has no '?': not a URL's query (a random value there is CORD001's concern, by its name).
                Task<HttpResponseMessage> Form(string user) => http.PostAsync("https://auth.example/token", new StringContent("grant=" + user + "&nonce={{hex}}"));

                // Base64 padding is not a parameter.
                Task<string> Avatar(string size) => http.GetStringAsync("https://img.example/a?" + $"s={size}&" + "v=" + "QmFzZTY0IHBhZGRpbmcgYXQgdGhlIGVuZA==");
            }
            """;
        return Verify.VerifyAsync(source);
    }
}
