using Concord.Core.Findings;

namespace Concord.Cli.Check;

/// <summary>
/// The Pact core names a failing interaction by its pact file and description, not by where it is in the file.
/// Check has read every pact file already (<see cref="PactFile.Read"/>), so it adds the line where the interaction
/// starts, and reports and code-scanning annotations point at it, as they do for the pact-vs-document findings.
/// </summary>
internal static class PactInteractionLines
{
    /// <summary>The finding with its pact location's line, when the description names exactly one interaction of the file.</summary>
    public static Finding WithLine(Finding finding, IReadOnlyList<PactFile> pacts)
    {
        if (finding.Location is not PactLocation { Line: null } where
            || pacts.FirstOrDefault(p => p.Path == where.PactFile)?.Read is not { } pact)
        {
            return finding;
        }

        // A V4 pact may repeat a description under other provider states; then the description does not say which.
        var lines = pact.Interactions.Where(i => i.Description == where.Interaction).Select(i => i.Line).Take(2).ToList();
        return lines is [{ } line] ? finding with { Location = where with { Line = line } } : finding;
    }
}
