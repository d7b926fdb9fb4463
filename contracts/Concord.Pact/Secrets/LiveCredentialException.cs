namespace Concord.Pact.Secrets;

/// <summary>
/// A pact would have contained values that look like live credentials, so it was not written.
/// Replace them with test values, or use a matcher; set <c>PactOptions.AllowLiveCredentials</c> only for values known to be fake.
/// </summary>
public sealed class LiveCredentialException : Exception
{
    internal LiveCredentialException(string pactName, IReadOnlyList<string> findings)
        : base($"Pact {pactName} was not written: it would contain {findings.Count} value(s) that look like live credentials: " +
               string.Join("; ", findings) +
               ". Use a test credential or a matcher (Match.Regex), or set PactOptions.AllowLiveCredentials if the value is known to be fake.")
    {
        Findings = findings;
    }

    /// <summary>Where each credential-looking value was, with the value masked.</summary>
    public IReadOnlyList<string> Findings { get; }
}
