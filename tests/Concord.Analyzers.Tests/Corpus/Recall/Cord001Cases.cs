using static Concord.Analyzers.Tests.Corpus.Recall.RecallCase;

namespace Concord.Analyzers.Tests.Corpus.Recall;

/// <summary>CORD001 corpus: credentials in JSON request bodies, in the body shapes client code uses.</summary>
internal static class Cord001Cases
{
    private const string Id = "CORD001";

    public static IEnumerable<RecallCase> All()
    {
        yield return Flag(Id, "anonymous object, snake_case member", """
            public sealed class KeyCheck(HttpClient http)
            {
                public Task<HttpResponseMessage> Validate(string apiKey) => http.PostAsJsonAsync("/keys/validate", new { api_key = apiKey, scope = "models" });
            }
            """);
        yield return Flag(Id, "DTO class with initializer", """
            public sealed class ValidateRequest { public string? ApiKey { get; set; } public string? Service { get; set; } }
            public sealed class AuthGateway(HttpClient http)
            {
                public Task<HttpResponseMessage> Check(string key) => http.PostAsJsonAsync("api/validate", new ValidateRequest { ApiKey = key, Service = "registry" });
            }
            """);
        yield return Flag(Id, "positional record", """
            public sealed record TokenCheck(string AccessToken, string Audience);
            public sealed class Introspector(HttpClient http)
            {
                public Task<HttpResponseMessage> Verify(string accessToken) => http.PostAsJsonAsync("checks/verify", new TokenCheck(accessToken, "orders"));
            }
            """);
        yield return Flag(Id, "JsonContent in a request message", """
            public sealed class Notifier(HttpClient http)
            {
                public Task<HttpResponseMessage> Send(string accessToken, string text)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "notify/send") { Content = JsonContent.Create(new { access_token = accessToken, text }) };
                    return http.SendAsync(request);
                }
            }
            """);
        yield return Flag(Id, "dictionary body", """
            public sealed class PaymentsClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Charge(string secretKey, int cents) =>
                    http.PostAsJsonAsync("v1/charges", new Dictionary<string, object> { ["secret_key"] = secretKey, ["amount"] = cents });
            }
            """);
        yield return Flag(Id, "serialized into StringContent", """
            public sealed class OAuthClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Register(string clientSecret)
                {
                    var json = JsonSerializer.Serialize(new { client_secret = clientSecret, name = "cli" });
                    return http.PostAsync("apps/sync", new StringContent(json, Encoding.UTF8, "application/json"));
                }
            }
            """);
        yield return Flag(Id, "renamed property", """
            public sealed class Envelope
            {
                [JsonPropertyName("x_api_key")] public string? Key { get; set; }
                public string? Payload { get; set; }
            }
            public sealed class Relay(HttpClient http)
            {
                public Task<HttpResponseMessage> Forward(string apiKey, string payload) => http.PostAsJsonAsync("relay", new Envelope { Key = apiKey, Payload = payload });
            }
            """);
        yield return Flag(Id, "value from configuration", """
            public sealed class LicenseClient(HttpClient http, IConfiguration configuration)
            {
                public Task<HttpResponseMessage> Activate() => http.PostAsJsonAsync("license/activate", new { machine = Environment.MachineName, apiKey = configuration["License:ApiKey"] });
            }
            """);
        yield return Flag(Id, "nested object", """
            public sealed class SearchClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Query(string accessToken, string text) =>
                    http.PutAsJsonAsync("indexes/docs/query", new { query = text, auth = new { access_token = accessToken } });
            }
            """);
        yield return Flag(Id, "JsonObject with entries set later", """
            public sealed class DeviceClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Pair(string apiKey)
                {
                    var body = new JsonObject();
                    body["device"] = Environment.MachineName;
                    body["api_key"] = apiKey;
                    return http.PostAsJsonAsync("devices/pair", body);
                }
            }
            """);
        yield return Flag(Id, "hand-built JSON in an interpolated string", """
            public sealed class LegacyClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Ping(string apiKey) =>
                    http.PostAsync("legacy/ping", new StringContent($"{{\"api_key\":\"{apiKey}\",\"ping\":true}}", Encoding.UTF8, "application/json"));
            }
            """);
        yield return Flag(Id, "body built in a helper method", """
            public sealed class ModelClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Register(string apiKey, string model) => http.PostAsJsonAsync("models/publish", Body(apiKey, model));

                private static object Body(string key, string model) => new { api_key = key, model };
            }
            """);
        yield return Flag(Id, "generic wrapper of the same compilation", """
            public sealed class ApiClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Post<T>(string path, T body) => http.PostAsJsonAsync(path, body);

                public Task<HttpResponseMessage> Validate(string apiKey) => Post("keys/validate", new { api_key = apiKey });
            }
            """);
        yield return Flag(Id, "environment variable under a neutral member name", """
            public sealed class StoreClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Store(string name) => http.PostAsJsonAsync("items/store", new { name, key = Environment.GetEnvironmentVariable("VAULT_API_KEY") });
            }
            """);

        yield return Flag(Id, "hand-built JSON returned as text by a helper", """
            public sealed class PhraseClient(HttpClient http, string apiKey)
            {
                private static string MakeBody(string q, string key) => "{\"q\": \"" + q + "\", \"api_key\": \"" + key + "\"}";

                public Task<HttpResponseMessage> Translate(string q) => http.PostAsync("translate", new StringContent(MakeBody(q, apiKey), Encoding.UTF8, "application/json"));
            }
            """);
        yield return Quiet(Id, "credentials exchanged at a sign-in endpoint", """
            public sealed class SessionClient(HttpClient http)
            {
                public Task<HttpResponseMessage> SignIn(string email, string password) => http.PostAsJsonAsync("api/auth/login", new { email, password });
            }
            """);
        yield return Quiet(Id, "client credentials at the token endpoint", """
            public sealed class TokenClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Token(string clientId, string clientSecret) =>
                    http.PostAsJsonAsync("connect/token", new { grant_type = "client_credentials", client_id = clientId, client_secret = clientSecret });
            }
            """);
        yield return Quiet(Id, "ordinary fields", """
            public sealed class CatalogClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Create(string name, decimal price) => http.PostAsJsonAsync("catalog/items", new { name, price, description = "new" });
            }
            """);
        yield return Quiet(Id, "token counts and paging tokens", """
            public sealed class CompletionClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Complete(string prompt, string? pageToken) =>
                    http.PostAsJsonAsync("v1/completions", new { prompt, max_tokens = 256, page_token = pageToken });
            }
            """);
        yield return Quiet(Id, "a token type literal", """
            public sealed class Exchange(HttpClient http)
            {
                public Task<HttpResponseMessage> Describe() => http.PostAsJsonAsync("describe", new { token_type = "Bearer", expires_in = 3600 });
            }
            """);
        yield return Quiet(Id, "a response built for a caller, not a request", """
            public static class Replies
            {
                public static HttpResponseMessage Token(string token) => new(System.Net.HttpStatusCode.OK) { Content = JsonContent.Create(new { access_token = token }) };
            }
            """);
        yield return Quiet(Id, "hand-built JSON from a helper that names no credential", """
            public sealed class PhraseClient(HttpClient http)
            {
                private static string MakeBody(string q, string target) => "{\"q\": \"" + q + "\", \"target\": \"" + target + "\"}";

                public Task<HttpResponseMessage> Translate(string q) => http.PostAsync("translate", new StringContent(MakeBody(q, "de"), Encoding.UTF8, "application/json"));
            }
            """);
    }
}
