using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>CORD003 on a query builder whose value parameter is <c>object</c>: the string passed is still the credential.</summary>
public sealed class CredentialInQueryStringObjectBuilderTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    [Fact]
    public Task A_builder_taking_any_value_fires_on_a_credential_string_and_not_on_other_values()
    {
        var source = """
            class HttpRequestBuilder
            {
                public HttpRequestBuilder AddQueryParam(string key, object value, bool replace = false) => this;
            }

            class NotifierProxy
            {
                void Send(HttpRequestBuilder builder, string appToken, int priority, string title)
                {
                    {|#0:builder.AddQueryParam("token", appToken)|};
                    builder.AddQueryParam("priority", priority);
                    builder.AddQueryParam("title", title);
                    Execute(builder);
                }

                void Execute(HttpRequestBuilder builder) { }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'appToken'", "token", "", ToAHeader));
    }
}
