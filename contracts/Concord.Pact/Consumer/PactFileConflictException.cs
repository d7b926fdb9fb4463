namespace Concord.Pact.Consumer;

/// <summary>
/// Two tests describe one interaction (same description and provider states) differently and both
/// wrote it to the same pact file; the pact cannot say which the consumer relies on.
/// </summary>
public sealed class PactFileConflictException : Exception
{
    public PactFileConflictException(string pactFile, IReadOnlyList<string> conflicts)
        : base($"The pact file {pactFile} was not written: {string.Join(" ", conflicts)}")
    {
        PactFile = pactFile;
        Conflicts = conflicts;
    }

    /// <summary>The pact file left as it was.</summary>
    public string PactFile { get; }

    /// <summary>One sentence per conflicting interaction, naming both writers and where they differ.</summary>
    public IReadOnlyList<string> Conflicts { get; }
}
