using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD003 on a URL whose query is written in a constant (found on real code: two web apps verifying a captcha with
/// <c>const VerifyUrl = "…/siteverify?secret={0}&amp;response={1}"</c> and <c>string.Format(VerifyUrl, secret, response)</c>):
/// the constant is read as the literal would be.
/// </summary>
public sealed class CredentialInQueryStringConstantTextTests
{
    private const string FormBodyAdvice = "reCAPTCHA's siteverify reads it from the form body of the POST; send it there";

    [Fact]
    public Task A_format_or_a_prefix_held_in_a_constant_fires()
    {
        var source = """
            using System.Globalization;
            using System.Net.Http;
            using System.Threading.Tasks;

            class CaptchaValidator(HttpClient http)
            {
                private const string VerifyUrl = "https://www.google.com/recaptcha/api/siteverify?secret={0}&response={1}";
                private const string VerifyPrefix = "https://www.google.com/recaptcha/api/siteverify?secret=";

                Task<string> Verify(string privateKey, string response) =>
                    http.GetStringAsync({|#0:string.Format(CultureInfo.InvariantCulture, VerifyUrl, privateKey, response)|});

                Task<string> VerifyAgain(string privateKey) => http.GetStringAsync({|#1:VerifyPrefix + privateKey|});
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithLocation(1).WithArguments("Secret 'privateKey'", "secret", " (and 1 more in CaptchaValidator)", FormBodyAdvice));
    }

    [Fact]
    public Task A_constant_with_no_query_is_quiet()
    {
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            class Catalogue(HttpClient http)
            {
                private const string Items = "https://api.example.com/items/{0}";

                Task<string> Item(string privateKey) => http.GetStringAsync(string.Format(Items, privateKey));
            }
            """;
        return Verify.VerifyAsync(source);
    }
}
