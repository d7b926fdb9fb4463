using Verify = Concord.Analyzers.Tests.Verification.CodeFixVerifier<
    Concord.Analyzers.Rules.AuthorizationWithoutSchemeAnalyzer,
    Concord.Analyzers.CodeFixes.AuthorizationWithoutSchemeCodeFixProvider>;

namespace Concord.Analyzers.Tests.CodeFixes;

public sealed class AuthorizationWithoutSchemeCodeFixTests
{
    [Fact]
    public Task Headers_Add_becomes_a_typed_bearer_header()
    {
        const string source = """
            using System.Net.Http;
            using System.Net.Http.Headers;

            class Client
            {
                void Send(HttpClient client, string apiKey)
                {
                    client.DefaultRequestHeaders.Add("Authorization", [|apiKey|]);
                }
            }
            """;
        const string fixedSource = """
            using System.Net.Http;
            using System.Net.Http.Headers;

            class Client
            {
                void Send(HttpClient client, string apiKey)
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
                }
            }
            """;
        return Verify.VerifyAsync(source, fixedSource);
    }

    [Fact]
    public Task Fix_all_rewrites_Parse_and_the_one_argument_constructor()
    {
        const string source = """
            using System.Net.Http;
            using System.Net.Http.Headers;

            class Client
            {
                void Send(HttpRequestMessage request, string token, string apiKey)
                {
                    request.Headers.Authorization = AuthenticationHeaderValue.Parse([|token|]);
                    request.Headers.Authorization = new AuthenticationHeaderValue([|apiKey|]);
                    request.Headers.TryAddWithoutValidation("Authorization", [|apiKey|]);
                }
            }
            """;
        const string fixedSource = """
            using System.Net.Http;
            using System.Net.Http.Headers;

            class Client
            {
                void Send(HttpRequestMessage request, string token, string apiKey)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
                }
            }
            """;
        return Verify.VerifyAsync(source, fixedSource);
    }
}
