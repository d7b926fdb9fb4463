using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInJsonBodyAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD001 stays quiet where the provider reads the key from the body and nowhere else (LibreTranslate's
/// <c>api_key</c>, Inara's <c>APIkey</c>), known by the URL's host or, for a self-hosted product, by the names around
/// the code. The same member sent anywhere else, or another member sent to those providers, still fires.
/// </summary>
public sealed class CredentialInJsonBodyProviderTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text;
        using System.Threading.Tasks;

        """;

    // Modelled on a subtitle editor's machine translation: a self-hosted LibreTranslate server at a configured
    // address, the key written into hand-built JSON.
    [Fact]
    public Task A_libre_translate_key_in_the_body_is_quiet_and_another_translators_fires()
    {
        var source = Usings + """
            namespace Subtitles.Translation
            {
                public class LibreTranslateClient(HttpClient http)
                {
                    public Task<HttpResponseMessage> Translate(string text, string apiKey) =>
                        http.PostAsync("translate", new StringContent($"{{\"q\":\"{text}\",\"source\":\"en\",\"target\":\"de\",\"api_key\":\"{apiKey}\"}}", Encoding.UTF8, "application/json"));
                }

                public class PublicInstance(HttpClient http)
                {
                    public Task<HttpResponseMessage> Detect(string text, string key) =>
                        http.PostAsJsonAsync("https://libretranslate.com/detect", new { q = text, api_key = key });
                }

                public class PhraseTranslator(HttpClient http)
                {
                    public Task<HttpResponseMessage> Translate(string text, string key) =>
                        http.PostAsJsonAsync("https://phrases.example/v2/translate", new { q = text, {|#0:api_key = key|} });
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("API key 'api_key'", "POST to 'https://phrases.example/v2/translate'"));
    }

    [Fact]
    public Task An_inara_key_in_the_request_header_object_is_quiet_and_another_member_fires()
    {
        var source = Usings + """
            public class CommanderSync(HttpClient http)
            {
                private const string Endpoint = "https://inara.cz/inapi/v1/";

                public Task<HttpResponseMessage> Send(string apiKey, string commander) =>
                    http.PostAsJsonAsync(Endpoint, new { header = new { appName = "LogBook", appVersion = "1.0.0", APIkey = apiKey, commanderName = commander }, events = Array.Empty<object>() });

                public Task<HttpResponseMessage> Relay(string key) =>
                    http.PostAsJsonAsync(Endpoint, new { header = new { appName = "LogBook", {|#0:api_key = key|} } });
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("API key 'api_key'", "POST to 'https://inara.cz/inapi/v1/'"));
    }
}
