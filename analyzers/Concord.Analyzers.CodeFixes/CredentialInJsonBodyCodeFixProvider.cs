using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Concord.Analyzers.Credentials;
using Concord.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Concord.Analyzers.CodeFixes;

/// <summary>
/// CORD001: moves the credential out of <c>await client.PostAsJsonAsync(url, new { …, api_key = key })</c> into the
/// request's Authorization header, sending an <c>HttpRequestMessage</c> whose JSON content keeps the other members.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CredentialInJsonBodyCodeFixProvider))]
[Shared]
public sealed class CredentialInJsonBodyCodeFixProvider : CodeFixProvider
{
    private const string Title = "Send the credential in the Authorization header";
    private const string RequestName = "request";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.CredentialInJsonBody);

    // Each fix rewrites its own statement and picks a request name no other fixed statement in the member picks.
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var member = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .FirstAncestorOrSelf<AnonymousObjectMemberDeclaratorSyntax>();
            if (member is not null && JsonPostStatement.TryRead(member, semanticModel, context.CancellationToken) is { } post)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, token => MoveToHeaderAsync(context.Document, post, token), equivalenceKey: Title),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> MoveToHeaderAsync(Document document, JsonPostStatement post, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var requestName = RequestNameFor(post.Statement);
        var request = IdentifierName(requestName);

        var creation = ObjectCreationExpression(QualifiedType("System.Net.Http.HttpRequestMessage"))
            .WithArgumentList(ArgumentList(SeparatedList(new[]
            {
                Argument(QualifiedExpression("System.Net.Http.HttpMethod." + post.HttpMethod)),
                Argument(post.Url.WithoutTrivia()),
            })));
        var remaining = post.Body.Initializers.Remove(post.Credential);
        if (remaining.Count > 0)
        {
            var contentArguments = new List<ArgumentSyntax> { Argument(post.Body.WithInitializers(remaining).WithoutTrivia()) };
            if (post.Options is { } options)
            {
                contentArguments.Add(Argument(options.WithoutTrivia()).WithNameColon(NameColon("options")));
            }

            var content = InvocationExpression(QualifiedExpression("System.Net.Http.Json.JsonContent.Create"))
                .WithArgumentList(ArgumentList(SeparatedList(contentArguments)));
            // The formatter keeps an initializer on one line unless its braces already stand on their own.
            creation = creation.WithInitializer(InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                Token(TriviaList(ElasticCarriageReturnLineFeed), SyntaxKind.OpenBraceToken, TriviaList(ElasticCarriageReturnLineFeed)),
                SingletonSeparatedList<ExpressionSyntax>(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName("Content"), content)),
                Token(TriviaList(ElasticCarriageReturnLineFeed), SyntaxKind.CloseBraceToken, TriviaList())));
        }

        var declaration = LocalDeclarationStatement(
                VariableDeclaration(IdentifierName("var"))
                    .AddVariables(VariableDeclarator(requestName).WithInitializer(EqualsValueClause(creation))))
            .WithUsingKeyword(Token(SyntaxKind.UsingKeyword))
            .WithLeadingTrivia(post.Statement.GetLeadingTrivia());

        var header = ExpressionStatement(AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, request, IdentifierName("Headers")),
                IdentifierName("Authorization")),
            ObjectCreationExpression(QualifiedType("System.Net.Http.Headers.AuthenticationHeaderValue"))
                .WithArgumentList(ArgumentList(SeparatedList(new[]
                {
                    Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal("Bearer"))),
                    Argument(post.CredentialValue.WithoutTrivia()),
                })))));

        var sendArguments = new List<ArgumentSyntax> { Argument(request) };
        if (post.CancellationToken is { } token)
        {
            sendArguments.Add(Argument(token.WithoutTrivia()));
        }

        var send = InvocationExpression(
                MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, post.Client.WithoutTrivia(), IdentifierName("SendAsync")),
                ArgumentList(SeparatedList(sendArguments)))
            .WithTriviaFrom(post.Invocation);
        var sendStatement = post.Statement.ReplaceNode(post.Invocation, send).WithoutLeadingTrivia();

        var statements = new StatementSyntax[] { declaration, header, sendStatement }
            .Select(s => s.WithAdditionalAnnotations(Formatter.Annotation));
        var updated = document.WithSyntaxRoot(root.ReplaceNode(post.Statement, statements));

        updated = await ImportAdder.AddImportsAsync(updated, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        updated = await Simplifier.ReduceAsync(updated, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(updated, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "request", or the next free "requestN" when the member already uses the name or holds several such posts.
    /// Every statement computes its name from the unfixed member alone, so fixes applied together never clash.
    /// </summary>
    private static string RequestNameFor(StatementSyntax statement)
    {
        SyntaxNode scope = statement.FirstAncestorOrSelf<MemberDeclarationSyntax>() as SyntaxNode ?? statement.SyntaxTree.GetRoot();
        if (scope is GlobalStatementSyntax)
        {
            scope = scope.Parent ?? scope;
        }

        var used = new HashSet<string>(scope.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText));
        var ordinal = scope.DescendantNodes().OfType<StatementSyntax>()
            .Where(JsonPostStatement.LooksLikeOne)
            .TakeWhile(s => s != statement)
            .Count();

        var free = 0;
        for (var suffix = 1; ; suffix++)
        {
            var candidate = suffix == 1 ? RequestName : RequestName + suffix;
            if (!used.Contains(candidate) && free++ == ordinal)
            {
                return candidate;
            }
        }
    }

    private static TypeSyntax QualifiedType(string name) =>
        ParseTypeName("global::" + name).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    private static ExpressionSyntax QualifiedExpression(string name) =>
        ParseExpression("global::" + name).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    /// <summary>The one statement shape the fix rewrites, read from the syntax and checked against the semantic model.</summary>
    private sealed class JsonPostStatement
    {
        private JsonPostStatement(
            StatementSyntax statement,
            InvocationExpressionSyntax invocation,
            ExpressionSyntax client,
            string httpMethod,
            ExpressionSyntax url,
            AnonymousObjectCreationExpressionSyntax body,
            AnonymousObjectMemberDeclaratorSyntax credential,
            ExpressionSyntax? options,
            ExpressionSyntax? cancellationToken)
        {
            Statement = statement;
            Invocation = invocation;
            Client = client;
            HttpMethod = httpMethod;
            Url = url;
            Body = body;
            Credential = credential;
            Options = options;
            CancellationToken = cancellationToken;
        }

        public StatementSyntax Statement { get; }

        public InvocationExpressionSyntax Invocation { get; }

        public ExpressionSyntax Client { get; }

        /// <summary>The <c>HttpMethod</c> property: Post, Put or Patch.</summary>
        public string HttpMethod { get; }

        public ExpressionSyntax Url { get; }

        public AnonymousObjectCreationExpressionSyntax Body { get; }

        public AnonymousObjectMemberDeclaratorSyntax Credential { get; }

        public ExpressionSyntax CredentialValue => Credential.Expression;

        public ExpressionSyntax? Options { get; }

        public ExpressionSyntax? CancellationToken { get; }

        /// <summary>
        /// <c>await client.PostAsJsonAsync(url, new { … })</c> (optionally <c>.ConfigureAwait(…)</c>) as an expression statement
        /// or a single-variable local declaration, directly in a block.
        /// </summary>
        public static bool LooksLikeOne(StatementSyntax statement) => Shape(statement) is not null;

        public static JsonPostStatement? TryRead(AnonymousObjectMemberDeclaratorSyntax credential, SemanticModel model, CancellationToken cancellationToken)
        {
            if (credential.Parent is not AnonymousObjectCreationExpressionSyntax body
                || body.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
                || invocation.Expression is not MemberAccessExpressionSyntax { Expression: var client }
                || invocation.FirstAncestorOrSelf<StatementSyntax>() is not { } statement
                || Shape(statement) != invocation)
            {
                return null;
            }

            if (model.GetOperation(invocation, cancellationToken) is not IInvocationOperation { TargetMethod: var method } operation
                || method.ContainingType?.ToDisplayString() != "System.Net.Http.Json.HttpClientJsonExtensions"
                || MethodOf(method.Name) is not { } httpMethod)
            {
                return null;
            }

            ExpressionSyntax? url = null, options = null, cancellation = null;
            var bodyIsValue = false;
            foreach (var argument in operation.Arguments)
            {
                if (argument.IsImplicit || argument.Syntax is not ArgumentSyntax syntax)
                {
                    continue;
                }

                switch (argument.Parameter?.Name)
                {
                    case "requestUri":
                        url = syntax.Expression;
                        break;
                    case "value":
                        bodyIsValue = syntax.Expression == body;
                        break;
                    case "options":
                        options = syntax.Expression;
                        break;
                    case "cancellationToken":
                        cancellation = syntax.Expression;
                        break;
                    default:
                        // A JsonTypeInfo overload: JsonContent.Create has no equivalent for an anonymous body.
                        return null;
                }
            }

            if (url is null || !bodyIsValue
                || model.GetTypeInfo(credential.Expression, cancellationToken).Type?.SpecialType != SpecialType.System_String
                || body.Initializers.Any(other => other != credential && CredentialNames.Default.IsCredential(NameOf(other))))
            {
                return null;
            }

            return new JsonPostStatement(statement, invocation, client, httpMethod, url, body, credential, options, cancellation);
        }

        private static InvocationExpressionSyntax? Shape(StatementSyntax statement)
        {
            if (statement.Parent is not BlockSyntax)
            {
                return null;
            }

            var awaited = statement switch
            {
                ExpressionStatementSyntax { Expression: AwaitExpressionSyntax await } => await.Expression,
                LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables }
                    when variables[0].Initializer?.Value is AwaitExpressionSyntax await => await.Expression,
                _ => null,
            };

            if (awaited is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Expression: var configured } })
            {
                awaited = configured;
            }

            return awaited is InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync" },
            } invocation && invocation.ArgumentList.Arguments.Any(a => a.Expression is AnonymousObjectCreationExpressionSyntax)
                ? invocation
                : null;
        }

        private static string? MethodOf(string name) => name switch
        {
            "PostAsJsonAsync" => "Post",
            "PutAsJsonAsync" => "Put",
            "PatchAsJsonAsync" => "Patch",
            _ => null,
        };

        private static string? NameOf(AnonymousObjectMemberDeclaratorSyntax member) =>
            member.NameEquals?.Name.Identifier.ValueText
            ?? (member.Expression as IdentifierNameSyntax)?.Identifier.ValueText
            ?? (member.Expression as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText;
    }
}
