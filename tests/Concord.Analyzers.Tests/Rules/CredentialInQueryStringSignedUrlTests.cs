using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD003 and signed URLs (found on real code: a video downloader fetching a streaming service's playlist with the
/// signed playback token it was given): the signature covers the URL, so the token is a grant for that resource, not
/// the caller's credential, and the service reads it from the URL only.
/// </summary>
public sealed class CredentialInQueryStringSignedUrlTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    [Fact]
    public Task A_token_beside_the_urls_signature_is_quiet()
    {
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            class Playback(HttpClient http)
            {
                Task<string> Playlist(string id, string token, string signature) =>
                    http.GetStringAsync($"https://usher.video.example/vod/{id}.m3u8?sig={signature}&token={token}&allow_source=true");

                Task<byte[]> Object(string key, string credential, string securityToken, string signature) =>
                    http.GetByteArrayAsync($"https://bucket.storage.example/{key}?X-Amz-Credential={credential}&X-Amz-Security-Token={securityToken}&X-Amz-Signature={signature}");
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task The_same_token_without_a_signature_fires()
    {
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            class Playback(HttpClient http)
            {
                Task<string> Playlist(string id, string token) =>
                    http.GetStringAsync({|#0:$"https://usher.video.example/vod/{id}.m3u8?token={token}&allow_source=true"|});
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'token'", "token", "", ToAHeader));
    }
}
