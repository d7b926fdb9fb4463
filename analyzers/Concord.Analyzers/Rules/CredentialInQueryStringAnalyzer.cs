using System;
using System.Collections.Immutable;
using System.Linq;
using Concord.Analyzers.Configuration;
using Concord.Analyzers.Credentials;
using Concord.Analyzers.Infrastructure;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// CORD003: a credential placed in a URL's query string. URLs are written to access logs, proxies,
/// browser history and error reports; a key there travels much further than the request.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CredentialInQueryStringAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The option naming documented public, non-secret parameters (e.g. a publishable key).</summary>
    public const string AllowedParametersOption = "concord.CORD003.allowed_parameters";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.CredentialInQueryString,
        title: "Credential in a URL query string",
        messageFormat: "{0} is sent in the query string parameter '{1}', where logs, proxies and browser history keep it; send it in the Authorization header",
        category: RuleCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Query strings are logged by servers, proxies and load balancers. Credentials belong in the Authorization header.",
        helpLinkUri: HelpLinks.For(RuleIds.CredentialInQueryString));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.From(start.Compilation);
            var isTestProject = TestProjects.IsTestProject(start.Compilation, start.Options);
            start.RegisterOperationAction(
                c => Analyze(c, symbols, isTestProject),
                OperationKind.InterpolatedString,
                OperationKind.Binary,
                OperationKind.Literal,
                OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols, bool isTestProject)
    {
        var operation = context.Operation;
        if (operation.Type?.SpecialType != SpecialType.System_String
            || operation is IInvocationOperation { TargetMethod.Name: not "Format" }
            || operation is IBinaryOperation { OperatorKind: not BinaryOperatorKind.Add }
            || !HasQuestionMarkInLiteralText(operation.Syntax)
            || !IsOutermostStringExpression(operation))
        {
            return;
        }

        var url = StringSegments.Of(operation);
        if (url is null)
        {
            return;
        }

        var options = ConcordOptions.For(context.Options, operation.Syntax.SyntaxTree);
        if (isTestProject && options.SkipTestProjects)
        {
            return;
        }

        var allowed = options.List(AllowedParametersOption);
        foreach (var parameter in QueryParameters.Of(url))
        {
            if (allowed.Any(name => string.Equals(name, parameter.Name, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (Describe(parameter, symbols, options.CredentialNames) is { } described)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), described, parameter.Name));
                return;
            }
        }
    }

    private static string? Describe(QueryParameter parameter, KnownSymbols symbols, CredentialNames names)
    {
        var nameKind = names.Classify(parameter.Name);
        if (parameter.Value is { } value)
        {
            if (CredentialEvidence.Of(value, symbols, names) is { Kind: not CredentialKind.Credential } evidence)
            {
                return Capitalize(evidence.Describe());
            }

            return nameKind is { } kind ? "A value for " + kind.Describe() + " parameter" : null;
        }

        return nameKind is { } literalKind && parameter.LiteralValue is { } literal && !Placeholders.IsPlaceholder(literal)
            ? "A literal " + literalKind.Describe()
            : null;
    }

    // Only the whole URL is analysed: not each piece of a concatenation, nor the format string of string.Format.
    private static bool IsOutermostStringExpression(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary => binary.Type?.SpecialType != SpecialType.System_String,
            IInterpolatedStringContentOperation => false,
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Format", TargetMethod.ContainingType.SpecialType: SpecialType.System_String } } => false,
            _ => true,
        };
    }

    // Cheap check before any flattening: a query string needs a '?' in some literal text.
    private static bool HasQuestionMarkInLiteralText(SyntaxNode syntax)
    {
        if (syntax is LiteralExpressionSyntax literal)
        {
            return literal.Token.ValueText.IndexOf('?') >= 0;
        }

        foreach (var token in syntax.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken)
                || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
            {
                if (token.ValueText.IndexOf('?') >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
