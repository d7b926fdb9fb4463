using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// A link printed for the user or written to a log (a one-time sign-in link shown when a server starts) is opened
/// by a person, not requested by the code: CORD003 stays quiet, through a message made from it and the method's own
/// printing lambda or local function, and speaks when the link is also sent or a call that may send it is in the way.
/// </summary>
public sealed class CredentialInQueryStringPrintedLinkTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    // Modelled on a backup server that prints a sign-in link with a one-time token when it starts without a password.
    [Fact]
    public Task A_sign_in_link_printed_or_logged_is_quiet()
    {
        var source = """
            using System;
            using System.Diagnostics;
            using System.Net.Http;
            using System.Threading.Tasks;

            public class Server(HttpClient http)
            {
                public void Started(string host, int port, string signinToken, bool silent)
                {
                    var print = (string message) => { if (!silent) Console.WriteLine(message); };
                    var url = $"http://{host}:{port}/signin.html?token={signinToken}";
                    Debug.WriteLine(string.Join(" ", "Sign in with", url));
                    print(string.Join(Environment.NewLine, "Use the following link to sign in:", url));

                    void Show(string text) => Console.Error.WriteLine(text);
                    Show($"Or open http://{host}:{port}/login?token={signinToken}");
                }

                public Task<string> Health() => http.GetStringAsync("https://backup.example/health");
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_link_printed_and_also_sent_fires()
    {
        var source = """
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            public class Server(HttpClient http)
            {
                public Task<string> Check(string host, string signinToken)
                {
                    var url = {|#0:$"http://{host}/signin?token={signinToken}"|};
                    Console.WriteLine(url);
                    return http.GetStringAsync(url);
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'signinToken'", "token", "", ToAHeader));
    }

    [Fact]
    public Task A_link_given_to_a_call_that_may_fetch_it_before_printing_fires()
    {
        var source = """
            using System;
            using System.IO;
            using System.Net;

            public class Status
            {
                public void Print(string host, string apiKey)
                {
                    Console.WriteLine(new WebClient().DownloadString({|#0:$"http://{host}/status?api_key={apiKey}"|}));
                    Console.WriteLine(File.ReadAllText({|#1:$"/srv/status?api_key={apiKey}"|}));
                }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithLocation(1).WithArguments("API key 'apiKey'", "api_key", " (and 1 more in Status)", ToAHeader));
    }
}
