using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// A URL written into a document the code composes (a playlist's lines) and handed to no call is read by whoever
/// reads the document, not sent by the code: CORD003 stays quiet there, and still speaks when the URL is sent.
/// </summary>
public sealed class CredentialInQueryStringWrittenDocumentTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    [Fact]
    public Task Urls_written_into_a_playlists_lines_are_quiet()
    {
        var source = """
            using System.Globalization;
            using System.Text;

            class PlaylistWriter
            {
                const string EntryFormat = "#EXT-X-MEDIA:TYPE=SUBTITLES,NAME=\"{0}\",URI=\"{1}\"";

                void AddSubtitles(StringBuilder playlist, string name, int index, string accessToken)
                {
                    var url = string.Format(CultureInfo.InvariantCulture, "Subtitles/{0}/list.m3u8?segment=30&access_token={1}", index, accessToken);
                    var line = string.Format(CultureInfo.InvariantCulture, EntryFormat, name, url);
                    playlist.AppendLine(line);
                }

                void AddTiles(StringBuilder playlist, int width, string accessToken)
                {
                    var url = $"Tiles/{width}/tiles.m3u8?access_token={accessToken}";
                    playlist.AppendFormat(CultureInfo.InvariantCulture, "#EXT-X-IMAGE-STREAM-INF:BANDWIDTH={0},RESOLUTION={1}x{2},URI=\"{3}\"", 1000, width, width, url);
                    playlist.AppendLine();
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    // Seen in a scan of a media server compiled without its packages: the playlist's AppendFormat did not bind (the
    // tiles' info type was unresolved), and the URL written with it read as sent. Bound or not, nothing sends it.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task A_url_written_by_a_call_that_does_not_bind_is_not_sent(bool tilesTypeBinds)
    {
        var source = """
            using System.Collections.Generic;
            using System.Globalization;
            using System.Security.Claims;
            using System.Text;

            static class Claims
            {
                public static string? GetToken(this ClaimsPrincipal user) => user.FindFirst("token")?.Value;
            }

            class PlaylistWriter
            {
                void AddTiles(Dictionary<int, TilesInfo> resolutions, StringBuilder builder, ClaimsPrincipal user, string mediaSourceId)
                {
                    const string playlistFormat = "#EXT-X-IMAGE-STREAM-INF:BANDWIDTH={0},RESOLUTION={1}x{2},CODECS=\"jpeg\",URI=\"{3}\"";
                    foreach (var resolution in resolutions)
                    {
                        var width = resolution.Key;
                        var info = resolution.Value;
                        var url = string.Format(
                            CultureInfo.InvariantCulture,
                            "Tiles/{0}/tiles.m3u8?MediaSourceId={1}&ApiKey={2}",
                            width.ToString(CultureInfo.InvariantCulture),
                            mediaSourceId,
                            user.GetToken());
                        builder.AppendFormat(
                            CultureInfo.InvariantCulture,
                            playlistFormat,
                            info.Bandwidth.ToString(CultureInfo.InvariantCulture),
                            info.Width.ToString(CultureInfo.InvariantCulture),
                            info.Height.ToString(CultureInfo.InvariantCulture),
                            url);
                        builder.AppendLine();
                    }
                }
            }
            """ + (tilesTypeBinds ? "\nclass TilesInfo { public int Bandwidth { get; set; } public int Width { get; set; } public int Height { get; set; } }\n" : string.Empty);
        var test = Verify.Create(source);
        if (!tilesTypeBinds)
        {
            // The unresolved type is the point of the case: the compiler's errors about it are expected.
            test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;
        }

        return test.RunAsync();
    }

    [Fact]
    public Task A_url_assembled_in_a_builder_and_sent_or_written_and_also_sent_still_fires()
    {
        var source = """
            using System.Net.Http;
            using System.Text;
            using System.Threading.Tasks;

            class Fetcher
            {
                Task<string> Assembled(HttpClient http, string apiKey)
                {
                    var url = {|#0:$"https://data.example/v1/rows?api_key={apiKey}"|};
                    var builder = new StringBuilder();
                    builder.Append(url);
                    return http.GetStringAsync(builder.ToString());
                }

                Task<string> LoggedAndSent(HttpClient http, StringBuilder log, string token)
                {
                    var url = {|#1:$"https://data.example/v1/cols?token={token}"|};
                    log.AppendLine("GET " + url);
                    return http.GetStringAsync(url);
                }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "api_key", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(1).WithArguments("Token 'token'", "token", "", ToAHeader));
    }

    // Modelled on a CMS's account manager: the verification link is filled into a localized template, edited in place,
    // and given to a notification as its body. The reader of the e-mail opens it; the code sends no request with it.
    [Fact]
    public Task A_link_filled_into_a_messages_body_is_quiet_and_the_same_template_filled_into_a_url_that_is_sent_fires()
    {
        var source = """
            using System.Net;
            using System.Net.Http;
            using System.Net.Mail;
            using System.Threading.Tasks;

            class Accounts(HttpClient http)
            {
                MailMessage Verification(string site, string name, string token, string template)
                {
                    string url = site + "/login?name=" + name + "&token=" + WebUtility.UrlEncode(token);
                    string body = template;
                    body = body.Replace("[Name]", name);
                    body = body.Replace("[URL]", url);
                    body = body.Replace("[Site]", site);
                    return new MailMessage("noreply@example.com", "user@example.com", "Verify your address", body);
                }

                Task<string> Confirm(string site, string token, string template)
                {
                    string url = {|#0:site + "/confirm?token=" + WebUtility.UrlEncode(token)|};
                    string address = template.Replace("[URL]", url);
                    return http.GetStringAsync(address);
                }

                void Fail(string site, string token) =>
                    throw new System.InvalidOperationException({|#1:"Could not reach " + site + "/status?token=" + token|});
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithLocation(1).WithArguments("Token 'token'", "token", " (and 1 more in Accounts)", ToAHeader));
    }
}
