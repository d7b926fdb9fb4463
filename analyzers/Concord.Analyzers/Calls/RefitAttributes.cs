using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Calls;

/// <summary>Refit's attributes, known by name in the <c>Refit</c> namespace, so the model needs no reference to Refit itself.</summary>
internal static class RefitAttributes
{
    public static bool Is(AttributeData attribute, string name) =>
        attribute.AttributeClass is { } type && type.Name == name && IsRefit(type);

    public static bool IsRefit(INamedTypeSymbol? type) =>
        type?.ContainingNamespace is { Name: "Refit", ContainingNamespace.IsGlobalNamespace: true };
}
