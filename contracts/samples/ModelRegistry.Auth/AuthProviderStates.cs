using System.Security.Cryptography;
using Concord.Pact.AspNetCore.ProviderStates;
using ModelRegistry.Auth.Keys;

namespace ModelRegistry.Auth;

/// <summary>
/// The provider states consumers' pacts name. A valid key is made fresh for each interaction and handed
/// to the verifier through the state's values, so no key is ever written into a pact.
/// </summary>
public static class AuthProviderStates
{
    public const string ActiveKey = "an active API key";
    public const string NoKeys = "no API keys exist";

    public static ProviderStateHandlers Create() => new ProviderStateHandlers()
        .Add(
            ActiveKey,
            (request, services, _) =>
            {
                var key = "test-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
                var serviceId = request.Parameters["service_id"]?.GetValue<string>() ?? "ml-platform";
                var userId = request.Parameters["user_id"]?.GetValue<string>() ?? "user-1";
                services.GetRequiredService<ApiKeyStore>().Grant(key, new ApiKeyGrant(serviceId, userId));
                return Task.FromResult<IReadOnlyDictionary<string, object?>>(new Dictionary<string, object?> { ["apiKey"] = key });
            },
            (_, services, _) =>
            {
                services.GetRequiredService<ApiKeyStore>().RevokeGranted();
                return Task.CompletedTask;
            })
        .Add(NoKeys, (_, services) => services.GetRequiredService<ApiKeyStore>().RevokeGranted());
}
