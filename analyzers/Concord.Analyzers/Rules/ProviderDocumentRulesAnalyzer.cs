using System.Collections.Immutable;
using System.Linq;
using Concord.Analyzers.Calls.Providers;
using Concord.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Concord.Analyzers.Rules;

/// <summary>
/// The rules that judge calls against the providers' OpenAPI documents: CORD006 (<see cref="RouteNotInProviderDocument"/>),
/// CORD007 (<see cref="CredentialNotWhereDocumented"/>) and CORD008 (<see cref="RequiredParameterNotSet"/>). They read
/// the same calls and registrations, so one analyzer gathers them once per compilation and hands them to each rule
/// that is switched on; a rule set to <c>none</c> costs nothing, and the calls' query, headers and body are read only
/// when CORD007 or CORD008 will look at them. Registers nothing when the project gives no provider document.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProviderDocumentRulesAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        RouteNotInProviderDocument.Rule, CredentialNotWhereDocumented.Rule, RequiredParameterNotSet.Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var compilation = start.Compilation;
            var routes = !RuleSeverity.IsSwitchedOff(RouteNotInProviderDocument.Rule, compilation, start.CancellationToken);
            var credentials = !RuleSeverity.IsSwitchedOff(CredentialNotWhereDocumented.Rule, compilation, start.CancellationToken);
            var required = !RuleSeverity.IsSwitchedOff(RequiredParameterNotSet.Rule, compilation, start.CancellationToken);
            if (!routes && !credentials && !required)
            {
                return;
            }

            CompilationCalls.Register(
                start,
                (end, calls) =>
                {
                    // Which provider each call goes to and the routes it matches, decided once for the three rules.
                    var documented = calls.Documented().ToList();
                    if (routes)
                    {
                        RouteNotInProviderDocument.Report(end, documented);
                    }

                    if (credentials)
                    {
                        CredentialNotWhereDocumented.Report(end, documented);
                    }

                    if (required)
                    {
                        RequiredParameterNotSet.Report(end, calls, documented);
                    }
                },
                readsWhatCallsSend: credentials || required);
        });
    }
}
