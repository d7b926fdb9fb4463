using Concord.Pact.Consumer;
using Concord.Pact.Matchers;

namespace ModelRegistry.Sample.Tests.Contracts;

/// <summary>
/// What the key check (consumer) expects of the auth service (provider): a valid key accepted, an unknown one
/// refused in the auth service's words. The two variants differ only in where they put the key.
/// </summary>
public static class KeyCheckContracts
{
    public const string Consumer = "KeyCheck";
    public const string Provider = "AuthService";
    public const string Bearer = "Authorization";
    public const string ApiKeyHeader = "X-API-Key";

    /// <summary>A valid key, sent in <paramref name="header"/>; the verifier takes a real key from the provider state.</summary>
    public static void ValidKey(PactBuilder pact, string header) =>
        pact.UponReceiving("a valid API key is accepted")
            .Given("an active API key", new { service_id = "ml-platform", user_id = "user-7" })
            .WithRequest(HttpMethod.Post, "/api/v1/keys/validate")
            .WithHeader(header, KeyIn(header))
            .WithJsonBody(new { service_id = "ml-platform" })
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { valid = true });

    /// <summary>
    /// An unknown key, sent in <paramref name="header"/>, is refused as "Invalid or expired API key": the words the
    /// reports read as "the key was found and refused". The auth service says "API key required" when it found none.
    /// </summary>
    public static void UnknownKey(PactBuilder pact, string header) =>
        pact.UponReceiving("an unknown API key is refused as invalid")
            .Given("no API keys exist")
            .WithRequest(HttpMethod.Post, "/api/v1/keys/validate")
            .WithHeader(header, header == Bearer ? "Bearer unknown-key" : "unknown-key")
            .WithJsonBody(new { service_id = "ml-platform" })
            .WillRespond()
            .WithStatus(401)
            .WithJsonBody(new { detail = "Invalid or expired API key" });

    private static Matcher KeyIn(string header) => header == Bearer
        ? Match.Regex("Bearer \\S+", "Bearer redacted-example-credential").WithGenerator(Generator.ProviderState("Bearer ${apiKey}"))
        : Match.Type("redacted-example-credential").WithGenerator(Generator.ProviderState("${apiKey}"));
}
