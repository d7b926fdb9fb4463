namespace Concord.Analyzers.Infrastructure;

/// <summary>The stable ids of Concord's code-lens rules. An id is never reused.</summary>
public static class RuleIds
{
    public const string CredentialInJsonBody = "CORD001";
    public const string LoopbackFallbackUrl = "CORD002";
    public const string CredentialInQueryString = "CORD003";
    public const string HardCodedLiveCredential = "CORD004";
    public const string AuthorizationWithoutScheme = "CORD005";

    // Spec-aware rules: calls checked against the provider's OpenAPI document (an AdditionalFile).
    public const string RouteNotInProviderDocument = "CORD006";
    public const string CredentialNotWhereDocumented = "CORD007";
    public const string RequiredParameterNotSet = "CORD008";

    // CORD004's finding where the code ships to its users (concord.ships_to_users) and the value is an application key.
    public const string ShippedApplicationKey = "CORD009";

    // Inventory diagnostics: descriptions of the code read by `concord check`, reported only on request.
    public const string HttpCallInventory = "CORD090";
    public const string HttpClientRegistrationInventory = "CORD091";
}
