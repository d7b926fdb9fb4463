using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Calls;

/// <summary>
/// What a Refit method sends besides its route, read from its parameters and attributes: headers
/// (<c>[Header("X-Tenant")]</c>, <c>[Authorize]</c>, <c>[Headers("X-Tenant: a")]</c> on the method or interface) and
/// query parameters (<c>[Query]</c>, <c>[AliasAs("q")]</c>, and any simple parameter the route does not use, which Refit
/// sends in the query). A part Refit fills from an object or a collection the model cannot name is left unknown.
/// </summary>
internal sealed class RefitRequestParts
{
    private RefitRequestParts(HashSet<string> headers, bool anyHeader, HashSet<string>? query)
    {
        Headers = headers;
        AnyHeader = anyHeader;
        Query = query;
    }

    /// <summary>Header names the method always sets, case-insensitive.</summary>
    public HashSet<string> Headers { get; }

    /// <summary>True when a <c>[HeaderCollection]</c> parameter may set any header.</summary>
    public bool AnyHeader { get; }

    /// <summary>Query parameter names the method sets, as written; null when an object or dictionary is flattened into the query.</summary>
    public HashSet<string>? Query { get; }

    public static RefitRequestParts Of(IMethodSymbol method, string? route)
    {
        var headers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var attribute in method.GetAttributes().Concat(method.ContainingType.GetAttributes()))
        {
            if (IsRefit(attribute, "HeadersAttribute"))
            {
                foreach (var value in attribute.ConstructorArguments.SelectMany(a => a.Kind == TypedConstantKind.Array ? (IEnumerable<TypedConstant>)a.Values : new[] { a }))
                {
                    if (value.Value is string header && header.Split(':')[0].Trim() is { Length: > 0 } name)
                    {
                        headers.Add(name);
                    }
                }
            }
        }

        var routeNames = RouteHoles(route);
        var query = new HashSet<string>(StringComparer.Ordinal);
        var queryKnown = true;
        var anyHeader = false;
        foreach (var parameter in method.Parameters)
        {
            var attributes = parameter.GetAttributes().Where(a => a.AttributeClass?.ContainingNamespace is { Name: "Refit", ContainingNamespace.IsGlobalNamespace: true }).ToList();
            var alias = attributes.FirstOrDefault(a => a.AttributeClass!.Name == "AliasAsAttribute")?.ConstructorArguments.FirstOrDefault().Value as string;
            var name = alias ?? parameter.Name;
            if (attributes.FirstOrDefault(a => a.AttributeClass!.Name == "HeaderAttribute") is { } header)
            {
                if (header.ConstructorArguments.FirstOrDefault().Value is string headerName)
                {
                    headers.Add(headerName);
                }

                continue;
            }

            if (attributes.Any(a => a.AttributeClass!.Name == "AuthorizeAttribute"))
            {
                headers.Add("Authorization");
                continue;
            }

            if (attributes.Any(a => a.AttributeClass!.Name == "HeaderCollectionAttribute"))
            {
                anyHeader = true;
                continue;
            }

            if (attributes.Any(a => a.AttributeClass!.Name is "BodyAttribute" or "PropertyAttribute")
                || parameter.Type.Name == "CancellationToken"
                || routeNames.Contains(name))
            {
                continue;
            }

            if (IsSimple(parameter.Type))
            {
                query.Add(name);
            }
            else
            {
                // An object or dictionary: Refit writes its members, under names (and prefixes) the model does not follow.
                queryKnown = false;
            }
        }

        return new RefitRequestParts(headers, anyHeader, queryKnown ? query : null);
    }

    private static bool IsRefit(AttributeData attribute, string name) =>
        attribute.AttributeClass is { } type && type.Name == name
        && type.ContainingNamespace is { Name: "Refit", ContainingNamespace.IsGlobalNamespace: true };

    /// <summary><c>/orders/{id}/lines/{**rest}</c> → id, rest.</summary>
    private static HashSet<string> RouteHoles(string? route)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var start = route?.IndexOf('{') ?? -1;
        while (route is not null && start >= 0)
        {
            var end = route.IndexOf('}', start);
            if (end < 0)
            {
                break;
            }

            names.Add(route.Substring(start + 1, end - start - 1).TrimStart('*').Split(':')[0]);
            start = route.IndexOf('{', end);
        }

        return names;
    }

    /// <summary>A value Refit writes as one query parameter: a string, number, boolean, enum, date or GUID, or a nullable of one.</summary>
    private static bool IsSimple(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_String or SpecialType.System_DateTime
            || type.TypeKind == TypeKind.Enum
            || type.Name is "Guid" or "DateTimeOffset" or "DateOnly" or "TimeOnly" or "TimeSpan" or "Uri";
    }
}
