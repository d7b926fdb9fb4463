using Verify = Concord.Analyzers.Tests.Verification.CodeFixVerifier<
    Concord.Analyzers.Rules.CredentialInJsonBodyAnalyzer,
    Concord.Analyzers.CodeFixes.CredentialInJsonBodyCodeFixProvider>;

namespace Concord.Analyzers.Tests.CodeFixes;

public sealed class CredentialInJsonBodyCodeFixTests
{
    [Fact]
    public Task The_key_moves_from_the_body_to_a_bearer_header()
    {
        var source = """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class AuthMiddleware
            {
                async Task Validate(HttpClient client, string authServiceUrl, string apiKey)
                {
                    var response = await client.PostAsJsonAsync(authServiceUrl, new { service_id = "ml-platform", {|CORD001:api_key = apiKey|} });
                    response.EnsureSuccessStatusCode();
                }
            }
            """;
        var fixedSource = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class AuthMiddleware
            {
                async Task Validate(HttpClient client, string authServiceUrl, string apiKey)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, authServiceUrl)
                    {
                        Content = JsonContent.Create(new { service_id = "ml-platform" })
                    };
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
                    var response = await client.SendAsync(request);
                    response.EnsureSuccessStatusCode();
                }
            }
            """;
        return Verify.VerifyAsync(source, fixedSource);
    }

    // The seed's auth middleware, as reported: a using declaration over a call split across lines.
    [Fact]
    public Task The_seed_call_is_rewritten_with_its_using_declaration_and_token()
    {
        var source = """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading;
            using System.Threading.Tasks;

            public sealed class AuthServiceClient(HttpClient http)
            {
                public async Task<bool> ValidateAsync(string apiKey, string serviceId, CancellationToken cancellationToken)
                {
                    using var response = await http.PostAsJsonAsync(
                        "/api/v1/keys/validate",
                        new { {|CORD001:api_key = apiKey|}, service_id = serviceId },
                        cancellationToken);
                    return response.IsSuccessStatusCode;
                }
            }
            """;
        var fixedSource = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Threading;
            using System.Threading.Tasks;

            public sealed class AuthServiceClient(HttpClient http)
            {
                public async Task<bool> ValidateAsync(string apiKey, string serviceId, CancellationToken cancellationToken)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/keys/validate")
                    {
                        Content = JsonContent.Create(new { service_id = serviceId })
                    };
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
                    using var response = await http.SendAsync(request, cancellationToken);
                    return response.IsSuccessStatusCode;
                }
            }
            """;
        return Verify.VerifyAsync(source, fixedSource);
    }

    [Fact]
    public Task The_cancellation_token_and_ConfigureAwait_are_kept_and_an_emptied_body_is_dropped()
    {
        var source = """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading;
            using System.Threading.Tasks;

            class KeyClient
            {
                private readonly HttpClient _http = new();

                async Task Check(string apiKey, CancellationToken cancellationToken)
                {
                    // Ask the auth service whether the key is valid.
                    await _http.PutAsJsonAsync("keys/check", new { {|CORD001:apiKey|} }, cancellationToken).ConfigureAwait(false);
                }
            }
            """;
        var fixedSource = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Threading;
            using System.Threading.Tasks;

            class KeyClient
            {
                private readonly HttpClient _http = new();

                async Task Check(string apiKey, CancellationToken cancellationToken)
                {
                    // Ask the auth service whether the key is valid.
                    using var request = new HttpRequestMessage(HttpMethod.Put, "keys/check");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
                    await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                }
            }
            """;
        return Verify.VerifyAsync(source, fixedSource);
    }

    [Fact]
    public Task Serializer_options_follow_the_body_into_JsonContent()
    {
        var source = """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Text.Json;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;

            class Registry
            {
                async Task<HttpResponseMessage> Register(HttpClient client, IConfiguration configuration, JsonSerializerOptions options)
                {
                    var response = await client.PatchAsJsonAsync(
                        "models/42",
                        new
                        {
                            name = "classifier",
                            {|CORD001:key = configuration["Registry:ApiKey"]|},
                            version = 3,
                        },
                        options);
                    return response;
                }
            }
            """;
        var fixedSource = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Text.Json;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;

            class Registry
            {
                async Task<HttpResponseMessage> Register(HttpClient client, IConfiguration configuration, JsonSerializerOptions options)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Patch, "models/42")
                    {
                        Content = JsonContent.Create(new
                        {
                            name = "classifier",
                            version = 3,
                        }, options: options)
                    };
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", configuration["Registry:ApiKey"]);
                    var response = await client.SendAsync(request);
                    return response;
                }
            }
            """;
        return Verify.VerifyAsync(source, fixedSource);
    }

    [Fact]
    public Task Fix_all_gives_each_request_its_own_name()
    {
        var source = """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Sync
            {
                async Task Run(HttpClient client, string apiKey, string token, string request, System.Uri a)
                {
                    await client.PostAsJsonAsync(a, new { id = request, {|CORD001:apiKey|} });
                    await client.PostAsJsonAsync("b", new { id = 2, {|CORD001:access_token = token|} });
                }
            }
            """;
        var fixedSource = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Sync
            {
                async Task Run(HttpClient client, string apiKey, string token, string request, System.Uri a)
                {
                    using var request2 = new HttpRequestMessage(HttpMethod.Post, a)
                    {
                        Content = JsonContent.Create(new { id = request })
                    };
                    request2.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
                    await client.SendAsync(request2);
                    using var request3 = new HttpRequestMessage(HttpMethod.Post, "b")
                    {
                        Content = JsonContent.Create(new { id = 2 })
                    };
                    request3.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    await client.SendAsync(request3);
                }
            }
            """;
        return Verify.VerifyAsync(source, fixedSource);
    }

    [Theory]
    [InlineData("var body = new { apiKey };\n        await client.PostAsJsonAsync(\"a\", {|CORD001:body|});")]
    [InlineData("await client.PostAsJsonAsync(\"a\", new { {|CORD001:apiKey|}, {|CORD001:client_secret = secret|} });")]
    [InlineData("if (apiKey.Length > 0) await client.PostAsJsonAsync(\"a\", new { {|CORD001:apiKey|} });")]
    [InlineData("_ = client.PostAsJsonAsync(\"a\", new { {|CORD001:apiKey|} });")]
    [InlineData("await client.PostAsync(\"a\", JsonContent.Create(new { {|CORD001:apiKey|} }));")]
    public Task Shapes_the_fix_does_not_understand_get_no_fix(string statement)
    {
        var source = $$"""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Client
            {
                async Task Send(HttpClient client, string apiKey, string secret)
                {
                    {{statement}}
                }
            }
            """;
        return Verify.VerifyAsync(source, source);
    }
}
