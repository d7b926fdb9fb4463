namespace Concord.Pact.Secrets;

/// <summary>Collects live-looking credentials among the values bound for a pact file, with where each was.</summary>
internal sealed class SecretScanner(bool allowLiveCredentials)
{
    private readonly List<string> _findings = [];

    internal string Check(string where, string value)
    {
        if (!allowLiveCredentials && LiveCredentialPatterns.Find(value) is { } found)
        {
            _findings.Add($"{found.Kind} {found.Masked} in {where}");
        }

        return value;
    }

    internal void ThrowIfAny(string pactName)
    {
        if (_findings.Count > 0)
        {
            throw new LiveCredentialException(pactName, _findings);
        }
    }
}
