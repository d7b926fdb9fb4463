using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInJsonBodyAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// The call model reads a request made by a helper of the same compilation (found on real code: a game store client's
/// <c>MakeMessage(method, uri)</c> that creates the message, adds its headers and returns it): the helper's parameters
/// are the caller's arguments, so the body's method and URL are known where it is set.
/// </summary>
public sealed class CredentialInJsonBodyRequestFactoryTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;

        """;

    [Fact]
    public Task A_body_put_in_a_request_a_helper_made_names_the_method_and_url_the_caller_gave()
    {
        var source = Usings + """
            class StoreClient(HttpClient http)
            {
                HttpRequestMessage MakeMessage(HttpMethod method, Uri uri)
                {
                    var message = new HttpRequestMessage(method, uri);
                    message.Headers.Add("Accept", "application/json");
                    return message;
                }

                async Task Upload(string accessToken)
                {
                    var message = MakeMessage(HttpMethod.Post, new Uri("https://api.store.example/v1/uploads"));
                    message.Content = JsonContent.Create(new { {|#0:accessToken|} });
                    await http.SendAsync(message);
                }

                async Task Trade(string accessToken)
                {
                    var message = MakeMessage(HttpMethod.Post, new Uri("https://api.store.example/cdp-user/auth"));
                    message.Content = JsonContent.Create(new { accessToken });
                    await http.SendAsync(message);
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("token 'accessToken'", "POST to 'https://api.store.example/v1/uploads'"));
    }

    [Fact]
    public Task A_helper_with_several_returns_is_not_read()
    {
        var source = Usings + """
            class StoreClient(HttpClient http)
            {
                HttpRequestMessage MakeMessage(HttpMethod method, Uri uri, bool signed)
                {
                    if (signed)
                    {
                        return new HttpRequestMessage(method, new Uri(uri, "signed"));
                    }

                    return new HttpRequestMessage(method, uri);
                }

                async Task Upload(string accessToken)
                {
                    var message = MakeMessage(HttpMethod.Post, new Uri("https://api.store.example/v1/uploads"), true);
                    message.Content = JsonContent.Create(new { {|#0:accessToken|} });
                    await http.SendAsync(message);
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("token 'accessToken'", "a request"));
    }
}
