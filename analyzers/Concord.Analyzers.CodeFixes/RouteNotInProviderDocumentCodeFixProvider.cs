using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Concord.Analyzers.Infrastructure;
using Concord.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Concord.Analyzers.CodeFixes;

/// <summary>
/// CORD006: replaces the literal part of the call's path with the nearest documented route.
/// <c>"/api/mlflow/runs/" + id</c> becomes <c>"/mlflow/runs/" + id</c> when the document serves <c>/mlflow/runs/{runId}</c>.
/// The route's tail that already agrees with the document (holes matching parameters) is kept as written; only the
/// literal text before it changes, and only when that text is written in the call itself, in one string.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RouteNotInProviderDocumentCodeFixProvider))]
[Shared]
public sealed class RouteNotInProviderDocumentCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.RouteNotInProviderDocument);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(RouteNotInProviderDocument.RouteProperty, out var route) || route is null
                || !properties.TryGetValue(RouteNotInProviderDocument.SuggestionProperty, out var suggestion) || string.IsNullOrEmpty(suggestion))
            {
                continue;
            }

            properties.TryGetValue(RouteNotInProviderDocument.BasePathProperty, out var basePath);
            if (Replacement(route, suggestion!, basePath ?? string.Empty) is not { } change)
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var token = node.DescendantTokens(n => true).FirstOrDefault(t => IsStringText(t) && t.Text.IndexOf(change.From, StringComparison.Ordinal) >= 0);
            if (token == default)
            {
                continue;
            }

            var title = $"Call {suggestion}";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => ApplyAsync(context.Document, token, change.From, change.To, ct), equivalenceKey: RuleIds.RouteNotInProviderDocument),
                diagnostic);
        }
    }

    /// <summary>
    /// The literal text to replace: the call's segments before the tail it shares with the suggestion (holes standing
    /// for parameters), and what the suggestion has in their place. Null when that part holds a hole, or nothing differs.
    /// </summary>
    internal static (string From, string To)? Replacement(string route, string suggestion, string basePath)
    {
        var call = Segments(route);
        var documented = Segments(suggestion);

        // The document's base path written in the call stays: the documented path is below it.
        var kept = Segments(basePath);
        if (kept.Count > 0 && call.Count > kept.Count
            && kept.Select((segment, i) => string.Equals(segment, call[i], StringComparison.OrdinalIgnoreCase)).All(equal => equal))
        {
            call = call.Skip(kept.Count).ToList();
        }

        var shared = 0;
        while (shared < call.Count && shared < documented.Count
            && SameShape(call[call.Count - 1 - shared], documented[documented.Count - 1 - shared]))
        {
            shared++;
        }

        var from = call.Take(call.Count - shared).ToList();
        var to = documented.Take(documented.Count - shared).ToList();
        if (from.Count == 0 || from.Any(IsHole) || to.Any(IsHole))
        {
            return null;
        }

        var fromText = "/" + string.Join("/", from);
        var toText = to.Count == 0 ? string.Empty : "/" + string.Join("/", to);
        return fromText == toText ? null : (fromText, toText);
    }

    private static List<string> Segments(string path) => path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries).ToList();

    private static bool IsHole(string segment) => segment.IndexOf('{') >= 0;

    private static bool SameShape(string call, string documented) =>
        IsHole(call) && IsHole(documented) ? true : string.Equals(call, documented, StringComparison.OrdinalIgnoreCase);

    private static bool IsStringText(SyntaxToken token) =>
        token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken);

    private static async Task<Document> ApplyAsync(Document document, SyntaxToken token, string from, string to, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var at = token.Text.IndexOf(from, StringComparison.Ordinal);
        var text = token.Text.Substring(0, at) + to + token.Text.Substring(at + from.Length);

        // A path is plain text: no escapes or braces change between the written text and the value.
        var valueAt = token.ValueText.IndexOf(from, StringComparison.Ordinal);
        var value = valueAt < 0 ? token.ValueText : token.ValueText.Substring(0, valueAt) + to + token.ValueText.Substring(valueAt + from.Length);
        var replacement = token.IsKind(SyntaxKind.StringLiteralToken)
            ? Literal(token.LeadingTrivia, text, value, token.TrailingTrivia)
            : Token(token.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken, text, value, token.TrailingTrivia);
        return document.WithSyntaxRoot(root.ReplaceToken(token, replacement));
    }
}
