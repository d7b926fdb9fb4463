using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// Whether a send reads a returned or stored URL is looked up at the end of the compilation, where the compilation
/// names the method, property or field the URL went to: in any of its files, for that very symbol (not another one of
/// the same name), and through the locals a URL is kept in on its way to the send.
/// </summary>
public sealed class CredentialInQueryStringRequestedByNameTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    [Fact]
    public Task A_url_a_send_in_another_file_reads_fires()
    {
        var test = Verify.Create("""
            class Links(string apiKey)
            {
                public string Feed => {|#0:"https://feeds.example/all?api_key=" + apiKey|};
            }
            """);
        test.TestState.Sources.Add(("/0/Test1.cs", """
            using System.Net.Http;
            using System.Threading.Tasks;

            class Poller(HttpClient http, Links links)
            {
                public Task<string> Poll() => http.GetStringAsync(links.Feed);
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "api_key", "", ToAHeader));
        return test.RunAsync();
    }

    // Only the symbol the URL went to counts: a send that reads another type's Feed (or a local named Feed) does not
    // request this one, though the name is the same.
    [Fact]
    public Task A_send_that_reads_a_same_named_member_of_another_type_does_not_count()
    {
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            class Links(string apiKey)
            {
                public string Feed => "https://feeds.example/all?api_key=" + apiKey;
            }

            class Mirror
            {
                public string Feed { get; set; } = "https://mirror.example/all";
            }

            class Poller(HttpClient http, Mirror mirror)
            {
                public Task<string> Poll() => http.GetStringAsync(mirror.Feed);

                public Task<string> Other()
                {
                    var Feed = "https://other.example/";
                    return http.GetStringAsync(Feed);
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_url_kept_in_two_locals_before_the_send_fires_and_one_only_compared_is_quiet()
    {
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            class Links(string token)
            {
                public string Status() => {|#0:"https://status.example/v1?token=" + token|};
                public string Login() => "https://login.example/start?token=" + token;
            }

            class Checker(HttpClient http, Links links)
            {
                public Task<string> Check()
                {
                    var status = links.Status();
                    var address = status + "&format=json";
                    return http.GetStringAsync(address);
                }

                public bool IsLogin(string url)
                {
                    var login = links.Login();
                    return url == login;
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'token'", "token", "", ToAHeader));
    }
}
