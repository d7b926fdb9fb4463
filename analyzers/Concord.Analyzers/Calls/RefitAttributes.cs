using System.Linq;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Calls;

/// <summary>Refit's attributes, known by name in the <c>Refit</c> namespace, so the model needs no reference to Refit itself.</summary>
internal static class RefitAttributes
{
    public static bool Is(AttributeData attribute, string name) =>
        attribute.AttributeClass is { } type && type.Name == name && IsRefit(type);

    /// <summary>True when a <c>Refit</c> namespace is in the compilation's sources or references: Refit's attributes can be applied.</summary>
    public static bool AreVisibleIn(Compilation compilation) =>
        compilation.GlobalNamespace.GetMembers("Refit").Any(member => member is INamespaceSymbol);

    public static bool IsRefit(INamedTypeSymbol? type) =>
        type?.ContainingNamespace is { Name: "Refit", ContainingNamespace.IsGlobalNamespace: true };

    /// <summary>
    /// The parameter Refit sends as the body with no <c>[Body]</c>: on a POST, PUT or PATCH, the one parameter of an object
    /// type that carries no Refit attribute and is not a cancellation token. Null when there is none, or several.
    /// </summary>
    public static IParameterSymbol? InferredBody(IMethodSymbol method)
    {
        var sends = method.GetAttributes().Any(a => IsRefit(a.AttributeClass) && a.AttributeClass!.Name is "PostAttribute" or "PutAttribute" or "PatchAttribute");
        // A [Multipart] method's parameters are parts of a multipart body, not one JSON value.
        if (!sends || method.GetAttributes().Any(a => Is(a, "MultipartAttribute"))
            || method.Parameters.Any(p => p.GetAttributes().Any(a => Is(a, "BodyAttribute"))))
        {
            return null;
        }

        var candidates = method.Parameters
            .Where(p => p.Type.Name != "CancellationToken" && !RefitQueryReader.IsSimple(p.Type) && !p.GetAttributes().Any(a => IsRefit(a.AttributeClass)))
            .ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }
}
