using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Concord.Analyzers.Infrastructure;
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
/// CORD005: sends the bare credential with the Bearer scheme.
/// <c>headers.Add("Authorization", key)</c> becomes <c>headers.Authorization = new AuthenticationHeaderValue("Bearer", key)</c>;
/// <c>AuthenticationHeaderValue.Parse(key)</c> and <c>new AuthenticationHeaderValue(key)</c> become <c>new AuthenticationHeaderValue("Bearer", key)</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AuthorizationWithoutSchemeCodeFixProvider))]
[Shared]
public sealed class AuthorizationWithoutSchemeCodeFixProvider : CodeFixProvider
{
    private const string Title = "Send it as 'Bearer <credential>'";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.AuthorizationWithoutScheme);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax value
                && value.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: { } call } arguments }
                && Rewrite(call, arguments, value, model, context.CancellationToken) is { } rewrite)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => ApplyAsync(context.Document, rewrite.Original, rewrite.Replacement, ct), equivalenceKey: Title),
                    diagnostic);
            }
        }
    }

    private static (SyntaxNode Original, SyntaxNode Replacement)? Rewrite(
        SyntaxNode call, ArgumentListSyntax arguments, ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (call)
        {
            // headers.Add("Authorization", key); as a statement on request headers.
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" or "TryAddWithoutValidation" } access } invocation
                when arguments.Arguments.Count == 2
                    && invocation.Parent is ExpressionStatementSyntax statement
                    && IsRequestHeaders(model.GetTypeInfo(access.Expression, cancellationToken).Type):
                var assignment = ExpressionStatement(AssignmentExpression(
                    SyntaxKind.SimpleAssignmentExpression,
                    MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, access.Expression, IdentifierName("Authorization")),
                    NewBearerHeader(value)));
                return (statement, assignment.WithTriviaFrom(statement));

            // AuthenticationHeaderValue.Parse(key)
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Parse" } } parse
                when arguments.Arguments.Count == 1:
                return (parse, NewBearerHeader(value).WithTriviaFrom(parse));

            // new AuthenticationHeaderValue(key)
            case ObjectCreationExpressionSyntax creation when arguments.Arguments.Count == 1:
                return (creation, NewBearerHeader(value).WithTriviaFrom(creation));

            default:
                return null;
        }
    }

    // Only request headers have a typed Authorization property.
    private static bool IsRequestHeaders(ITypeSymbol? type) =>
        type?.ToDisplayString() == "System.Net.Http.Headers.HttpRequestHeaders";

    private static async Task<Document> ApplyAsync(Document document, SyntaxNode original, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null
            ? document
            : document.WithSyntaxRoot(root.ReplaceNode(original, replacement.WithAdditionalAnnotations(Formatter.Annotation)));
    }

    private static ObjectCreationExpressionSyntax NewBearerHeader(ExpressionSyntax credential) =>
        ObjectCreationExpression(ParseTypeName("global::System.Net.Http.Headers.AuthenticationHeaderValue")
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation))
            .WithArgumentList(ArgumentList(SeparatedList(new[]
            {
                Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal("Bearer"))),
                Argument(credential.WithoutTrivia()),
            })));
}
