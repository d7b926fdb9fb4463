using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Calls.Providers;
using Concord.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// CORD008: the provider's document marks a query or header parameter, or a property of the JSON body, as
/// required for the operation a call goes to, and the call never sets it: the provider answers 400 to every
/// such request. Judged only where the code shows the whole of what it sends (the full query, a body built in
/// place); a part computed out of sight may set anything, and is given the benefit of the doubt.
/// </summary>
public static class RequiredParameterNotSet
{
    public const string ProviderProperty = "Provider";
    public const string MissingProperty = "Missing";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.RequiredParameterNotSet,
        title: "Required parameter of the provider's operation not set",
        messageFormat: "{0}",
        category: RuleCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The provider's OpenAPI document marks a parameter or body property as required for this operation, and the call never sets it; the provider rejects the request.",
        helpLinkUri: HelpLinks.For(RuleIds.RequiredParameterNotSet),
        customTags: new[] { WellKnownDiagnosticTags.CompilationEnd, ProviderDocuments.Tag });

    /// <summary>Judges the calls that go to a documented provider; called by <see cref="ProviderDocumentRulesAnalyzer"/>.</summary>
    internal static void Report(CompilationAnalysisContext context, CompilationCalls calls, IReadOnlyList<DocumentedCall> documentedCalls)
    {
        var ambient = calls.Ambient;
        foreach (var documented in documentedCalls)
        {
            var (call, document) = (documented.Call, documented.Document);

            // Several documented routes may match a call with holes: judge only when the operation is certain.
            var operations = documented.Operations;
            if (operations.Count != 1)
            {
                continue;
            }

            var operation = operations[0];
            var missing = new List<string>();
            var names = new List<string>();
            // Judged only where the model shows the whole of what is sent: every query name, every body member.
            var query = call.Query;
            var headers = documented.Headers;
            foreach (var parameter in operation.RequiredParameters)
            {
                // What every operation requires is set once for the whole client, out of this call's sight.
                if (document.Operations.ClientWide.Contains(ProviderOperations.ClientWideKey(parameter)))
                {
                    continue;
                }

                // A route that matches fills every path parameter; a missing segment is CORD006's to report. A
                // message handler may add a query parameter as well as a header.
                var isMissing = parameter.Place switch
                {
                    "query" => !ambient.MayAddAny && query.ShowsEveryName && !query.Sets(parameter.Name),
                    "header" => !ambient.MayAddAny && !headers.MaySetAny && !headers.Sets(parameter.Name) && !ambient.Defaults.ContainsKey(parameter.Name),
                    _ => false,
                };
                if (isMissing)
                {
                    missing.Add(parameter.Describe());
                    names.Add(parameter.Name);
                }
            }

            if (call.Body.ShowsEveryMember)
            {
                var set = new HashSet<string>(call.Body.TopLevelNames.Select(Normalized), StringComparer.Ordinal);
                foreach (var property in operation.RequiredBodyProperties)
                {
                    if (!set.Contains(Normalized(property)))
                    {
                        missing.Add($"the body property '{property}'");
                        names.Add(property);
                    }
                }
            }

            if (missing.Count == 0)
            {
                continue;
            }

            var message = $"{operation.Method} {operation.Path} in {document.Provider}'s document requires {Join(missing)}, which this call never sets";
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(ProviderProperty, document.Provider)
                .Add(MissingProperty, string.Join(",", names));
            context.ReportDiagnostic(Diagnostic.Create(Rule, call.Location, properties, message));
        }
    }

    // Naming policies and conventions differ (api_key, apiKey, ApiKey): the name is compared without case or separators.
    private static string Normalized(string name) => CallQuery.NormalizedName(name);

    private static string Join(List<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[parts.Count - 1];
}
