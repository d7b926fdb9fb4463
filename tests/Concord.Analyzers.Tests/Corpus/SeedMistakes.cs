using System.Collections.Immutable;

namespace Concord.Analyzers.Tests.Corpus;

/// <summary>
/// One compilable source file per rule, each holding the mistake from the seed reports that the
/// rule exists to catch. Tests use only the entries whose id the analyzers ship today, and fail
/// when a shipped rule has no entry here.
/// </summary>
internal static class SeedMistakes
{
    public static ImmutableSortedDictionary<string, string> ByRuleId { get; } = new Dictionary<string, string>
    {
        ["CORD001"] = """
            using System.Net.Http.Json;

            namespace Seeds;

            public sealed class AuthServiceClient(HttpClient http, string authUrl)
            {
                public async Task<bool> ValidateAsync(string apiKey)
                {
                    var response = await http.PostAsJsonAsync(authUrl, new { api_key = apiKey, service_id = "ml-platform" });
                    return response.IsSuccessStatusCode;
                }
            }
            """,
        ["CORD002"] = """
            namespace Seeds;

            public static class MlflowUpstream
            {
                public static Uri Resolve()
                {
                    var url = Environment.GetEnvironmentVariable("MLFLOW_SERVER_URL") ?? "http://localhost:5000";
                    return new Uri(url);
                }
            }
            """,
        ["CORD003"] = """
            namespace Seeds;

            public sealed class ModelCatalog(HttpClient http, string baseUrl)
            {
                public async Task<string> ListAsync(string apiKey)
                {
                    var response = await http.GetAsync($"{baseUrl}/models?api_key={apiKey}");
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """,
        ["CORD004"] = $$"""
            namespace Seeds;

            public static class ThirdPartyRegistration
            {
                public const string ApiKey = "{{FakeLiveKey("hk_live_")}}";
            }
            """,
        ["CORD005"] = """
            namespace Seeds;

            public sealed class RegistryClient
            {
                private readonly HttpClient _client = new();

                public RegistryClient(string apiKey)
                {
                    _client.DefaultRequestHeaders.Add("Authorization", apiKey);
                }
            }
            """,
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>
    /// A key with a live prefix and 32 random-looking characters, built at run time so that no
    /// credential-shaped literal sits in this repository.
    /// </summary>
    public static string FakeLiveKey(string prefix)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var random = new Random(20261123);
        var body = new char[32];
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = alphabet[random.Next(alphabet.Length)];
        }

        return prefix + new string(body);
    }
}
