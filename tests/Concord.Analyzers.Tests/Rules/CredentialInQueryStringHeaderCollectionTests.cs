using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// A name/value collection that holds request headers is not a query: CORD003 stays quiet on
/// <c>headers.Add("Authorization", "Bearer " + token)</c>, and still reads a query collection as one.
/// </summary>
public sealed class CredentialInQueryStringHeaderCollectionTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    [Fact]
    public Task Headers_kept_in_a_name_value_collection_are_quiet_and_a_query_collection_still_fires()
    {
        var source = """
            using System.Collections.Specialized;

            class Uploader
            {
                NameValueCollection Headers(string accessToken, string apiKey)
                {
                    var headers = new NameValueCollection();
                    headers.Add("Authorization", "Bearer " + accessToken);
                    headers.Add("X-Auth-Token", apiKey);
                    return headers;
                }

                NameValueCollection Extra(string apiKey) => new NameValueCollection { { "X-API-KEY", apiKey } };

                NameValueCollection Requested(NameValueCollection requestHeaders, string token)
                {
                    requestHeaders.Add("token", token);
                    return requestHeaders;
                }

                NameValueCollection Query(string apiKey) => new NameValueCollection { {|#0:{ "api_key", apiKey }|} };
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "api_key", "", ToAHeader));
    }
}
