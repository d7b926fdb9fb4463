using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// A query piece kept in a local of its own (<c>keyPart = "&amp;key=" + key</c>, in a branch or a conditional) and put
/// into the URL after its <c>?</c> is query text: CORD003 reads the parameter names in the local's values. Quiet when
/// no value names a credential, and when the local lands in the path, before the <c>?</c>.
/// </summary>
public sealed class CredentialInQueryStringLocalPieceTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;

        """;

    // Modelled on a subtitle editor's machine-translation client: the key is optional, so its piece is set in a branch.
    [Fact]
    public Task A_key_piece_set_in_a_branch_and_put_after_the_question_mark_of_a_returned_url_fires()
    {
        var source = Usings + """
            public sealed class MemoryTranslator(HttpClient http, string? apiKey)
            {
                internal static string MakeUrl(string text, string from, string to, string? apiKey)
                {
                    var keyPart = string.Empty;
                    if (!string.IsNullOrEmpty(apiKey))
                    {
                        keyPart = "&key=" + Uri.EscapeDataString(apiKey);
                    }

                    return {|#0:$"get?langpair={from}|{to}{keyPart}&q={Uri.EscapeDataString(text)}"|};
                }

                public Task<string> Translate(string text, string from, string to, CancellationToken cancellationToken)
                {
                    var url = MakeUrl(text, from, to, apiKey);
                    return http.GetStringAsync(url, cancellationToken);
                }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "key", "", ToAHeader));
    }

    [Fact]
    public Task A_key_piece_escaped_by_the_code_bases_own_url_encoder_fires()
    {
        var source = Usings + """
            public static class TextUtilities
            {
                public static string UrlEncode(string text) => Uri.EscapeDataString(text);
            }

            public sealed class MemoryTranslator(HttpClient http)
            {
                public Task<string> Translate(string text, string pair, string? apiKey)
                {
                    var keyPart = string.Empty;
                    if (!string.IsNullOrEmpty(apiKey))
                    {
                        keyPart = "&key=" + TextUtilities.UrlEncode(apiKey);
                    }

                    return http.GetStringAsync({|#0:$"https://translate.example/get?langpair={pair}{keyPart}&q={TextUtilities.UrlEncode(text)}"|});
                }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "key", "", ToAHeader));
    }

    [Fact]
    public Task A_token_piece_chosen_by_a_conditional_and_sent_fires()
    {
        var source = Usings + """
            public sealed class FeedReader(HttpClient http)
            {
                public Task<string> Read(string feed, int page, string? accessToken)
                {
                    var tokenPart = string.IsNullOrEmpty(accessToken) ? "" : "&access_token=" + accessToken;
                    return http.GetStringAsync({|#0:$"https://feeds.example/v2/{feed}?page={page}{tokenPart}"|});
                }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'accessToken'", "access_token", "", ToAHeader));
    }

    [Fact]
    public Task A_piece_that_names_no_credential_is_quiet()
    {
        var source = Usings + """
            public sealed class MemoryTranslator(HttpClient http)
            {
                public Task<string> Translate(string text, string pair, string? email, bool machineOnly)
                {
                    var extra = string.Empty;
                    if (machineOnly)
                    {
                        extra = "&mt=1&onlyprivate=0";
                    }

                    var contact = email is null ? "" : "&de=" + Uri.EscapeDataString(email);
                    return http.GetStringAsync($"https://translate.example/get?langpair={pair}{extra}{contact}&q={Uri.EscapeDataString(text)}");
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_piece_put_into_the_path_before_the_question_mark_is_quiet()
    {
        var source = Usings + """
            public sealed class ArchiveClient(HttpClient http)
            {
                public Task<string> Fetch(string name, string? apiKey, string q)
                {
                    // Not query text where it lands: the server reads it, if at all, as part of the path.
                    var keyPart = apiKey is null ? "" : "&key=" + apiKey;
                    return http.GetStringAsync($"https://archive.example/files/{name}{keyPart}/list?q={q}");
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }
}
