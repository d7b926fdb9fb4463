using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Calls;

/// <summary>
/// Reads the calls a Refit interface declares: <c>[Get("/orders/{id}")]</c> on an interface method is a GET
/// of that route through the interface. Attributes are known by name in the Refit namespace, so the
/// model needs no reference to Refit itself.
/// </summary>
internal static class RefitCallReader
{
    public static HttpCall? Read(IMethodSymbol method, KnownSymbols? symbols = null)
    {
        if (method.ContainingType is not { TypeKind: TypeKind.Interface } type)
        {
            return null;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (VerbOf(attribute.AttributeClass) is not { } verb)
            {
                continue;
            }

            var route = attribute.ConstructorArguments.Length > 0 ? TypedConstants.StringOf(attribute.ConstructorArguments[0]) : null;
            var location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation()
                ?? (method.Locations.Length > 0 ? method.Locations[0] : Location.None);
            // What it sends is in its parameters and attributes, read when a rule asks.
            return new HttpCall(
                verb,
                route,
                new ClientIdentity(ClientKind.Refit, ClientIdentities.NameOf(type)),
                location,
                route,
                query: () => RefitQueryReader.OfRefit(method, route, location),
                headers: () => CallHeaderReader.OfRefit(method),
                body: symbols is null ? null : () => CallBodyReader.OfRefit(method, symbols));
        }

        return null;
    }

    /// <summary><c>Refit.GetAttribute</c> → GET; null for any other attribute.</summary>
    private static string? VerbOf(INamedTypeSymbol? attribute)
    {
        if (attribute is null || attribute.ContainingNamespace is not { Name: "Refit", ContainingNamespace.IsGlobalNamespace: true })
        {
            return null;
        }

        return attribute.Name switch
        {
            "GetAttribute" => "GET",
            "PostAttribute" => "POST",
            "PutAttribute" => "PUT",
            "PatchAttribute" => "PATCH",
            "DeleteAttribute" => "DELETE",
            "HeadAttribute" => "HEAD",
            "OptionsAttribute" => "OPTIONS",
            _ => null,
        };
    }
}
