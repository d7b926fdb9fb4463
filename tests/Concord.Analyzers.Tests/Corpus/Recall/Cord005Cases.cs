using static Concord.Analyzers.Tests.Corpus.Recall.RecallCase;

namespace Concord.Analyzers.Tests.Corpus.Recall;

/// <summary>CORD005 corpus: a bare credential in the Authorization header, without a scheme.</summary>
internal static class Cord005Cases
{
    private const string Id = "CORD005";

    public static IEnumerable<RecallCase> All()
    {
        yield return Flag(Id, "default header added bare", """
            public sealed class Client(HttpClient http, string apiKey)
            {
                public void Configure() => http.DefaultRequestHeaders.Add("Authorization", apiKey);
            }
            """);
        yield return Flag(Id, "TryAddWithoutValidation with configuration", """
            public static class Requests
            {
                public static void Sign(HttpRequestMessage request, IConfiguration configuration) =>
                    request.Headers.TryAddWithoutValidation("Authorization", configuration["Registry:Token"]);
            }
            """);
        yield return Flag(Id, "Parse of a bare token", """
            public static class Requests
            {
                public static void Sign(HttpRequestMessage request, string token) =>
                    request.Headers.Authorization = System.Net.Http.Headers.AuthenticationHeaderValue.Parse(token);
            }
            """);
        yield return Flag(Id, "key given as the scheme", """
            public static class Requests
            {
                public static void Sign(HttpClient http, string apiKey) =>
                    http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(apiKey);
            }
            """);
        yield return Flag(Id, "through a neutral local", """
            public static class Requests
            {
                public static void Sign(HttpRequestMessage request, string accessToken)
                {
                    var value = accessToken;
                    request.Headers.Add("Authorization", value);
                }
            }
            """);
        yield return Flag(Id, "environment variable", """
            public static class Requests
            {
                public static void Sign(HttpClient http) => http.DefaultRequestHeaders.Add("Authorization", Environment.GetEnvironmentVariable("REGISTRY_API_KEY"));
            }
            """);
        yield return Flag(Id, "options property", """
            public sealed class RegistryOptions { public string ApiKey { get; set; } = ""; }
            public sealed class Client(HttpClient http, Microsoft.Extensions.Options.IOptions<RegistryOptions> options)
            {
                public void Configure() => http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", options.Value.ApiKey);
            }
            """);

        yield return Flag(Id, "credential-named field", """
            public sealed class Client(HttpClient http)
            {
                private readonly string _apiToken = Environment.GetEnvironmentVariable("API_TOKEN") ?? "";
                public void Configure() => http.DefaultRequestHeaders.Add("Authorization", _apiToken);
            }
            """);
        yield return Flag(Id, "literal key", """
            public static class Requests
            {
                public static void Sign(HttpRequestMessage request) => request.Headers.Add("Authorization", "q8Zt3LmP0vX7cR2nB4kD9sF1");
            }
            """);
        yield return Flag(Id, "AuthenticationHeaderValue.Parse of configuration", """
            public static class Requests
            {
                public static void Sign(HttpClient http, IConfiguration configuration) =>
                    http.DefaultRequestHeaders.Authorization = System.Net.Http.Headers.AuthenticationHeaderValue.Parse(configuration["Search:ApiKey"]!);
            }
            """);

        yield return Quiet(Id, "bearer scheme constructor", """
            public static class Requests
            {
                public static void Sign(HttpRequestMessage request, string token) =>
                    request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }
            """);
        yield return Quiet(Id, "scheme written in the value", """
            public static class Requests
            {
                public static void Sign(HttpRequestMessage request, string token) => request.Headers.Add("Authorization", $"Bearer {token}");
            }
            """);
        yield return Quiet(Id, "basic credentials", """
            public static class Requests
            {
                public static void Sign(HttpRequestMessage request, string user, string password) =>
                    request.Headers.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));
            }
            """);
        yield return Quiet(Id, "API-key header", """
            public static class Requests
            {
                public static void Sign(HttpRequestMessage request, string apiKey) => request.Headers.Add("X-API-Key", apiKey);
            }
            """);
        yield return Quiet(Id, "custom scheme", """
            public static class Requests
            {
                public static void Sign(HttpRequestMessage request, string key) =>
                    request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Token", key);
            }
            """);
    }
}
