using System.Collections.Immutable;
using Concord.Core.Findings;
using Concord.Pact.Mismatches;
using Concord.Pact.Provider;

namespace Concord.Pact.Findings;

/// <summary>
/// Converts a <see cref="VerificationResult"/> into findings. A finding about an interaction points
/// at the pact interaction (the consumer's side) and names the provider's endpoint as the other side.
/// </summary>
public static class VerificationFindings
{
    /// <summary>One finding per failed, unverifiable or failing-pending interaction, per coverage gap, and per problem.</summary>
    public static ImmutableArray<Finding> ToFindings(this VerificationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        foreach (var interaction in result.Interactions.Where(i => !i.Passed))
        {
            findings.Add(ForInteraction(result, interaction));
        }

        foreach (var gap in result.CoverageGaps)
        {
            findings.Add(new Finding(
                ContractRules.NoSuccessResponseCovered,
                Severity.Warning,
                Lens.Contract,
                gap.Message,
                new PactLocation(gap.PactFile, "(every interaction)", gap.Consumer, gap.Provider),
                FixHint: $"Add an interaction in which {gap.Consumer} sends a valid request the way production does and {gap.Provider} answers 2xx, with a provider state that makes it valid."));
        }

        foreach (var problem in result.Problems)
        {
            findings.Add(new Finding(
                ContractRules.VerificationNotDecided,
                Severity.Error,
                Lens.Contract,
                $"Pact verification of {result.Provider} could not decide: {problem.Message}",
                problem.Source is { } source && result.ProviderUri?.ToString() != source
                    ? new PactLocation(source, "(pact)", Provider: result.Provider)
                    : new EndpointLocation("GET", result.ProviderUri?.ToString() ?? "(no provider address)"),
                FixHint: "Fix the input named in the message; a verification that cannot run is never a pass."));
        }

        return findings.ToImmutable();
    }

    private static Finding ForInteraction(VerificationResult result, InteractionResult interaction)
    {
        var (rule, severity) = interaction switch
        {
            { Pending: true } => (ContractRules.PendingInteractionFails, Severity.Warning),
            { Error: not null } => (ContractRules.InteractionNotVerified, Severity.Error),
            _ => (ContractRules.InteractionMismatch, Severity.Error),
        };
        var consumer = interaction.Consumer ?? "a consumer";
        var what = interaction.Error ?? string.Join("; ", interaction.Mismatches.Select(Describe));
        var message = rule switch
        {
            ContractRules.PendingInteractionFails => $"{result.Provider} does not yet satisfy pending interaction \"{interaction.Description}\" of {consumer}: {what}",
            ContractRules.InteractionNotVerified => $"Interaction \"{interaction.Description}\" of {consumer} could not be verified against {result.Provider}: {what}",
            _ => $"{result.Provider} does not answer interaction \"{interaction.Description}\" the way {consumer} expects: {what}",
        };
        var related = result.ProviderUri is { } uri && interaction.Method is { } method
            ? ImmutableArray.Create<Location>(new EndpointLocation(method, new Uri(uri, interaction.Path?.TrimStart('/') ?? "").ToString()))
            : ImmutableArray<Location>.Empty;
        return new Finding(
            rule,
            severity,
            Lens.Contract,
            message,
            new PactLocation(interaction.PactFile ?? "(broker or URL pact)", interaction.Description, interaction.Consumer, result.Provider),
            related,
            rule == ContractRules.InteractionNotVerified
                ? "Check the provider-state handler and the provider's log for this interaction."
                : $"Change {result.Provider} to answer as the pact says, or agree a new contract with {consumer} and change its pact.");
    }

    private static string Describe(MismatchDetail mismatch) =>
        mismatch.Where is null ? mismatch.Message : $"{mismatch.Where}: {mismatch.Message}";
}
