namespace Concord.Analyzers.Credentials;

/// <summary>
/// Names a provider documents for values that read like credentials and are not: there CORD001 and CORD003 have
/// nothing to move. Kept short on purpose, like <see cref="QueryKeyProviders"/>: each entry says where the provider
/// documents what the value is, and is known by the provider's hosts or, when no host is written, by the names of the
/// types and namespaces around the code (<see cref="ProviderClues"/>).
/// </summary>
internal static class ProviderNonCredentials
{
    private static readonly (string[] HostSuffixes, string Name, string[] Names, string Provider)[] Entries =
    {
        // Google Maps Platform's session token (Places Autocomplete and Details, new and legacy, and Address Validation): a
        // string the client makes up (a version 4 UUID, per Google's session-token guide) to group one user's requests for
        // billing. It is sent in the JSON body or the query (the legacy API spells it 'sessiontoken') beside the API key,
        // and grants nothing. Found on real code: a maps client library, whose API key warnings stay.
        (new[] { "places.googleapis.com", "addressvalidation.googleapis.com", "maps.googleapis.com" }, "sessionToken", new[] { "google maps" }, "Google Maps Platform"),
    };

    /// <summary>The provider that documents <paramref name="name"/> as no credential, when the code addresses it; else null.</summary>
    public static string? Documenting(string name, ProviderClues clues) => clues.FirstAddressed(Entries, name);
}
