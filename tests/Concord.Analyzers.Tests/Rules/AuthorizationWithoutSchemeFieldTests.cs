using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.AuthorizationWithoutSchemeAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD005 on a header read from a private field (found on real code: a chat library's REST client keeps the token
/// with its scheme, set as "Bot {token}" or "Bearer {token}"): the field's every value is read, so a field that always
/// carries a scheme is quiet and one that is ever given a bare token fires.
/// </summary>
public sealed class AuthorizationWithoutSchemeFieldTests
{
    private const string Source = """
        using System.Net.Http;

        public enum TokenKind { Bot, User }

        public sealed class RestClient
        {
            private string token = "";

            internal void SetToken(TokenKind kind, string token) =>
                this.token = kind == TokenKind.Bot ? $"Bot {token}" : $"Bearer {token}";

            internal HttpRequestMessage Request(string path)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.TryAddWithoutValidation("Authorization", {|#0:this.token|});
                return request;
            }
        }
        """;

    [Fact]
    public Task A_private_field_given_only_values_with_a_scheme_is_quiet()
    {
        return Verify.VerifyAsync(Source.Replace("{|#0:", "").Replace("|}", ""));
    }

    [Fact]
    public Task The_same_field_once_given_a_bare_token_fires()
    {
        return Verify.VerifyAsync(
            Source.Replace("internal HttpRequestMessage Request", "internal void SetUserToken(string token) => this.token = token;\n\n    internal HttpRequestMessage Request"),
            Verify.Diagnostic("CORD005").WithLocation(0).WithArguments("token 'token'", "this.token"));
    }
}
