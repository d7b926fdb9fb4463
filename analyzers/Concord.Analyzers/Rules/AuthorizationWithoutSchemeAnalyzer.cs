using System;
using System.Collections.Immutable;
using Concord.Analyzers.Configuration;
using Concord.Analyzers.Credentials;
using Concord.Analyzers.Infrastructure;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// CORD005: an Authorization header set to a bare credential, with no scheme. Servers that read
/// <c>Authorization: Bearer &lt;key&gt;</c> see an unknown scheme and reject a valid key.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AuthorizationWithoutSchemeAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.AuthorizationWithoutScheme,
        title: "Authorization header without a scheme",
        messageFormat: "The Authorization header is set to {0} with no scheme, so a server that reads 'Bearer <key>' rejects it; send new AuthenticationHeaderValue(\"Bearer\", {1})",
        category: RuleCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The Authorization header's value is '<scheme> <credentials>'. A bare key is read as an unknown scheme and the request is rejected as unauthenticated.",
        helpLinkUri: HelpLinks.For(RuleIds.AuthorizationWithoutScheme));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.From(start.Compilation);
            if (symbols.HttpHeaders is null && symbols.AuthenticationHeaderValue is null)
            {
                return;
            }

            var isTestProject = TestProjects.IsTestProject(start.Compilation, start.Options);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols, isTestProject), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeCreation(c, symbols, isTestProject), OperationKind.ObjectCreation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, KnownSymbols symbols, bool isTestProject)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        IOperation? headerValue = null;

        if (method.Name is "Add" or "TryAddWithoutValidation"
            && invocation.Arguments.Length == 2
            && KnownSymbols.IsOrDerivesFrom(method.ContainingType, symbols.HttpHeaders)
            && IsAuthorizationName(invocation.Arguments[0].Value))
        {
            headerValue = invocation.Arguments[1].Value;
        }
        else if (method.Name is "Parse" or "TryParse"
            && invocation.Arguments.Length >= 1
            && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.AuthenticationHeaderValue))
        {
            headerValue = invocation.Arguments[0].Value;
        }

        if (headerValue is not null && headerValue.Type?.SpecialType == SpecialType.System_String)
        {
            Report(context, headerValue, symbols, isTestProject);
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, KnownSymbols symbols, bool isTestProject)
    {
        // new AuthenticationHeaderValue(key): the one-argument constructor takes the *scheme*.
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Arguments.Length == 1
            && SymbolEqualityComparer.Default.Equals(creation.Type, symbols.AuthenticationHeaderValue))
        {
            Report(context, creation.Arguments[0].Value, symbols, isTestProject);
        }
    }

    private static void Report(OperationAnalysisContext context, IOperation headerValue, KnownSymbols symbols, bool isTestProject)
    {
        var options = ConcordOptions.For(context.Options, context.Operation.Syntax.SyntaxTree);
        if (isTestProject && options.SkipTestProjects)
        {
            return;
        }

        if (AuthorizationValues.CarriesSchemeOrUnknown(headerValue))
        {
            return;
        }

        string? described = null;
        if (AuthorizationValues.IsBareLiteral(headerValue))
        {
            described = "a bare literal";
        }
        else if (CredentialEvidence.Of(headerValue, symbols, options.CredentialNames) is { } evidence
            && evidence.Kind is not CredentialKind.Credential)
        {
            described = evidence.Describe();
        }

        if (described is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, headerValue.Syntax.GetLocation(), described, headerValue.Syntax.ToString()));
        }
    }

    private static bool IsAuthorizationName(IOperation name) =>
        name.ConstantValue is { HasValue: true, Value: string header }
        && string.Equals(header, "Authorization", StringComparison.OrdinalIgnoreCase);
}
