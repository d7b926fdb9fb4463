using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// A query text assigned to a local (declared empty, set in a branch) and then only written into a document the
/// code composes is written for the document's reader, as a URL declared with its value is: CORD003 stays quiet,
/// through interpolations written by a handler, conditionals and switch expressions, and speaks when a read sends it.
/// </summary>
public sealed class CredentialInQueryStringAssignedTextTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    // Modelled on a TV server's channel playlist: each entry's URL carries the viewer's token for the player.
    [Fact]
    public Task A_token_assigned_in_a_branch_and_written_into_a_playlist_is_quiet()
    {
        var source = """
            using System.Collections.Generic;
            using System.Globalization;
            using System.Text;

            public enum Mode { Segments, Stream }

            public class ChannelPlaylist(string host, string? accessToken, List<(int Number, Mode Mode, string? Logo)> channels)
            {
                public string Write()
                {
                    var sb = new StringBuilder();
                    string tokenQuery = string.Empty;
                    string tokenAmp = string.Empty;
                    if (accessToken != null)
                    {
                        tokenQuery = $"?access_token={accessToken}";
                        tokenAmp = $"&access_token={accessToken}";
                    }

                    var guide = $"http://{host}/iptv/guide.xml{tokenQuery}";
                    sb.AppendLine(CultureInfo.InvariantCulture, $"#EXTM3U url-tvg=\"{guide}\"");
                    foreach (var channel in channels)
                    {
                        var logo = $"http://{host}/iptv/logos/gen?text={channel.Number}{tokenAmp}";
                        if (channel.Logo is { } path)
                        {
                            logo = path.StartsWith("http") ? path : $"http://{host}/iptv/logos/{path}.jpg{tokenQuery}";
                        }

                        string format = channel.Mode switch
                        {
                            Mode.Segments => $"m3u8?mode=segments{tokenAmp}",
                            _ => $"ts{tokenQuery}",
                        };
                        sb.AppendLine(CultureInfo.InvariantCulture, $"#EXTINF:0 tvg-logo=\"{logo}\", {channel.Number}");
                        sb.AppendLine(CultureInfo.InvariantCulture, $"http://{host}/iptv/channel/{channel.Number}.{format}");
                    }

                    return sb.ToString();
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_token_assigned_in_a_branch_and_then_sent_fires()
    {
        var source = """
            using System.Net.Http;
            using System.Text;
            using System.Threading.Tasks;

            public class Guide(HttpClient http, string host, string? accessToken)
            {
                public async Task<string> Fetch()
                {
                    var sb = new StringBuilder();
                    string tokenQuery = string.Empty;
                    if (accessToken != null)
                    {
                        tokenQuery = {|#0:$"?access_token={accessToken}"|};
                    }

                    sb.AppendLine($"guide{tokenQuery}");
                    return await http.GetStringAsync($"http://{host}/iptv/guide.xml{tokenQuery}");
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'accessToken'", "access_token", "", ToAHeader));
    }
}
