using System;
using System.Linq;
using Concord.Analyzers.Calls;
using Microsoft.CodeAnalysis;
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
    /// the same collection initializer, or, in the same body, by an <c>Add</c> or an indexer on the same variable.
    /// </summary>
    public static bool IsSignedCollection(IInvocationOperation add)
    {
        if (add.Parent is IObjectOrCollectionInitializerOperation initializer)
        {
            return initializer.Initializers.Any(element => element switch
            {
                IInvocationOperation sibling => IsSignatureEntry(sibling),
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation indexer } => IsSignatureEntry(indexer),
                _ => false,
            });
        }

        // The name as the compiler reads it: a literal, a constant, or $"sign" (seen on real code).
        return HeaderCollections.HolderSymbolOf(add.Instance) is { } holder
            && UrlExits.RootOf(add).Descendants().Any(operation => operation switch
            {
                IInvocationOperation { TargetMethod.Name: "Add" } call => Holds(call.Instance, holder) && IsSignatureEntry(call),
                IPropertyReferenceOperation indexer => Holds(indexer.Instance, holder) && IsSignatureEntry(indexer),
                _ => false,
            });
    }

    private static bool Holds(IOperation? instance, ISymbol holder) =>
        SymbolEqualityComparer.Default.Equals(HeaderCollections.HolderSymbolOf(instance), holder);

    // Add("sign", …) or ["sign"]: the entry's name is its first argument.
    private static bool IsSignatureEntry(IInvocationOperation add) =>
        add.Arguments.Length > 0 && IsSignatureName(add.Arguments[0].Value.ConstantValue);

    private static bool IsSignatureEntry(IPropertyReferenceOperation indexer) =>
        indexer.Arguments.Length > 0 && IsSignatureName(indexer.Arguments[0].Value.ConstantValue);

    private static bool IsSignatureName(Optional<object?> constant) => constant is { HasValue: true, Value: string name } && IsSignatureName(name);

    private static bool IsSignatureName(string name) =>
        SignatureNames.Any(signature => string.Equals(signature, name, StringComparison.OrdinalIgnoreCase));
}
