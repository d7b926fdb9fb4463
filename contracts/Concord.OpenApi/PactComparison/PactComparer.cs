using Concord.Core.Findings;
using Concord.OpenApi.Loading;

namespace Concord.OpenApi.PactComparison;

/// <summary>
/// Checks consumers' pacts against one provider's OpenAPI document, with no provider running: every HTTP
/// interaction is matched to an operation and its request and expected response are checked against it
/// (rules CORD110–CORD139). Build one per document: its operations and schemas are prepared once and
/// reused for every pact. Safe to use from several threads.
/// </summary>
public sealed class PactComparer
{
    private readonly SpecDocument _document;
    private readonly OperationIndex _operations;
    private readonly SchemaSet _schemas;

    public PactComparer(SpecDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _document = document;
        _operations = new OperationIndex(document);
        _schemas = new SchemaSet(document);
    }

    /// <summary>The findings for every interaction of <paramref name="pact"/>, in interaction order.</summary>
    public IReadOnlyList<Finding> Compare(ConsumerPact pact)
    {
        ArgumentNullException.ThrowIfNull(pact);
        var findings = new List<Finding>();
        var reportedSchemas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var interaction in pact.Interactions)
        {
            new InteractionChecks(pact, interaction, _document, _operations, _schemas, findings, reportedSchemas).Run();
        }

        return findings;
    }
}
