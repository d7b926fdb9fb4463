using System;
using System.Linq;
using Concord.Analyzers.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// Queries that carry a signature, where CORD003 has no header to send the credential in instead. A signed URL (S3's
/// X-Amz-Signature, Cloud Storage's X-Goog-Signature, an Azure SAS or a CDN's <c>sig</c>) is a grant for one
/// resource, issued to be used as a URL (a player, a browser), and replaying it elsewhere fails. A signed request
/// (<c>appkey</c> with <c>sign</c>, <c>api_key</c> with <c>api_sig</c>) sends the key that names the caller and a
/// signature made with a secret that never leaves it; the provider reads the key from the query the signature covers.
/// </summary>
internal static class SignedQueries
{
    private static readonly string[] SignatureNames = { "sig", "sign", "signature", "api_sig", "x-amz-signature", "x-goog-signature" };

    public static bool IsSigned(QueryInUrl query) => query.Parameters.Any(parameter => IsSignatureName(parameter.Name));

    /// <summary>
    /// Whether the query collection <paramref name="add"/> adds to is given a signature as well: by another element of
    /// the same collection initializer, or, in the same method, by an <c>Add</c> or an indexer on the same variable.
    /// </summary>
    public static bool IsSignedCollection(IInvocationOperation add)
    {
        if (add.Parent is IObjectOrCollectionInitializerOperation initializer)
        {
            return initializer.Initializers.Any(element => element switch
            {
                IInvocationOperation sibling => sibling.Arguments.Length > 0 && IsSignatureName(sibling.Arguments[0].Value.ConstantValue),
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: > 0 } indexer } =>
                    IsSignatureName(indexer.Arguments[0].Value.ConstantValue),
                _ => false,
            });
        }

        if (HeaderCollections.HolderOf(add) is not { } holder || EnclosingBody(add.Syntax) is not { } body)
        {
            return false;
        }

        foreach (var node in body.DescendantNodes())
        {
            var (receiver, firstArgument) = node switch
            {
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" } access } call
                    when call.ArgumentList.Arguments.Count > 0 => (access.Expression, call.ArgumentList.Arguments[0].Expression),
                ElementAccessExpressionSyntax element when element.ArgumentList.Arguments.Count > 0 =>
                    (element.Expression, element.ArgumentList.Arguments[0].Expression),
                _ => (null, null),
            };
            // The name as the compiler reads it: a literal, a constant, or $"sign" (seen on real code).
            if (receiver is IdentifierNameSyntax { Identifier.ValueText: var name } && name == holder
                && add.SemanticModel?.GetConstantValue(firstArgument!) is { } constant && IsSignatureName(constant))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSignatureName(Optional<object?> constant) => constant is { HasValue: true, Value: string name } && IsSignatureName(name);

    private static bool IsSignatureName(string name) =>
        SignatureNames.Any(signature => string.Equals(signature, name, StringComparison.OrdinalIgnoreCase));

    private static SyntaxNode? EnclosingBody(SyntaxNode node) => node.Ancestors().FirstOrDefault(ancestor =>
        ancestor is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax);
}
