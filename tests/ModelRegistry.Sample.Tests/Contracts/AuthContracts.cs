using Concord.Pact.Consumer;
using Concord.Pact.Matchers;

namespace ModelRegistry.Sample.Tests.Contracts;

/// <summary>What the API's auth middleware (consumer) expects of the auth service (provider).</summary>
public static class AuthContracts
{
    public const string Consumer = "ModelRegistryApi";
    public const string Provider = "AuthService";

    /// <summary>A valid key, in the Authorization header; the verifier takes a real key from the provider state.</summary>
    public static void ValidKey(PactBuilder pact) =>
        pact.UponReceiving("a valid API key is validated")
            .Given("an active API key", new { service_id = "ml-platform", user_id = "user-7" })
            .WithRequest(HttpMethod.Post, "/api/v1/keys/validate")
            .WithHeader("Authorization", Match.Regex("Bearer \\S+", "Bearer redacted-example-credential").WithGenerator(Generator.ProviderState("Bearer ${apiKey}")))
            .WithJsonBody(new { service_id = "ml-platform" })
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { valid = true, user_id = Match.Type("user-7") });

    /// <summary>An unknown key is rejected with the auth service's own words.</summary>
    public static void UnknownKey(PactBuilder pact) =>
        pact.UponReceiving("an unknown API key is rejected")
            .Given("no API keys exist")
            .WithRequest(HttpMethod.Post, "/api/v1/keys/validate")
            .WithHeader("Authorization", "Bearer unknown-key")
            .WithJsonBody(new { service_id = "ml-platform" })
            .WillRespond()
            .WithStatus(401)
            .WithJsonBody(new { detail = "Invalid or expired API key" });

    /// <summary>
    /// As reported, the middleware's only contract test: a bad key, sent the way the middleware sent it
    /// (in the body), is rejected; only the status is pinned. It passes, and proves nothing about valid keys.
    /// </summary>
    public static void AsReportedBadKeyOnly(PactBuilder pact) =>
        pact.UponReceiving("an invalid API key is rejected")
            .Given("no API keys exist")
            .WithRequest(HttpMethod.Post, "/api/v1/keys/validate")
            .WithJsonBody(new { api_key = "invalid-key", service_id = "ml-platform" })
            .WillRespond()
            .WithStatus(401)
            .WithJsonBody(new { detail = Match.Type("Invalid or expired API key") });
}
