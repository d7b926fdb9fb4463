using System;
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
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Concord.Analyzers.CodeFixes;

/// <summary>
/// CORD002: replaces a loopback fallback with a failure that names the missing setting,
/// e.g. <c>?? "http://localhost:5000"</c> becomes <c>?? throw new InvalidOperationException("MLFLOW_SERVER_URL is not configured")</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LoopbackFallbackUrlCodeFixProvider))]
[Shared]
public sealed class LoopbackFallbackUrlCodeFixProvider : CodeFixProvider
{
    private const string Title = "Fail fast when the setting is missing";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.LoopbackFallbackUrl);

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
            if (!diagnostic.Properties.TryGetValue(LoopbackFallbackUrlAnalyzer.ShapeProperty, out var shapeText)
                || !Enum.TryParse<FallbackShape>(shapeText, out var shape)
                || !IsFixable(shape)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax fallback)
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(LoopbackFallbackUrlAnalyzer.SettingNameProperty, out var setting);
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => FixAsync(context.Document, fallback, shape, setting, ct), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static bool IsFixable(FallbackShape shape) =>
        shape is FallbackShape.Coalesce or FallbackShape.Conditional or FallbackShape.SwitchArm
            or FallbackShape.GetValueDefault or FallbackShape.IfAssignment;

    private static async Task<Document> FixAsync(Document document, ExpressionSyntax fallback, FallbackShape shape, string? setting, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var exception = NewMissingSettingException(setting);
        SyntaxNode? original = fallback;
        SyntaxNode? replacement = shape switch
        {
            FallbackShape.Coalesce or FallbackShape.Conditional or FallbackShape.SwitchArm =>
                ThrowExpression(exception).WithTriviaFrom(fallback),
            FallbackShape.GetValueDefault => ReplaceGetValueDefault(fallback, exception, out original),
            FallbackShape.IfAssignment => ReplaceAssignmentWithThrow(fallback, exception, out original),
            _ => null,
        };

        if (original is null || replacement is null)
        {
            return document;
        }

        var newRoot = root.ReplaceNode(original, replacement.WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation));
        return document.WithSyntaxRoot(newRoot);
    }

    // configuration.GetValue<string>("Key", "http://localhost") -> configuration.GetValue<string>("Key") ?? throw new …
    private static SyntaxNode? ReplaceGetValueDefault(ExpressionSyntax fallback, ObjectCreationExpressionSyntax exception, out SyntaxNode? original)
    {
        original = null;
        if (fallback.Parent is not ArgumentSyntax argument
            || argument.Parent is not ArgumentListSyntax arguments
            || arguments.Parent is not InvocationExpressionSyntax invocation)
        {
            return null;
        }

        original = invocation;
        var withoutDefault = invocation.WithArgumentList(arguments.WithArguments(arguments.Arguments.Remove(argument)));
        var coalesce = BinaryExpression(SyntaxKind.CoalesceExpression, withoutDefault.WithoutTrailingTrivia(), ThrowExpression(exception));
        return invocation.Parent is PostfixUnaryExpressionSyntax or MemberAccessExpressionSyntax or ConditionalAccessExpressionSyntax
            ? ParenthesizedExpression(coalesce).WithTriviaFrom(invocation)
            : coalesce.WithTriviaFrom(invocation);
    }

    // if (string.IsNullOrEmpty(url)) { url = "http://localhost"; } -> if (…) { throw new …; }
    private static SyntaxNode? ReplaceAssignmentWithThrow(ExpressionSyntax fallback, ObjectCreationExpressionSyntax exception, out SyntaxNode? original)
    {
        original = fallback.Parent is AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax statement } ? statement : null;
        return original is null ? null : ThrowStatement(exception).WithTriviaFrom(original);
    }

    private static ObjectCreationExpressionSyntax NewMissingSettingException(string? setting)
    {
        var message = string.IsNullOrEmpty(setting) ? "The service URL is not configured" : setting + " is not configured";
        return ObjectCreationExpression(ParseTypeName("global::System.InvalidOperationException")
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation))
            .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(
                LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(message))))));
    }
}
