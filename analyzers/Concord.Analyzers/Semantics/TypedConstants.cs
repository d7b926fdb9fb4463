using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Semantics;

/// <summary>Attribute arguments read safely: an array argument (<c>params string[]</c>) has no single value, and asking it for one throws.</summary>
internal static class TypedConstants
{
    /// <summary>The argument's text; null for an array, a value of another type, or no argument at all.</summary>
    public static string? StringOf(TypedConstant constant) => constant.Kind == TypedConstantKind.Array ? null : constant.Value as string;
}
