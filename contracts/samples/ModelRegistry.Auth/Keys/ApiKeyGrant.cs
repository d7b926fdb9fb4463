namespace ModelRegistry.Auth.Keys;

/// <summary>What a valid key gives access to: one service, on behalf of one user.</summary>
public sealed record ApiKeyGrant(string ServiceId, string UserId);
