using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Concord.Analyzers.Calls;
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
            var refitOrdinals = new ConcurrentDictionary<IMethodSymbol, int>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols, isTestProject, refitOrdinals), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeCreation(c, symbols, isTestProject), OperationKind.ObjectCreation);
            if (symbols.SeesRefit)
            {
                start.RegisterSymbolAction(c => AnalyzeRefitMethod(c, isTestProject), SymbolKind.Method);
            }
        });
    }

    /// <summary>
    /// A Refit method's or interface's <c>[Headers("Authorization: abc123")]</c>, read by the call model: a bare literal.
    /// (A <c>[Header("Authorization")]</c> parameter is judged where the method is called, on the argument.)
    /// </summary>
    private static void AnalyzeRefitMethod(SymbolAnalysisContext context, bool isTestProject)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.ContainingType is not { TypeKind: TypeKind.Interface } || method.Locations.Length == 0)
        {
            return;
        }

        var headers = CallHeaderReader.OfRefit(method);
        if (headers.Headers.Count == 0)
        {
            return;
        }

        var options = ConcordOptions.For(context.Options, method.Locations[0].SourceTree!);
        if (isTestProject && options.SkipTestProjects)
        {
            return;
        }

        foreach (var header in headers.Headers)
        {
            if (!header.Is("Authorization"))
            {
                continue;
            }

            // Refit applies an interface's own [Headers] to every method: written once, it is reported once, with
            // the interface's first method.
            var onThisMethod = method.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == header.Location.SourceTree && r.Span.Contains(header.Location.SourceSpan));
            var onTheInterface = !onThisMethod && IsFirstMethod(method)
                && method.ContainingType.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == header.Location.SourceTree && r.Span.Contains(header.Location.SourceSpan));
            if (header.Parameter is null && (onThisMethod || onTheInterface) && header.LiteralValue is { Length: > 0 } literal && !literal.Contains(" ") && !IsSchemeName(literal)
                && BareAuthorizationProviders.Reading(method, context.CancellationToken) is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, header.Location, "a bare literal in the Refit [Headers] attribute", "\"<key>\""));
            }
        }
    }

    private static bool IsFirstMethod(IMethodSymbol method) =>
        SymbolEqualityComparer.Default.Equals(
            method.ContainingType.GetMembers().OfType<IMethodSymbol>().FirstOrDefault(m => m.MethodKind == MethodKind.Ordinary),
            method);

    /// <summary>
    /// A call of a Refit method whose <c>[Header("Authorization")]</c> parameter the call model reads: the argument is the
    /// header's value, judged as a <c>Headers.Add</c> value is (<c>api.Get(apiKey)</c> fires, <c>api.Get($"Bearer {key}")</c> does not).
    /// </summary>
    private static IOperation? RefitAuthorizationArgument(IInvocationOperation invocation, ConcurrentDictionary<IMethodSymbol, int> ordinals)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType is not { TypeKind: TypeKind.Interface } || method.Parameters.IsEmpty)
        {
            return null;
        }

        var ordinal = ordinals.GetOrAdd(method.OriginalDefinition, m =>
            CallHeaderReader.OfRefit(m).Headers.FirstOrDefault(h => h.Is("Authorization") && h.Parameter is not null && h.LiteralValue is null)?.Parameter!.Ordinal ?? -1);
        return ordinal < 0 ? null : invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == ordinal && !a.IsImplicit)?.Value;
    }

    private static bool IsSchemeName(string value) =>
        value.Trim() is "Basic" or "Bearer" or "Digest" or "Negotiate" or "NTLM" or "Kerberos" or "Token";

    private static void AnalyzeInvocation(OperationAnalysisContext context, KnownSymbols symbols, bool isTestProject, ConcurrentDictionary<IMethodSymbol, int> refitOrdinals)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        IOperation? headerValue = null;

        // A header the call model reads as set: request or default headers, Add or TryAddWithoutValidation.
        if (method.Name is "Add" or "TryAddWithoutValidation"
            && CallHeaderReader.OfHeaderSet(invocation, symbols) is { } header
            && header.Is("Authorization"))
        {
            headerValue = header.Value;
        }
        else if (method.Name is "Parse" or "TryParse"
            && invocation.Arguments.Length >= 1
            && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.AuthenticationHeaderValue))
        {
            headerValue = invocation.Arguments[0].Value;
        }
        else if (symbols.SeesRefit && RefitAuthorizationArgument(invocation, refitOrdinals) is { } argument)
        {
            headerValue = argument;
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

        if (AuthorizationValues.CarriesSchemeOrUnknown(headerValue, context.CancellationToken))
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

        // Checked last: it reads the literals around the code, and most headers have left by now.
        if (described is not null && BareAuthorizationProviders.Reading(context.ContainingSymbol, context.CancellationToken) is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, headerValue.Syntax.GetLocation(), described, headerValue.Syntax.ToString()));
        }
    }
}
