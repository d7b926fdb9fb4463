using System;
using System.Collections.Generic;
using System.Linq;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// The one reader of the headers a call sends: <c>Headers.Add</c>/<c>TryAddWithoutValidation</c> and
/// <c>Headers.Authorization = …</c> on a request or on the client's <c>DefaultRequestHeaders</c>, set in the method
/// that sends, in the typed client's constructor, or in the client's registration (<c>AddHttpClient(…, c =&gt; …)</c>,
/// <c>ConfigureHttpClient</c>); and Refit's <c>[Header]</c>, <c>[Headers]</c>, <c>[Authorize]</c> and
/// <c>[HeaderCollection]</c>. Reads only the syntax around the call (the method, the constructor), never a whole document.
/// </summary>
internal static class CallHeaderReader
{
    /// <summary>The header one operation sets, or null when it sets none: the test every reader (and CORD005) shares.</summary>
    public static CallHeader? OfHeaderSet(IOperation operation, KnownSymbols symbols)
    {
        switch (operation)
        {
            case IInvocationOperation { TargetMethod.Name: "Add" or "TryAddWithoutValidation", Arguments.Length: 2 } add
                when KnownSymbols.IsOrDerivesFrom(add.TargetMethod.ContainingType, symbols.HttpHeaders)
                    && add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string name }:
                return new CallHeader(name, add.Arguments[1].Value, null, null, add.Syntax.GetLocation());

            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Authorization" } property } assignment
                when KnownSymbols.IsOrDerivesFrom(property.Property.ContainingType, symbols.HttpHeaders):
                return new CallHeader("Authorization", assignment.Value, null, null, assignment.Syntax.GetLocation());

            default:
                return null;
        }
    }

    /// <summary>
    /// The headers a send's code shows: set in the method (or lambda's enclosing member) that sends, and, for a typed
    /// client, in its constructors. Headers of the client's registration are added by the compilation's calls, which
    /// know every registration.
    /// </summary>
    public static CallHeaders OfSend(IOperation send, ClientIdentity client, CallSymbols symbols)
    {
        var headers = new List<CallHeader>();
        var model = send.SemanticModel;
        if (send.Syntax.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } scope)
        {
            Collect(scope, model, symbols.Known, headers);
        }

        if (client.Kind == ClientKind.Typed && model?.GetEnclosingSymbol(send.Syntax.SpanStart)?.ContainingType is { } type)
        {
            foreach (var constructor in type.InstanceConstructors)
            {
                // A primary constructor's syntax is the whole type: only constructor bodies are read.
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is ConstructorDeclarationSyntax constructorSyntax)
                    {
                        Collect(constructorSyntax, model, symbols.Known, headers);
                    }
                }
            }
        }

        return headers.Count == 0 ? CallHeaders.None : new CallHeaders(headers, maySetAny: false);
    }

    /// <summary>The headers a registration's configuration lambda sets on its client's <c>DefaultRequestHeaders</c>.</summary>
    public static IEnumerable<CallHeader> InLambda(IAnonymousFunctionOperation lambda, KnownSymbols symbols)
    {
        foreach (var operation in lambda.Body.Descendants())
        {
            if (operation is IInvocationOperation or ISimpleAssignmentOperation && OfHeaderSet(operation, symbols) is { } header)
            {
                yield return header;
            }
        }
    }

    /// <summary>
    /// What a Refit method sends in headers: <c>[Headers("X-Tenant: a")]</c> on the method or its interface,
    /// <c>[Header("X-Tenant")]</c> and <c>[Authorize]</c> parameters (Authorization with the attribute's scheme, Bearer by default),
    /// and <c>[HeaderCollection]</c>, which may set any.
    /// </summary>
    public static CallHeaders OfRefit(IMethodSymbol method)
    {
        var headers = new List<CallHeader>();
        foreach (var attribute in method.GetAttributes().Concat(method.ContainingType.GetAttributes()))
        {
            if (!RefitAttributes.Is(attribute, "HeadersAttribute"))
            {
                continue;
            }

            var location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? Location.None;
            foreach (var value in attribute.ConstructorArguments.SelectMany(a => a.Kind == TypedConstantKind.Array ? (IEnumerable<TypedConstant>)a.Values : new[] { a }))
            {
                if (value.Value is string line && line.Split(new[] { ':' }, 2) is var parts && parts[0].Trim() is { Length: > 0 } name)
                {
                    headers.Add(new CallHeader(name, null, parts.Length > 1 ? parts[1].Trim() : null, null, location));
                }
            }
        }

        var maySetAny = false;
        foreach (var parameter in method.Parameters)
        {
            var location = parameter.Locations.FirstOrDefault() ?? Location.None;
            foreach (var attribute in parameter.GetAttributes())
            {
                if (RefitAttributes.Is(attribute, "HeaderAttribute") && TypedConstants.StringOf(attribute.ConstructorArguments.FirstOrDefault()) is { } name)
                {
                    headers.Add(new CallHeader(name, null, null, parameter, location));
                }
                else if (RefitAttributes.Is(attribute, "AuthorizeAttribute"))
                {
                    // [Authorize("Token")] string key sends 'Authorization: Token <key>'; the scheme is Refit's to add.
                    var scheme = TypedConstants.StringOf(attribute.ConstructorArguments.FirstOrDefault()) ?? "Bearer";
                    headers.Add(new CallHeader("Authorization", null, scheme + " {" + parameter.Name + "}", parameter, location));
                }
                else if (RefitAttributes.Is(attribute, "HeaderCollectionAttribute"))
                {
                    maySetAny = true;
                }
            }
        }

        return headers.Count == 0 && !maySetAny ? CallHeaders.None : new CallHeaders(headers, maySetAny);
    }

    private static void Collect(SyntaxNode scope, SemanticModel? model, KnownSymbols symbols, List<CallHeader> headers)
    {
        var bound = model is not null && model.SyntaxTree == scope.SyntaxTree;
        foreach (var node in scope.DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax
                {
                    Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" or "TryAddWithoutValidation" } access,
                    ArgumentList.Arguments: { Count: 2 } arguments,
                }:
                    if (bound)
                    {
                        Add(model!.GetOperation(node));
                    }
                    else if (access.Expression.ToString().EndsWith("Headers", StringComparison.Ordinal) && arguments[0].Expression is LiteralExpressionSyntax literal)
                    {
                        // A constructor in another file of a partial class: its names, read from syntax.
                        headers.Add(new CallHeader(literal.Token.ValueText, null, null, null, node.GetLocation()));
                    }

                    break;

                case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Authorization" } target }:
                    if (bound)
                    {
                        Add(model!.GetOperation(node));
                    }
                    else if (target.Expression.ToString().EndsWith("Headers", StringComparison.Ordinal))
                    {
                        headers.Add(new CallHeader("Authorization", null, null, null, node.GetLocation()));
                    }

                    break;
            }
        }

        void Add(IOperation? operation)
        {
            if (operation is not null && OfHeaderSet(operation, symbols) is { } header)
            {
                headers.Add(header);
            }
        }
    }
}
