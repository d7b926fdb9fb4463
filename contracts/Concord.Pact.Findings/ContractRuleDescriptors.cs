using Concord.Core.Findings;
using Concord.Core.Reports;

namespace Concord.Pact.Findings;

/// <summary>The contract rules as reports list them: title, lens, default severity and documentation page.</summary>
public static class ContractRuleDescriptors
{
    /// <summary>CORD100-CORD104, each with its page in contracts/docs.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        Describe(ContractRules.InteractionMismatch, "Provider does not answer as the pact expects", Severity.Error),
        Describe(ContractRules.InteractionNotVerified, "Interaction not verifiable", Severity.Error),
        Describe(ContractRules.PendingInteractionFails, "Pending interaction fails", Severity.Warning),
        Describe(ContractRules.NoSuccessResponseCovered, "Pact covers no success response", Severity.Warning),
        Describe(ContractRules.VerificationNotDecided, "Verification could not decide", Severity.Error),
    ];

    private static RuleDescriptor Describe(string id, string title, Severity severity) =>
        new(id, title, Lens.Contract, severity, new Uri($"https://github.com/concord-contracts/concord/blob/main/contracts/docs/{id}.md"));
}
