using System.Text;
using Concord.Pact.Secrets;

namespace Concord.Pact.Provider;

/// <summary>Renders a <see cref="VerificationResult"/> for a person.</summary>
internal static class VerificationReport
{
    internal static string Render(VerificationResult result)
    {
        var text = new StringBuilder();
        var failed = result.Interactions.Count(i => !i.Passed && !i.Pending);
        var headline = result.Status switch
        {
            VerificationStatus.Passed => $"passed ({result.Interactions.Count} interaction(s))",
            VerificationStatus.Failed => $"FAILED ({failed} of {result.Interactions.Count} interaction(s) failed)",
            _ => "could not decide",
        };
        text.Append($"Pact verification of {result.Provider}: {headline}");
        foreach (var interaction in result.Interactions)
        {
            text.AppendLine();
            var mark = interaction.Passed ? "ok " : interaction.Pending ? "pending" : "FAIL";
            var consumer = interaction.Consumer is null ? "" : $"[{interaction.Consumer}] ";
            text.Append($"  {mark} {consumer}{interaction.Description}");
            if (interaction.Error is not null)
            {
                text.AppendLine();
                text.Append($"      error: {interaction.Error}");
            }

            foreach (var mismatch in interaction.Mismatches)
            {
                text.AppendLine();
                text.Append($"      {mismatch.Where ?? mismatch.Type}: {mismatch.Message}");
            }
        }

        foreach (var problem in result.Problems)
        {
            text.AppendLine();
            text.Append($"  problem: {problem}");
        }

        foreach (var gap in result.CoverageGaps)
        {
            text.AppendLine();
            text.Append($"  coverage: {gap.Message}");
        }

        // Every line holds someone's free text (descriptions, states, consumer names, reasons): mask live-looking keys in all of it.
        return LiveCredentialPatterns.Scrub(text.ToString());
    }
}
