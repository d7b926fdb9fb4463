using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Calls.Providers;
using Concord.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Concord.Analyzers.Rules;

/// <summary>
/// CORD007: a call sends its credential somewhere the provider's document does not read it: in the JSON body
/// when the document's security scheme reads <c>Authorization: Bearer</c>, in <c>X-API-Key</c> when it reads
/// <c>Authorization</c>, in the query when it reads a header. The seed's key-in-body bug, at compile time.
/// Quiet when the document lists the body member, when the operation needs no credential, and when the call
/// shows no credential at all (a message handler may add it).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CredentialNotWhereDocumentedAnalyzer : DiagnosticAnalyzer
{
    public const string ProviderProperty = "Provider";
    public const string ExpectedProperty = "Expected";
    public const string SentProperty = "Sent";
    public const string RouteProperty = "Route";
    public const string MethodProperty = "Method";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.CredentialNotWhereDocumented,
        title: "Credential not sent where the provider's document reads it",
        messageFormat: "{0}",
        category: RuleCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The provider's OpenAPI document says where the operation reads its credential; the call sends it elsewhere, so every valid credential is rejected.",
        helpLinkUri: HelpLinks.For(RuleIds.CredentialNotWhereDocumented),
        customTags: new[] { WellKnownDiagnosticTags.CompilationEnd, ProviderDocuments.Tag });

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => CompilationCalls.Register(start, CallCredentials.Of, Report));
    }

    private static void Report(CompilationAnalysisContext context, CompilationCalls calls)
    {
        foreach (var documented in calls.Documented())
        {
            var (call, document) = (documented.Call, documented.Document);
            if (documented.Facts is not CallCredentials sent)
            {
                continue;
            }

            var operation = documented.Operations.FirstOrDefault();
            if (operation is null || operation.Security.Count == 0 || operation.Security.Any(alternative => alternative.All(scheme => Satisfied(scheme, sent))))
            {
                continue;
            }

            if (Misplaced(sent, operation) is not { } where)
            {
                continue;
            }

            var expected = operation.Security[0][0];
            var message = $"{where} is sent, but {document.Provider}'s document reads the credential of {operation.Method} {operation.Path} from {expected.Describe()}";
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(ProviderProperty, document.Provider)
                .Add(ExpectedProperty, expected.Describe())
                .Add(SentProperty, where)
                .Add(RouteProperty, operation.Path)
                .Add(MethodProperty, operation.Method);
            context.ReportDiagnostic(Diagnostic.Create(Rule, call.Location, properties, message));
        }
    }

    private static bool Satisfied(SecurityScheme scheme, CallCredentials sent) => scheme.Place switch
    {
        CredentialPlace.Header => sent.Headers.Contains(scheme.ParameterName),
        CredentialPlace.Query => sent.QueryParameters.Any(name => string.Equals(name, scheme.ParameterName, StringComparison.OrdinalIgnoreCase)),
        _ => true,
    };

    /// <summary>"The JSON body member 'api_key'", "The X-API-Key header", "The query parameter 'api_key'"; null when no credential is visible.</summary>
    private static string? Misplaced(CallCredentials sent, DocumentedOperation operation)
    {
        var body = sent.BodyMembers.FirstOrDefault(member => !operation.BodyProperties.Contains(member, StringComparer.OrdinalIgnoreCase));
        if (body is not null)
        {
            return $"The JSON body member '{body}'";
        }

        var header = sent.Headers.FirstOrDefault(name => string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase) || CallCredentials.IsCredentialName(name));
        if (header is not null)
        {
            return $"The {header} header";
        }

        var query = sent.QueryParameters.FirstOrDefault(CallCredentials.IsCredentialName);
        return query is not null ? $"The query parameter '{query}'" : null;
    }
}
