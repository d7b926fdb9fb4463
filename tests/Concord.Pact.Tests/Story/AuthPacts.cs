using Concord.Pact.Consumer;
using Concord.Pact.Matchers;

namespace Concord.Pact.Tests.Story;

/// <summary>The middleware's contract with the auth service, as its consumer tests write it.</summary>
public static class AuthPacts
{
    public const string Consumer = "ApiMiddleware";
    public const string Provider = "AuthService";

    /// <summary>A valid key, sent the way the contract says: in the Authorization header. The verifier gets the key from the provider state.</summary>
    public static void ValidKey(PactBuilder pact) =>
        pact.UponReceiving("a valid API key is validated")
            .Given("an active API key", new { user_id = "user-7" })
            .WithRequest(HttpMethod.Post, "/api/v1/keys/validate")
            .WithHeader("Authorization", Match.Regex("Bearer \\S+", "Bearer redacted-example-credential").WithGenerator(Generator.ProviderState("Bearer ${apiKey}")))
            .WithJsonBody(new { service_id = "ml-platform" })
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { valid = true, user_id = Match.Type("user-7") });

    /// <summary>An unknown key is rejected; with <paramref name="pinDetail"/> false only the status is checked, as the seed story's tests did.</summary>
    public static void UnknownKey(PactBuilder pact, bool pinDetail = true) =>
        pact.UponReceiving("an unknown API key is rejected")
            .Given("no API keys exist")
            .WithRequest(HttpMethod.Post, "/api/v1/keys/validate")
            .WithHeader("Authorization", "Bearer unknown-key")
            .WithJsonBody(new { service_id = "ml-platform" })
            .WillRespond()
            .WithStatus(401)
            .WithJsonBody(new { detail = pinDetail ? "Invalid or expired API key" : (object)Match.Type("Invalid or expired API key") });

    /// <summary>A request without a key is rejected.</summary>
    public static void MissingKey(PactBuilder pact, bool pinDetail = true) =>
        pact.UponReceiving("a request without an API key is rejected")
            .WithRequest(HttpMethod.Post, "/api/v1/keys/validate")
            .WithJsonBody(new { service_id = "ml-platform" })
            .WillRespond()
            .WithStatus(401)
            .WithJsonBody(new { detail = pinDetail ? "API key required" : (object)Match.Type("API key required") });
}
