using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD003 on an OAuth 2 authorization request (found on real code: a password manager's single sign-on page opened
/// in the system browser with the provider's SSO token beside client_id, redirect_uri and response_type): the browser
/// opens it, and the protocol puts its parameters in the query, so it is quiet. The same token in another URL fires.
/// </summary>
public sealed class CredentialInQueryStringAuthorizationRequestTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;

        public interface IBrowser
        {
            Task OpenAsync(Uri url);
        }

        public sealed class SingleSignOn(IBrowser browser)
        {
            public Task StartAsync(string identityUrl, string clientId, string state, string ssoToken) =>
                browser.OpenAsync(new Uri({|#0:identityUrl + "/connect/authorize?" + "client_id=" + clientId + "&redirect_uri=app%3A%2F%2Fsso"
                    + "&response_type=code&scope=api&state=" + state + "&ssoToken=" + Uri.EscapeDataString(ssoToken)|}));
        }
        """;

    [Fact]
    public Task A_token_in_an_oauth2_authorization_request_is_quiet()
    {
        return Verify.VerifyAsync(Source.Replace("{|#0:", "").Replace("|}", ""));
    }

    [Fact]
    public Task The_same_token_in_a_url_that_is_no_authorization_request_fires()
    {
        return Verify.VerifyAsync(Source.Replace("&response_type=code", ""),
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'ssoToken'", "ssoToken", "",
                "send it in a request header instead (such as Authorization), if the server reads one"));
    }
}
