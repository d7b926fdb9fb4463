using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD003 and URLs written in prose: a help text shows a URL as an example, then goes on with its sentence or its next
/// line. A URL has neither a line break nor white space in it, so the query ends there; what is left is read as a value.
/// </summary>
public sealed class CredentialInQueryStringProseTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    [Fact]
    public Task A_help_text_with_example_urls_on_its_own_lines_is_quiet()
    {
        // Seen on real code: a localised description of a secret provider, with the parameters it takes.
        var source = """
            static class Texts
            {
                static string L(string text) => text;

                public static string Description => L(
            @"Reads secrets from a vault.
            Example use:
                vault://?name=...&auth=ClientSecret&client-id=...&client-secret=...

            With a file instead:
                file://path/to/file?passphrase=secret

            The file holds the secrets as key and value pairs.");
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task An_example_url_inside_a_sentence_is_quiet()
    {
        var source = """
            static class Settings
            {
                public static void Check(string address)
                {
                    if (address.Length == 0)
                        throw new System.ArgumentException("Give the address as https://vault.example/?token=token and the name of the secret.");
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_literal_password_in_a_url_still_fires()
    {
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            class Client
            {
                Task<string> Export(HttpClient http) => http.GetStringAsync({|#0:"https://backup.example/export?passphrase=Rk2dq9Xw7mPz"|});
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("A literal password", "passphrase", "", ToAHeader));
    }

    [Fact]
    public Task A_space_in_an_earlier_literal_value_does_not_end_the_query()
    {
        // HttpClient escapes the space; the key after it is still in the query.
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            class Client
            {
                Task<string> Search(HttpClient http, string apiKey) =>
                    http.GetStringAsync({|#0:"https://maps.example/geocode?q=new york&api_key=" + apiKey|});
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "api_key", "", ToAHeader));
    }

    [Fact]
    public Task A_query_that_follows_a_space_in_a_sentence_is_quiet_and_one_that_follows_a_url_fires()
    {
        // Found on real code: an API endpoint's description tells its readers they may append their token to the query.
        var source = """
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            class Docs
            {
                static void Help() => Environment.SetEnvironmentVariable(
                    "HELP", "Send the token as a bearer token, or append it onto the query string: ?access_token=Pq7Zr2Lm9Xw4Kd");

                Task<string> Me(HttpClient http, string baseUrl) => http.GetStringAsync({|#0:baseUrl + "?access_token=Pq7Zr2Lm9Xw4Kd"|});
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("A literal token", "access_token", "", ToAHeader));
    }
}
