using System.Collections.Concurrent;

namespace ModelRegistry.Auth.Keys;

/// <summary>The API keys the service knows: each is valid for one service id and belongs to one user.</summary>
public sealed class ApiKeyStore
{
    /// <summary>Configuration key with seed keys, <c>service-id=key;service-id=key</c>: for local runs of the sample.</summary>
    public const string SeedSetting = "AUTH_KEYS";

    private readonly ConcurrentDictionary<string, ApiKeyGrant> _grants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ApiKeyGrant> _seeded = new(StringComparer.Ordinal);

    public static ApiKeyStore FromConfiguration(IConfiguration configuration)
    {
        var store = new ApiKeyStore();
        foreach (var entry in (configuration[SeedSetting] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0)
            {
                store._seeded[parts[1]] = new ApiKeyGrant(parts[0], "seed-user");
            }
        }

        return store;
    }

    public void Grant(string key, ApiKeyGrant grant) => _grants[key] = grant;

    /// <summary>Revokes every granted key; seed keys come from configuration and stay.</summary>
    public void RevokeGranted() => _grants.Clear();

    /// <summary>The grant for <paramref name="key"/> when it is valid for <paramref name="serviceId"/>.</summary>
    public ApiKeyGrant? Find(string key, string? serviceId) =>
        (_grants.TryGetValue(key, out var grant) || _seeded.TryGetValue(key, out grant)) && string.Equals(grant.ServiceId, serviceId, StringComparison.Ordinal) ? grant : null;
}
