using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.AuthorizationWithoutSchemeAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD005 and providers whose API reference puts the token itself in the Authorization header (found on real code: a
/// backup tool's Backblaze B2 backend, a chat bot posting its statistics to a bot list): there a bare token is right.
/// </summary>
public sealed class AuthorizationWithoutSchemeProviderTests
{
    [Fact]
    public Task Providers_that_read_a_bare_token_are_quiet_by_host_or_by_the_names_around_the_code()
    {
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Backup.Backends.Backblaze
            {
                class UploadClient
                {
                    HttpRequestMessage Upload(string uploadUrl, string authorizationToken)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl);
                        request.Headers.TryAddWithoutValidation("Authorization", authorizationToken);
                        return request;
                    }
                }
            }

            namespace Bot.Stats
            {
                class BotListPoster(HttpClient http)
                {
                    Task Post(string botListToken, ulong id)
                    {
                        http.DefaultRequestHeaders.Add("Authorization", botListToken);
                        return http.PostAsync($"https://top.gg/api/bots/{id}/stats", null);
                    }
                }

                class PhotoSearch(HttpClient http)
                {
                    private const string Api = "https://api.pexels.com/v1/";

                    Task<string> Search(string apiKey, string query)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, Api + "search?query=" + query);
                        request.Headers.TryAddWithoutValidation("Authorization", apiKey);
                        return http.SendAsync(request).ContinueWith(t => "");
                    }
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task The_same_shapes_sent_elsewhere_fire()
    {
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Backup.Backends.Storage
            {
                class UploadClient
                {
                    HttpRequestMessage Upload(string uploadUrl, string authorizationToken)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl);
                        request.Headers.TryAddWithoutValidation("Authorization", {|#0:authorizationToken|});
                        return request;
                    }
                }
            }

            namespace Bot.Stats
            {
                class BotListPoster(HttpClient http)
                {
                    Task Post(string botListToken, ulong id)
                    {
                        http.DefaultRequestHeaders.Add("Authorization", {|#1:botListToken|});
                        return http.PostAsync($"https://bots.example.com/api/bots/{id}/stats", null);
                    }
                }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD005").WithLocation(0).WithArguments("token 'authorizationToken'", "authorizationToken"),
            Verify.Diagnostic("CORD005").WithLocation(1).WithArguments("token 'botListToken'", "botListToken"));
    }
}
