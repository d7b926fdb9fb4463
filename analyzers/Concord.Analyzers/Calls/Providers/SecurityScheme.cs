namespace Concord.Analyzers.Calls.Providers;

/// <summary>Where a document's security scheme reads the credential from.</summary>
internal enum CredentialPlace
{
    Header,
    Query,
    Cookie,
}

/// <summary>
/// One security scheme of a provider's document, reduced to where the credential goes: <c>http</c> bearer/basic,
/// <c>oauth2</c> and <c>openIdConnect</c> read the Authorization header; <c>apiKey</c> names its header, query parameter or cookie.
/// </summary>
internal sealed class SecurityScheme
{
    public SecurityScheme(string key, CredentialPlace place, string parameterName, string? httpScheme)
    {
        Key = key;
        Place = place;
        ParameterName = parameterName;
        HttpScheme = httpScheme;
    }

    /// <summary>The scheme's name in the document (<c>BearerAuth</c>).</summary>
    public string Key { get; }

    public CredentialPlace Place { get; }

    /// <summary>The header, query parameter or cookie name: <c>Authorization</c>, <c>X-API-Key</c>, <c>api_key</c>.</summary>
    public string ParameterName { get; }

    /// <summary>"Bearer", "Basic" for the Authorization header; null otherwise.</summary>
    public string? HttpScheme { get; }

    /// <summary>"the Authorization header (Bearer)", "the X-API-Key header", "the query parameter 'api_key'".</summary>
    public string Describe() => Place switch
    {
        CredentialPlace.Query => $"the query parameter '{ParameterName}'",
        CredentialPlace.Cookie => $"the cookie '{ParameterName}'",
        _ => HttpScheme is { } scheme ? $"the {ParameterName} header ({scheme})" : $"the {ParameterName} header",
    };
}
