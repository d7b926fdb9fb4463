namespace Concord.Analyzers.Credentials;

/// <summary>What sort of credential a name or value stands for; used to word messages.</summary>
internal enum CredentialKind
{
    ApiKey,
    Token,
    Secret,
    Password,
    Credential,
}

internal static class CredentialKindText
{
    public static string Describe(this CredentialKind kind) => kind switch
    {
        CredentialKind.ApiKey => "API key",
        CredentialKind.Token => "token",
        CredentialKind.Secret => "secret",
        CredentialKind.Password => "password",
        _ => "credential",
    };
}
