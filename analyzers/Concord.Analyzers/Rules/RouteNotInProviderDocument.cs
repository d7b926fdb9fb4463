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
/// CORD006: a call's route, or its method on that route, is not in the document of the provider it goes to
/// (an OpenAPI document given as an AdditionalFile with <c>ConcordProvider</c> metadata). The message names
/// the nearest documented route, so <c>/api/mlflow/…</c> against a service serving <c>/mlflow/…</c> says so.
/// </summary>
public static class RouteNotInProviderDocument
{
    public const string ProviderProperty = "Provider";
    public const string RouteProperty = "Route";
    public const string MethodProperty = "Method";
    public const string SuggestionProperty = "Suggestion";
    public const string DocumentProperty = "Document";

    /// <summary>The document's base path (<c>/api/v1</c>), which the call may keep in front of a documented path.</summary>
    public const string BasePathProperty = "BasePath";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.RouteNotInProviderDocument,
        title: "Route not in the provider's document",
        messageFormat: "{0}",
        category: RuleCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The call's route or method is not among the operations of the provider's OpenAPI document; the provider will answer 404 or 405.",
        helpLinkUri: HelpLinks.For(RuleIds.RouteNotInProviderDocument),
        customTags: new[] { WellKnownDiagnosticTags.CompilationEnd, ProviderDocuments.Tag });

    /// <summary>Judges the calls that go to a documented provider; called by <see cref="ProviderDocumentRulesAnalyzer"/>.</summary>
    internal static void Report(CompilationAnalysisContext context, IReadOnlyList<DocumentedCall> documentedCalls)
    {
        foreach (var routed in documentedCalls)
        {
            var (call, path, document) = (routed.Call, routed.Path, routed.Document);
            var operations = document.Operations;
            var matches = routed.Matches;
            string message;
            string? suggestion = null;
            if (matches.Count == 0)
            {
                suggestion = RouteMatcher.Nearest(path, operations);
                message = $"{path.Text} is not in {document.Provider}'s document"
                    + (suggestion is null ? "; no documented route is close to it" : $"; did you mean {suggestion}?");
            }
            else if (call.Method is { } method
                && !operations.All.Any(o => o.Method == method && matches.Contains(o.Path)))
            {
                var documented = operations.All.Where(o => matches.Contains(o.Path)).Select(o => o.Method).Distinct().OrderBy(m => m);
                message = $"{method} {path.Text} is not in {document.Provider}'s document, which gives {matches[0]} only {string.Join(", ", documented)}";
            }
            else
            {
                continue;
            }

            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(ProviderProperty, document.Provider)
                .Add(RouteProperty, path.Text)
                .Add(MethodProperty, call.Method ?? string.Empty)
                .Add(SuggestionProperty, suggestion ?? string.Empty)
                .Add(DocumentProperty, document.FilePath)
                .Add(BasePathProperty, operations.BasePath);
            context.ReportDiagnostic(Diagnostic.Create(Rule, call.Location, properties, message));
        }
    }
}
