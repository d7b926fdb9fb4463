using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>
/// Where a call visibly puts credentials: headers set in the same method or in the typed client's constructor
/// (<c>Headers.Add("X-API-Key", …)</c>, <c>Headers.Authorization = …</c>), credential-named members of an anonymous
/// JSON body, and credential-named query parameters. Read from syntax around the call: a cheap, local view.
/// </summary>
internal sealed class CallCredentials
{
    private static readonly string[] CredentialWords = { "apikey", "token", "secret", "password", "credential", "accesskey", "bearer" };

    private CallCredentials(HashSet<string> headers, IReadOnlyList<string> bodyMembers, IReadOnlyList<string> queryParameters)
    {
        Headers = headers;
        BodyMembers = bodyMembers;
        QueryParameters = queryParameters;
    }

    /// <summary>Every header name set (credential or not), case-insensitive.</summary>
    public HashSet<string> Headers { get; }

    /// <summary>Credential-named members of the JSON body: <c>api_key</c>.</summary>
    public IReadOnlyList<string> BodyMembers { get; }

    /// <summary>Every query parameter name in the route.</summary>
    public IReadOnlyList<string> QueryParameters { get; }

    public static CallCredentials Of(IInvocationOperation invocation, HttpCall call, CallSymbols symbols)
    {
        var headers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var scope = invocation.Syntax.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (scope is not null)
        {
            CollectHeaders(scope, headers);
        }

        if (call.Client.Kind == ClientKind.Typed && invocation.SemanticModel?.GetEnclosingSymbol(invocation.Syntax.SpanStart)?.ContainingType is { } type)
        {
            foreach (var constructor in type.InstanceConstructors)
            {
                // A primary constructor's syntax is the whole type: only constructor bodies are read.
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is ConstructorDeclarationSyntax constructorSyntax)
                    {
                        CollectHeaders(constructorSyntax, headers);
                    }
                }
            }
        }

        var body = new List<string>();
        if (scope is not null)
        {
            foreach (var anonymous in scope.DescendantNodes().OfType<AnonymousObjectCreationExpressionSyntax>())
            {
                foreach (var member in anonymous.Initializers)
                {
                    var name = member.NameEquals?.Name.Identifier.ValueText
                        ?? (member.Expression as IdentifierNameSyntax)?.Identifier.ValueText
                        ?? (member.Expression as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText;
                    if (name is not null && IsCredentialName(name))
                    {
                        body.Add(name);
                    }
                }
            }
        }

        return new CallCredentials(headers, body, QueryOf(call.Route));
    }

    /// <summary><c>api_key</c>, <c>apiKey</c>, <c>X-Auth-Token</c>, <c>password</c>; not <c>keyword</c> or <c>service_id</c>.</summary>
    public static bool IsCredentialName(string name)
    {
        var flat = new string(name.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        return flat == "key" || CredentialWords.Any(word => flat.EndsWith(word, StringComparison.Ordinal) || flat.StartsWith(word, StringComparison.Ordinal));
    }

    private static void CollectHeaders(SyntaxNode scope, HashSet<string> headers)
    {
        foreach (var node in scope.DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax
                {
                    Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" or "TryAddWithoutValidation" } access,
                    ArgumentList.Arguments: { Count: >= 2 } arguments,
                } when access.Expression.ToString().EndsWith("Headers", StringComparison.Ordinal)
                    && arguments[0].Expression is LiteralExpressionSyntax literal:
                    headers.Add(literal.Token.ValueText);
                    break;
                case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Authorization" } target }
                    when target.Expression.ToString().EndsWith("Headers", StringComparison.Ordinal):
                    headers.Add("Authorization");
                    break;
            }
        }
    }

    private static IReadOnlyList<string> QueryOf(string? route)
    {
        var question = route?.IndexOf('?') ?? -1;
        if (question < 0)
        {
            return Array.Empty<string>();
        }

        return route!.Substring(question + 1)
            .Split('&')
            .Select(pair => pair.Split('=')[0])
            .Where(name => name.Length > 0 && !name.StartsWith("{", StringComparison.Ordinal))
            .ToList();
    }
}
