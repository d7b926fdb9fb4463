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
public static class CredentialNotWhereDocumented
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

    /// <summary>Judges the calls that go to a documented provider; called by <see cref="ProviderDocumentRulesAnalyzer"/>.</summary>
    internal static void Report(CompilationAnalysisContext context, IReadOnlyList<DocumentedCall> documentedCalls)
    {
        foreach (var documented in documentedCalls)
        {
            var (call, document) = (documented.Call, documented.Document);
            var sent = new Sent(documented.Headers, call.Query, call.Body);
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

    private static bool Satisfied(SecurityScheme scheme, Sent sent) => scheme.Place switch
    {
        CredentialPlace.Header => sent.Headers.Sets(scheme.ParameterName),
        CredentialPlace.Query => sent.Query.Parameters.Any(p => string.Equals(p.Name, scheme.ParameterName, StringComparison.OrdinalIgnoreCase)),
        _ => true,
    };

    /// <summary>"The JSON body member 'api_key'", "The X-API-Key header", "The query parameter 'api_key'"; null when no credential is visible.</summary>
    private static string? Misplaced(Sent sent, DocumentedOperation operation)
    {
        var body = sent.Body.TopLevelNames.FirstOrDefault(member => IsCredentialName(member) && !operation.BodyProperties.Contains(member, StringComparer.OrdinalIgnoreCase));
        if (body is not null)
        {
            return $"The JSON body member '{body}'";
        }

        var header = sent.Headers.Names.FirstOrDefault(name => string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase) || IsCredentialName(name));
        if (header is not null)
        {
            return $"The {header} header";
        }

        var query = sent.Query.Parameters.Select(p => p.Name).FirstOrDefault(IsCredentialName);
        return query is not null ? $"The query parameter '{query}'" : null;
    }

    private static readonly string[] CredentialWords = { "apikey", "token", "secret", "password", "credential", "accesskey", "bearer" };

    /// <summary><c>api_key</c>, <c>apiKey</c>, <c>X-Auth-Token</c>, <c>password</c>; not <c>keyword</c> or <c>service_id</c>.</summary>
    private static bool IsCredentialName(string name)
    {
        var flat = new string(name.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        return flat == "key" || CredentialWords.Any(word => flat.EndsWith(word, StringComparison.Ordinal) || flat.StartsWith(word, StringComparison.Ordinal));
    }

    /// <summary>What the call model says a call sends.</summary>
    private readonly struct Sent
    {
        public Sent(CallHeaders headers, CallQuery query, CallBody body)
        {
            Headers = headers;
            Query = query;
            Body = body;
        }

        public CallHeaders Headers { get; }

        public CallQuery Query { get; }

        public CallBody Body { get; }
    }
}
