using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>CORD003 near misses found on real code: tokens in a query that the protocol puts there and that no log endangers.</summary>
public sealed class CredentialInQueryStringNoCredentialTests
{
    [Fact]
    public Task A_continuation_token_the_provider_handed_back_is_not_a_credential()
    {
        // Object storage rewrites in steps: each response gives the token that asks for the next step.
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            class Storage(HttpClient http)
            {
                async Task Copy(string url, string rewriteToken)
                {
                    var token = rewriteToken;
                    await http.PostAsync(url + "?rewriteToken=" + token, null);
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task An_oauth1_authorize_redirect_at_a_configured_address_is_quiet()
    {
        // OAuth 1.0: the request token goes to the provider's authorize page with the callback, by design.
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            class Login(HttpClient http)
            {
                public string OAuthUrl { get; set; } = "";

                Task<string> Authorize(string requestToken, string callback) =>
                    http.GetStringAsync(string.Format("{0}?oauth_token={1}&oauth_callback={2}", OAuthUrl, requestToken, callback));
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task The_id_of_a_passkey_is_quiet_and_the_credential_itself_fires()
    {
        // Found on real code: a CMS client deletes a user's passkey by its credential id, which WebAuthn makes public.
        var source = """
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            class Passkeys(HttpClient http)
            {
                Task Delete(int userId, byte[] credentialId) =>
                    http.DeleteAsync($"api/passkey?id={userId}&credential={Convert.ToBase64String(credentialId)}");

                Task Check(string credential) => http.GetAsync({|#0:$"api/check?credential={credential}"|});
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0)
            .WithArguments("A value for credential parameter", "credential", "", "send it in a request header instead (such as Authorization), if the server reads one"));
    }
}
