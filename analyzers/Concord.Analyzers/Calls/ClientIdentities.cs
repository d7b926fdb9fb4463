using System.Linq;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// Which client an HttpClient expression is: <c>factory.CreateClient("orders")</c> (directly, through a
/// local, or kept in a field set in the constructor) is the named client "orders"; the HttpClient a
/// class receives in its constructor makes that class a typed client.
/// </summary>
internal static class ClientIdentities
{
    private const int MaxDepth = 4;

    public static ClientIdentity Of(IOperation? client, CallSymbols symbols) => Of(client, symbols, depth: 0);

    /// <summary>The name of a type as diagnostics give it: <c>Shop.OrdersClient</c>.</summary>
    public static string NameOf(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

    private static ClientIdentity Of(IOperation? client, CallSymbols symbols, int depth)
    {
        if (client is null || depth > MaxDepth)
        {
            return ClientIdentity.Unknown;
        }

        client = ValueOrigins.Unwrap(client);
        switch (client)
        {
            case IInvocationOperation invocation when NamedClientOf(invocation) is { } name:
                return new ClientIdentity(ClientKind.Named, name);

            case ILocalReferenceOperation local:
                return Of(SingleAssignments.ValueOf(local), symbols, depth + 1);

            case IFieldReferenceOperation field:
                return OfMember(field.Field, field.Field.ContainingType, client, symbols);

            case IPropertyReferenceOperation property when !property.Property.IsIndexer:
                return OfMember(property.Property, property.Property.ContainingType, client, symbols);

            // A primary constructor's parameter, captured by the class's methods.
            case IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor }
                when symbols.IsTypedClient(constructor.ContainingType):
                return new ClientIdentity(ClientKind.Typed, NameOf(constructor.ContainingType));

            default:
                return ClientIdentity.Unknown;
        }
    }

    private static ClientIdentity OfMember(ISymbol member, INamedTypeSymbol? type, IOperation reference, CallSymbols symbols)
    {
        if (type is null)
        {
            return ClientIdentity.Unknown;
        }

        if (NamedClientAssignedTo(member, type, reference) is { } name)
        {
            return new ClientIdentity(ClientKind.Named, name);
        }

        return symbols.IsTypedClient(type) ? new ClientIdentity(ClientKind.Typed, NameOf(type)) : ClientIdentity.Unknown;
    }

    /// <summary><c>CreateClient("orders")</c> on an IHttpClientFactory: "orders"; <c>CreateClient()</c>: "" (the default client).</summary>
    public static string? NamedClientOf(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name != "CreateClient")
        {
            return null;
        }

        var receiverType = method.IsExtensionMethod || method.IsStatic
            ? invocation.Arguments.FirstOrDefault()?.Value.Type
            : invocation.Instance?.Type ?? method.ContainingType;
        if (receiverType is null
            || (receiverType.Name != "IHttpClientFactory" && !receiverType.AllInterfaces.Any(i => i.Name == "IHttpClientFactory")))
        {
            return null;
        }

        var name = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.SpecialType == SpecialType.System_String);
        return name is null ? string.Empty : name.Value.ConstantValue.Value as string;
    }

    /// <summary>A field or property set from <c>factory.CreateClient("name")</c> in its initializer or a constructor of its type.</summary>
    private static string? NamedClientAssignedTo(ISymbol member, INamedTypeSymbol type, IOperation reference)
    {
        var model = reference.SemanticModel;
        if (model is null)
        {
            return null;
        }

        foreach (var declaration in member.DeclaringSyntaxReferences)
        {
            var syntax = declaration.GetSyntax();
            var initializer = syntax switch
            {
                VariableDeclaratorSyntax variable => variable.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                _ => null,
            };
            if (initializer is not null && NamedClientIn(initializer, model) is { } name)
            {
                return name;
            }
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var declaration in constructor.DeclaringSyntaxReferences)
            {
                foreach (var assignment in declaration.GetSyntax().DescendantNodes().OfType<AssignmentExpressionSyntax>())
                {
                    var target = assignment.Left switch
                    {
                        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.ValueText,
                        _ => null,
                    };
                    if (target == member.Name && NamedClientIn(assignment.Right, model) is { } name)
                    {
                        return name;
                    }
                }
            }
        }

        return null;
    }

    private static string? NamedClientIn(ExpressionSyntax value, SemanticModel model)
    {
        if (value is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CreateClient" } })
        {
            return null;
        }

        // The semantic model only answers for its own tree; a constructor in another part of a partial class is read by syntax.
        if (value.SyntaxTree == model.SyntaxTree && model.GetOperation(value) is IInvocationOperation invocation)
        {
            return NamedClientOf(invocation);
        }

        return value is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments }
            && arguments[0].Expression is LiteralExpressionSyntax literal
            ? literal.Token.ValueText
            : null;
    }
}
