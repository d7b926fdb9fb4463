using System.Collections.Immutable;
using Concord.Core.Findings;
using Concord.OpenApi.Loading;

namespace Concord.OpenApi.PactComparison;

/// <summary>
/// The checks of one interaction against the document. Each concept has its own part: the operation
/// (this file), parameters, security, request body, response, matchers. Every finding names the pact
/// interaction (file, description, line) and the document's node (JSON pointer and line).
/// </summary>
internal sealed partial class InteractionChecks(
    ConsumerPact pact, PactInteraction interaction, SpecDocument document, OperationIndex operations, SchemaSet schemas, List<Finding> findings, HashSet<string> reportedSchemas)
{
    private SpecOperation? _operation;

    public void Run()
    {
        if (interaction.Kind != PactInteractionKind.Http || interaction.Request is not { } request || interaction.Response is not { } response)
        {
            Report(
                PactComparisonRules.InteractionNotChecked,
                $"a {interaction.TypeName} interaction is not HTTP; an OpenAPI document does not describe it, so it is not checked",
                "#/paths",
                route: null);
            return;
        }

        CheckMatcherExamples(request, response);
        var match = operations.Match(request.Method, request.Path);
        if (match.Operation is not { } operation)
        {
            ReportNoOperation(request, match);
            return;
        }

        _operation = operation;
        if (match.IgnoredCase)
        {
            Report(
                PactComparisonRules.PathCaseDiffers,
                $"{request.Method} {request.Path} reaches {operation.Method} {operation.PathTemplate} only when letter case is ignored; most servers route case-sensitively",
                operation.Pointer);
        }

        CheckParameters(request, operation, match.PathValues);
        CheckUnknownHeaders(request, response, operation);
        CheckSecurity(request, response, operation);
        CheckRequestBody(request, operation);
        CheckResponse(request, response, operation);
    }

    private void ReportNoOperation(PactRequest request, OperationMatch match)
    {
        var bases = operations.BasePaths.Count == 1 && operations.BasePaths[0] == "/" ? string.Empty : $" (served under {string.Join(", ", operations.BasePaths)})";
        var message = match.OtherMethods.Count > 0
            ? $"{request.Method} {request.Path}: the document lists this path only for {string.Join(", ", match.OtherMethods)}"
            : $"{request.Method} {request.Path}: no path of the document{bases} matches";
        Report(PactComparisonRules.OperationNotDocumented, message, "#/paths", route: request.Path,
            fix: "Call a route the provider documents, or document the route in the provider's OpenAPI document if it serves it.");
    }

    /// <summary>Records a finding of <paramref name="rule"/> at its default severity.</summary>
    private void Report(string rule, string message, string specPointer, string? route = "", string? fix = null)
    {
        var descriptor = PactComparisonRules.Get(rule);
        var method = interaction.Request?.Method ?? "MESSAGE";
        // The pact's own path, as the pact verification lens names the same interaction, so both group together.
        var subject = route == string.Empty ? interaction.Request?.Path : route;
        findings.Add(new Finding(
            rule,
            descriptor.DefaultSeverity,
            Lens.Contract,
            message,
            // The location names the interaction and its line, so messages need not repeat them.
            new PactLocation(pact.Path, interaction.Description, pact.Consumer, pact.Provider, interaction.Line),
            ImmutableArray.Create<Location>(document.Locate(specPointer)),
            fix)
        {
            Disagreement = subject is null
                ? new Disagreement(pact.Consumer, pact.Provider, interaction.Description)
                : Disagreement.ForRoute(pact.Consumer, pact.Provider, method, subject),
        });
    }
}
