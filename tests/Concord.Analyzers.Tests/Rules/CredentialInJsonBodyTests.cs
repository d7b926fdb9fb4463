using Concord.Analyzers.Rules;
using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInJsonBodyAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

public sealed class CredentialInJsonBodyTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using System.Text.Json.Serialization;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;

        """;

    // Regression: an empty anonymous body on a request whose method is computed.
    [Fact]
    public Task An_empty_anonymous_body_does_not_fire_or_throw()
    {
        var source = Usings + """
            class Probe
            {
                async Task Send(HttpClient http, string method, string url)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), url);
                    request.Content = JsonContent.Create(new { });
                    await http.SendAsync(request);
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    // Regression: a request created without an object initializer, its content assigned later, once crashed the rule.
    [Fact]
    public Task Content_assigned_to_a_request_created_without_an_initializer_fires()
    {
        var source = Usings + """
            class AuthClient
            {
                async Task Validate(HttpClient http, string apiKey)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/keys/validate");
                    request.Content = JsonContent.Create(new { {|#0:api_key = apiKey|}, service_id = "ml-platform" });
                    await http.SendAsync(request);
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("API key 'api_key'", "POST to '/api/v1/keys/validate'"));
    }

    // The seed: the auth middleware posted the key in the body; the auth service read 'Authorization: Bearer'.
    [Fact]
    public Task PostAsJsonAsync_with_an_anonymous_api_key_member_fires_and_names_the_target()
    {
        var source = Usings + """
            class AuthMiddleware
            {
                private readonly HttpClient _client = new();
                private readonly string AuthServiceUrl = "http://auth/validate";

                async Task Validate(string apiKey)
                {
                    await _client.PostAsJsonAsync(AuthServiceUrl, new { {|#0:apiKey|}, service_id = "ml-platform" });
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("API key 'apiKey'", "POST to 'AuthServiceUrl'"));
    }

    [Fact]
    public Task A_neutral_member_name_fires_through_the_value_origin()
    {
        var source = Usings + """
            class Settings { public string ApiKey { get; set; } = ""; }

            class AuthClient
            {
                private readonly Settings _settings = new();

                Task<HttpResponseMessage> Check(HttpClient client, CancellationToken cancellationToken) =>
                    client.PutAsJsonAsync("/api/v1/keys/check", new { {|#0:key = _settings.ApiKey|} }, cancellationToken);
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("API key 'ApiKey'", "PUT to '/api/v1/keys/check'"));
    }

    [Fact]
    public Task A_configured_secret_reaching_the_body_through_a_local_fires()
    {
        var source = Usings + """
            class Client
            {
                async Task Send(HttpClient client, IConfiguration configuration, Uri endpoint)
                {
                    var value = configuration["Upstream:ClientSecret"];
                    await client.PatchAsJsonAsync(endpoint, new { name = "x", {|#0:value|} }, new JsonSerializerOptions());
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("secret from configuration key 'Upstream:ClientSecret'", "PATCH to 'endpoint'"));
    }

    [Fact]
    public Task Configuration_lookups_by_GetValue_and_GetSection_are_followed()
    {
        var source = Usings + """
            class Client
            {
                private readonly IConfiguration _configuration;

                Client(IConfiguration configuration) => _configuration = configuration;

                async Task Send(HttpClient client)
                {
                    await client.PostAsJsonAsync(_configuration["Registry:Url"], new { {|#0:key = _configuration.GetValue<string>("Registry:ApiKey")|} });
                    await client.PostAsJsonAsync("jobs/" + 42, new { {|#1:auth = _configuration.GetSection("Jobs:AccessToken").Value|} });
                }
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("API key from configuration key 'Registry:ApiKey'", "POST to 'Registry:Url'"),
            Verify.Diagnostic("CORD001").WithLocation(1).WithArguments("token from configuration key 'Jobs:AccessToken'", "POST to 'jobs/42'"));
    }

    [Fact]
    public Task An_environment_variable_and_an_interpolated_url_are_described()
    {
        var source = Usings + """
            class Client
            {
                Task Send(HttpClient client, string baseUrl) =>
                    client.PostAsJsonAsync($"{baseUrl}/models/{42}", new { {|#0:auth = Environment.GetEnvironmentVariable("HOKUSAI_API_KEY")|} });
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("API key from environment variable 'HOKUSAI_API_KEY'", "POST to '{baseUrl}/models/{42}'"));
    }

    [Fact]
    public Task A_body_built_in_a_local_fires_on_the_argument_so_the_diagnostic_stays_local_to_the_call()
    {
        var source = Usings + """
            class Client
            {
                async Task Send(HttpClient client, string accessToken)
                {
                    var body = new { access_token = accessToken, model = "m" };
                    await client.PostAsJsonAsync("models", {|#0:body|});
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("token 'access_token'", "POST to 'models'"));
    }

    [Fact]
    public Task Nested_anonymous_objects_are_read()
    {
        var source = Usings + """
            class Client
            {
                Task Send(HttpClient client, string key) =>
                    client.PostAsJsonAsync("jobs", new { job = "train", auth = new { {|#0:api_key = key|} } });
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("API key 'api_key'", "POST to 'jobs'"));
    }

    [Fact]
    public Task DTO_properties_are_checked_by_property_and_serialized_name()
    {
        var source = Usings + """
            class ValidateRequest
            {
                [JsonPropertyName("api_key")]
                public string Key { get; set; } = "";

                [JsonPropertyName("service")]
                public string ServiceToken { get; set; } = "";

                public string ServiceId { get; set; } = "";
            }

            class Client
            {
                Task Send(HttpClient client, string k, string t) =>
                    client.PostAsJsonAsync("validate", new ValidateRequest { {|#0:Key = k|}, {|#1:ServiceToken = t|}, ServiceId = "s" });
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("API key 'api_key'", "POST to 'validate'"),
            Verify.Diagnostic("CORD001").WithLocation(1).WithArguments("token 'ServiceToken'", "POST to 'validate'"));
    }

    [Fact]
    public Task Record_constructor_arguments_map_to_properties()
    {
        var source = Usings + """
            record KeyCheck(string ApiKey, string ServiceId);

            class Client
            {
                Task Send(HttpClient client, string key) =>
                    client.PostAsJsonAsync("check", new KeyCheck({|#0:key|}, "svc"));
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("API key 'ApiKey'", "POST to 'check'"));
    }

    [Fact]
    public Task A_DTO_variable_fires_on_the_argument()
    {
        var source = Usings + """
            class KeyCheck
            {
                public string SubscriptionKey { get; set; } = "";

                [JsonIgnore]
                public string Password { get; set; } = "";
            }

            class Client
            {
                Task Send(HttpClient client, KeyCheck check) => client.PostAsJsonAsync("check", {|#0:check|});

                async Task Build(HttpClient client, string key)
                {
                    var body = new KeyCheck();
                    body.SubscriptionKey = key;
                    await client.PostAsJsonAsync("check", {|#1:body|});
                }
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("secret 'SubscriptionKey'", "POST to 'check'"),
            Verify.Diagnostic("CORD001").WithLocation(1).WithArguments("secret 'SubscriptionKey'", "POST to 'check'"));
    }

    [Fact]
    public Task Newtonsoft_JsonProperty_names_are_read()
    {
        var source = Usings + NewtonsoftStubs + """
            class Payload
            {
                [Newtonsoft.Json.JsonProperty("x-api-key")]
                public string Value { get; set; } = "";
            }

            class Client
            {
                Task Send(HttpClient client, string v) =>
                    client.PostAsync("events", new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(new Payload { {|#0:Value = v|} }), Encoding.UTF8, "application/json"));
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("API key 'x-api-key'", "POST to 'events'"));
    }

    [Fact]
    public Task Dictionaries_fire_on_the_entry()
    {
        var source = Usings + """
            class Client
            {
                async Task Send(HttpClient client, string key, string token)
                {
                    await client.PostAsJsonAsync("a", new Dictionary<string, string> { {|#0:["api_key"] = key|}, ["name"] = "n" });
                    await client.PostAsJsonAsync("b", new Dictionary<string, object> { {|#1:{ "auth_token", token }|}, { "count", 3 } });
                }
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("API key 'api_key'", "POST to 'a'"),
            Verify.Diagnostic("CORD001").WithLocation(1).WithArguments("token 'auth_token'", "POST to 'b'"));
    }

    [Fact]
    public Task JsonObject_entries_fire()
    {
        var source = Usings + """
            class Client
            {
                async Task Send(HttpClient client, string value)
                {
                    var json = new JsonObject { ["access_token"] = value, ["model"] = "m" };
                    await client.PostAsync("models", new StringContent({|#0:json.ToJsonString()|}, Encoding.UTF8, "application/json"));
                    await client.PostAsJsonAsync("models", new JsonObject { {|#1:["access_token"] = value|} });
                }
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("token 'access_token'", "POST to 'models'"),
            Verify.Diagnostic("CORD001").WithLocation(1).WithArguments("token 'access_token'", "POST to 'models'"));
    }

    [Fact]
    public Task JsonContent_Create_passed_to_PostAsync_fires()
    {
        var source = Usings + """
            class Client
            {
                Task Send(HttpClient client, string secret) =>
                    client.PostAsync("events", JsonContent.Create(new { {|#0:app_secret = secret|} }));
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("secret 'app_secret'", "POST to 'events'"));
    }

    [Fact]
    public Task StringContent_over_a_serialized_local_fires()
    {
        var source = Usings + """
            class Client
            {
                async Task Send(HttpClient client, string apiKey)
                {
                    var json = JsonSerializer.Serialize(new { apiKey });
                    using var content = new StringContent({|#0:json|}, Encoding.UTF8, "application/json");
                    await client.PutAsync("keys/verify", content);
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("API key 'apiKey'", "PUT to 'keys/verify'"));
    }

    [Fact]
    public Task HttpRequestMessage_Content_in_an_initializer_uses_the_message_method_and_url()
    {
        var source = Usings + """
            class Client
            {
                Task Send(HttpClient client, string apiKey, string authUrl)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, authUrl)
                    {
                        Content = JsonContent.Create(new { {|#0:apiKey|} }),
                    };
                    return client.SendAsync(request);
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("API key 'apiKey'", "POST to 'authUrl'"));
    }

    [Fact]
    public Task HttpRequestMessage_Content_assigned_later_uses_the_message()
    {
        var source = Usings + """
            class Client
            {
                Task Send(HttpClient client, string subscriptionKey)
                {
                    var request = new HttpRequestMessage { Method = new HttpMethod("PATCH"), RequestUri = new Uri("https://vpn.internal/devices/42") };
                    request.Content = new StringContent(JsonSerializer.Serialize(new { {|#0:subscriptionKey|} }));
                    return client.SendAsync(request);
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("secret 'subscriptionKey'", "PATCH to 'https://vpn.internal/devices/42'"));
    }

    [Fact]
    public Task A_credential_sent_as_the_whole_body_fires_on_the_argument()
    {
        var source = Usings + """
            class Client
            {
                Task Send(HttpClient client, string bearerToken) => client.PostAsJsonAsync("sessions/check", {|#0:bearerToken|});
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("token 'bearerToken'", "POST to 'sessions/check'"));
    }

    [Fact]
    public Task Content_in_a_local_without_a_visible_request_says_a_request()
    {
        var source = Usings + """
            class Client
            {
                HttpContent Build(string apiKey)
                {
                    var content = JsonContent.Create(new { {|#0:apiKey|} });
                    return content;
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("API key 'apiKey'", "a request"));
    }

    [Fact]
    public Task OAuth_exchanges_do_not_fire()
    {
        var source = Usings + """
            class Client
            {
                async Task Send(HttpClient client, string clientId, string clientSecret, string refreshToken, Uri issuer)
                {
                    await client.PostAsync(issuer, new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = clientSecret,
                    }));
                    await client.PostAsJsonAsync(issuer, new { grant_type = "client_credentials", client_id = clientId, client_secret = clientSecret });
                    await client.PostAsJsonAsync("https://idp/oauth2/token", new { refresh_token = refreshToken });
                    await client.PutAsJsonAsync("organizations/7/integrations/duo", new { clientId, clientSecret, host = "api-1.duo" });
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Sign_in_registration_and_password_changes_do_not_fire()
    {
        var source = Usings + """
            record LoginRequest(string Username, string Password);

            class Client
            {
                async Task Send(HttpClient client, string email, string password, string newPassword, string apiKey, string loginUrl, Uri api)
                {
                    await client.PostAsJsonAsync(api, new { email, password });
                    await client.PostAsJsonAsync(api, new LoginRequest("me", password));
                    await client.PostAsJsonAsync("/account/register", new { name = "n", password });
                    await client.PostAsJsonAsync("/users/me/password", new { current = password, newPassword });
                    await client.PostAsJsonAsync(loginUrl, new { apiKey });
                    await client.PostAsJsonAsync("/auth/sign-in", new { apiKey });
                    var url = "/api/authenticate";
                    await client.PostAsJsonAsync(url, new { apiKey });
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_token_traded_at_an_auth_or_session_endpoint_does_not_fire_and_the_same_word_as_a_prefix_does()
    {
        // Found on real code: a mod manager trades its store login's access token for a content session at …/auth.
        var source = Usings + """
            class Client
            {
                async Task Send(HttpClient client, string accessToken, string apiKey)
                {
                    await client.PostAsJsonAsync("https://api.store.example/cdp-user/auth", new { accessToken });
                    await client.PostAsJsonAsync("https://media.example/api/sessions/", new { apiKey });
                    await client.PostAsJsonAsync("https://idp.example/auth/admin/widgets", new { {|#0:accessToken|} });
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0)
            .WithArguments("token 'accessToken'", "POST to 'https://idp.example/auth/admin/widgets'"));
    }

    [Fact]
    public Task Paging_tokens_model_token_counts_and_cancellation_tokens_do_not_fire()
    {
        var source = Usings + """
            class Client
            {
                async Task Send(HttpClient client, string nextPageToken, string continuationToken, string deviceToken, CancellationToken cancellationToken)
                {
                    await client.PostAsJsonAsync("search", new { query = "q", pageToken = nextPageToken }, cancellationToken);
                    await client.PostAsJsonAsync("search", new { continuationToken, next_page_token = "x" }, cancellationToken);
                    await client.PostAsJsonAsync("v1/chat/completions", new { model = "m", max_tokens = 256, prompt_tokens = 3 }, cancellationToken);
                    await client.PostAsJsonAsync("devices", new { token = deviceToken }, cancellationToken);
                    await client.PostAsJsonAsync("items", new { cancellationToken }, cancellationToken);
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Key_words_that_are_not_credentials_do_not_fire()
    {
        var source = Usings + """
            class Client
            {
                Task Send(HttpClient client, string publicKey, string primaryKey, string cacheKey, string tokenName, string secretName) =>
                    client.PostAsJsonAsync("things", new { publicKey, primaryKey, cacheKey, key = cacheKey, tokenName, secretName, partitionKey = "p" });
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Non_json_content_reads_and_headers_do_not_fire()
    {
        var source = Usings + """
            class Client
            {
                async Task Send(HttpClient client, string apiKey)
                {
                    await client.PostAsync("a", new StringContent(apiKey));
                    await client.PostAsync("b", new FormUrlEncodedContent(new Dictionary<string, string> { ["api_key"] = apiKey }));
                    await client.GetFromJsonAsync<string>("c");
                    await client.GetAsync("d?x=1");
                    var request = new HttpRequestMessage(HttpMethod.Post, "e") { Content = JsonContent.Create(new { name = "n" }) };
                    request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
                    await client.SendAsync(request);
                    var text = JsonSerializer.Serialize(new { apiKey });
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Responses_carrying_tokens_do_not_fire()
    {
        var source = Usings + """
            class FakeIssuer : HttpMessageHandler
            {
                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                    Task.FromResult(new HttpResponseMessage { Content = JsonContent.Create(new { access_token = "t", token_type = "Bearer" }) });
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Content_handed_to_something_other_than_a_request_does_not_fire()
    {
        var source = Usings + """
            class MockHandler
            {
                public void Respond(HttpContent content) { }
            }

            class Fixture
            {
                void Arrange(MockHandler handler, string apiKey)
                {
                    handler.Respond(JsonContent.Create(new { apiKey }));
                    var content = new StringContent(JsonSerializer.Serialize(new { apiKey }));
                    handler.Respond(content);
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Token_response_shapes_webhook_setup_and_token_lifecycle_endpoints_do_not_fire()
    {
        var source = Usings + """
            class Client
            {
                async Task Send(HttpClient client, string accessToken, string refreshToken, string secret, Uri relay)
                {
                    await client.PostAsJsonAsync(relay, new { access_token = accessToken, token_type = "Bearer", expires_in = 3600 });
                    await client.PostAsJsonAsync("repos/o/r/hooks", new { config = new { url = "https://ci/hook", secret } });
                    await client.PostAsJsonAsync("/auth/logout", new { refreshToken });
                    await client.PostAsJsonAsync("/auth/refresh", new { refreshToken });
                    await client.PostAsJsonAsync("/oauth/revoke", new { token = accessToken });
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task One_time_tokens_that_are_the_request_data_do_not_fire()
    {
        var source = Usings + """
            class Client
            {
                Task Send(HttpClient client, string recaptchaToken, string resetToken, string inviteToken, string clientRequestToken, string idempotencyToken) =>
                    client.PostAsJsonAsync("things", new { recaptchaToken, token = resetToken, invite = inviteToken, clientRequestToken, idempotencyToken });
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Theory]
    [InlineData("apiKey", "API key")]
    [InlineData("X-Api-Key", "API key")]
    [InlineData("subscriptionKey", "secret")]
    [InlineData("accessKey", "secret")]
    [InlineData("access_token", "token")]
    [InlineData("id_token", "token")]
    [InlineData("sessionToken", "token")]
    [InlineData("bearer", "token")]
    [InlineData("client_secret", "secret")]
    [InlineData("consumerSecret", "secret")]
    [InlineData("authorization", "credential")]
    public Task Request_credential_names_fire(string name, string kind)
    {
        var source = Usings + $$"""
            class Client
            {
                Task Send(HttpClient client, string value) =>
                    client.PostAsJsonAsync("items", new Dictionary<string, string> { {|#0:["{{name}}"] = value|} });
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0).WithArguments($"{kind} '{name}'", "POST to 'items'"));
    }

    [Theory]
    [InlineData("token")]
    [InlineData("secret")]
    [InlineData("password")]
    [InlineData("credentials")]
    [InlineData("masterKey")]
    [InlineData("encryptedPrivateKey")]
    [InlineData("webhookSecret")]
    [InlineData("paymentToken")]
    [InlineData("nextPageToken")]
    [InlineData("secretName")]
    public Task Names_of_secrets_that_are_data_do_not_fire(string name)
    {
        var source = Usings + $$"""
            class Client
            {
                Task Send(HttpClient client, string value) =>
                    client.PostAsJsonAsync("items", new Dictionary<string, string> { ["{{name}}"] = value });
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Secrets_that_are_the_request_data_do_not_fire_by_name_alone()
    {
        var source = Usings + """
            class Client
            {
                Task Send(HttpClient client, string token, string secret, string password, string uvToken, string paymentToken, string otp) =>
                    client.PutAsJsonAsync("account/two-factor", new
                    {
                        token,
                        secret,
                        password,
                        uvToken,
                        paymentToken,
                        encryptedPrivateKey = "2.abc|def",
                        wrappedSigningKey = "k",
                        webhookSecret = otp,
                    });
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_generic_member_name_fires_when_the_value_is_a_request_credential()
    {
        var source = Usings + """
            class Options { public string AuthToken { get; set; } = ""; }

            class Client
            {
                Task Send(HttpClient client, Options options, string clientSecret) =>
                    client.PostAsJsonAsync("jobs", new { {|#0:token = options.AuthToken|}, {|#1:secret = clientSecret|} });
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("token 'AuthToken'", "POST to 'jobs'"),
            Verify.Diagnostic("CORD001").WithLocation(1).WithArguments("secret 'clientSecret'", "POST to 'jobs'"));
    }

    [Fact]
    public Task Calls_that_do_not_bind_are_not_taken_for_requests()
    {
        var source = Usings + """
            class Fixture
            {
                void Arrange(dynamic mock, string apiKey)
                {
                    mock.Respond(JsonContent.Create(new { apiKey }));
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Extra_credential_names_fire()
    {
        var source = Usings + """
            class Client
            {
                Task Send(HttpClient client, string value) => client.PostAsJsonAsync("events", new { {|#0:hook_signature = value|} });
            }
            """;
        return Verify.VerifyAsync(
            source,
            "concord.credential_names = hook_signature",
            Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("credential 'hook_signature'", "POST to 'events'"));
    }

    [Fact]
    public async Task Ignored_names_do_not_fire()
    {
        // A public, publishable key some APIs take in the body: flagged until the project says otherwise.
        const string Body = """
            class Client
            {
                Task Send(HttpClient client, string value) => client.PostAsJsonAsync("checkout", new { {|#0:client_key = value|}, amount = 100 });
            }
            """;
        await Verify.VerifyAsync(Usings + Body, Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("secret 'client_key'", "POST to 'checkout'"));
        await Verify.VerifyAsync(Usings + Body.Replace("{|#0:", string.Empty).Replace("|}", string.Empty), "concord.ignored_names = clientKey, captchaToken");
    }

    [Fact]
    public Task Test_projects_are_skipped_when_configured()
    {
        var test = Verification.AnalyzerVerifier<CredentialInJsonBodyAnalyzer>.Create(
            Usings + """
            class ClientTests
            {
                Task Send(HttpClient client, string apiKey) => client.PostAsJsonAsync("validate", new { apiKey });
            }
            """,
            "concord.skip_test_projects = true");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        return test.RunAsync();
    }

    [Fact]
    public async Task Test_projects_are_skipped_by_default_and_checked_when_asked()
    {
        const string source = Usings + """
            class ClientTests
            {
                Task Send(HttpClient client, string apiKey) => client.PostAsJsonAsync("validate", new { {|#0:apiKey|} });
            }
            """;
        var quiet = Verification.AnalyzerVerifier<CredentialInJsonBodyAnalyzer>.Create(source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
        quiet.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        await quiet.RunAsync();

        var checkedTest = Verification.AnalyzerVerifier<CredentialInJsonBodyAnalyzer>.Create(source, "concord.skip_test_projects = false");
        checkedTest.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        checkedTest.ExpectedDiagnostics.Add(Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("API key 'apiKey'", "POST to 'validate'"));
        await checkedTest.RunAsync();
    }

    [Fact]
    public Task Broken_and_odd_code_does_not_throw()
    {
        var test = Verification.AnalyzerVerifier<CredentialInJsonBodyAnalyzer>.Create(Usings + """
            record Empty();

            class Client
            {
                async Task Send(HttpClient client, string apiKey, object body, dynamic anything)
                {
                    await client.PostAsJsonAsync();
                    await client.PostAsJsonAsync("a");
                    await client.PostAsJsonAsync(, new { apiKey });
                    await client.PostAsJsonAsync("a", new Unknown { ApiKey = apiKey });
                    await client.PostAsJsonAsync("a", new Dictionary<string, string> { { "api_key" }, [] = apiKey, [apiKey] = "x" });
                    await client.PostAsJsonAsync("a", new Empty(apiKey));
                    await client.PostAsJsonAsync("a", body);
                    await client.PostAsJsonAsync("a", anything);
                    await client.PostAsJsonAsync(anything, new { x = 1 });
                    await client.PostAsync("a", JsonContent.Create());
                    await client.PostAsync("a", new StringContent());
                    await client.PostAsync("a", new StringContent(JsonSerializer.Serialize()));
                    var request = new HttpRequestMessage(HttpMethod.Post) { Content = JsonContent.Create(new { }) };
                    request.Content = ;
                    var orphan = JsonContent.Create(new { nested = new { deeper = new { deepest = new { apiKey } } } });
                    using var content = new StringContent(JsonSerializer.Serialize(new JsonObject { [""] = null }));
                    _ = new { new { apiKey } };
                    Func<HttpContent> later = () => JsonContent.Create(new { {|#0:api_key = apiKey|} });
                }
            }
            """);
        test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("API key 'api_key'", "a request"));
        return test.RunAsync();
    }

    // Newtonsoft.Json is not referenced by the tests: its two types are declared here under their real names.
    private const string NewtonsoftStubs = """
        namespace Newtonsoft.Json
        {
            public static class JsonConvert { public static string SerializeObject(object? value) => ""; }

            [AttributeUsage(AttributeTargets.Property)]
            public sealed class JsonPropertyAttribute : Attribute
            {
                public JsonPropertyAttribute() { }
                public JsonPropertyAttribute(string propertyName) => PropertyName = propertyName;
                public string? PropertyName { get; set; }
            }
        }

        """;
}
