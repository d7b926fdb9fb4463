using System.Linq;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Semantics;

/// <summary>
/// Methods and members the compilation itself defines, whose use CORD003 can see whole: what a method of the
/// compilation does with a parameter is in its body, and who reads a property of the compilation's own type is in
/// the compilation. A library's method or type may do anything unseen, so it is never one of these.
/// </summary>
internal static class OwnCode
{
    /// <summary>
    /// A method or constructor of the compilation (the assembly of <c>inCompilationOf</c>) whose call always runs its own body: not abstract, virtual or an
    /// override (another body may run), not extern, not a partial declaration, a delegate's Invoke or a record's
    /// constructor (whose parameters become properties without any code that reads them).
    /// </summary>
    public static bool HasOwnBody(IMethodSymbol method, ISymbol? inCompilationOf)
    {
        if (!IsOfTheCompilation(method, inCompilationOf))
        {
            return false;
        }

        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor or MethodKind.LocalFunction or MethodKind.ReducedExtension)
            || method.IsAbstract || method.IsVirtual || method.IsOverride || method.IsExtern || method.IsImplicitlyDeclared
            || method.IsPartialDefinition || method.PartialDefinitionPart is not null
            || method.ContainingType is null || method.ContainingType.TypeKind == TypeKind.Interface
            || (method.MethodKind == MethodKind.Constructor && method.ContainingType.IsRecord))
        {
            return false;
        }

        return method.DeclaringSyntaxReferences.Length == 1 && method.Locations.Length > 0 && method.Locations[0].IsInSource;
    }

    /// <summary>
    /// A property or field of the compilation's own named type that stands for no library's member (it overrides or
    /// implements none): only the compilation's code reads it. Anonymous types are left out, since a library reads
    /// their properties by reflection (an object of query parameters).
    /// </summary>
    public static bool IsOwnMember(ISymbol member, ISymbol? inCompilationOf)
    {
        var type = member.ContainingType;
        if (!IsOfTheCompilation(member, inCompilationOf))
        {
            return false;
        }

        if (type is null || type.IsAnonymousType || member.Locations.Length == 0 || !member.Locations[0].IsInSource)
        {
            return false;
        }

        if (member is IPropertySymbol property)
        {
            for (var overridden = property.OverriddenProperty; overridden is not null; overridden = overridden.OverriddenProperty)
            {
                if (!IsInSource(overridden))
                {
                    return false;
                }
            }

            if (!property.ExplicitInterfaceImplementations.All(IsInSource))
            {
                return false;
            }
        }

        foreach (var contract in type.AllInterfaces)
        {
            if (IsInSource(contract))
            {
                continue;
            }

            foreach (var candidate in contract.GetMembers(member.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // The IDE (and a compilation reference) shows another project's symbols with their source locations: only the
    // assembly being compiled is read whole, so a project reference is a library like any other.
    private static bool IsOfTheCompilation(ISymbol symbol, ISymbol? inCompilationOf) =>
        inCompilationOf?.ContainingAssembly is { } assembly && SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, assembly);

    private static bool IsInSource(ISymbol symbol) => symbol.Locations.Length > 0 && symbol.Locations[0].IsInSource;
}
