using System;
using System.Collections.Generic;
using System.Linq;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Calls;

/// <summary>
/// The query of a Refit method, read from its declaration the way Refit builds it: the route's literal query, then
/// the parameters the route does not use, flattened as Refit flattens objects. Kept apart from
/// <see cref="CallQueryReader"/>, which reads queries out of code; both yield the one <see cref="CallQuery"/>.
/// </summary>
internal static class RefitQueryReader
{
    /// <summary>
    /// The query a Refit method sends: the literal query of its route, and each parameter the route does not use
    /// and no other attribute claims (Refit sends those in the query, <c>[Query]</c> or not), named by <c>[AliasAs]</c>.
    /// A collection is one name whatever its <c>CollectionFormat</c>; an object's public properties are each a parameter,
    /// named <c>prefix + delimiter + name</c> when <c>[Query(delimiter, prefix)]</c> gives a prefix (nested objects
    /// likewise); a dictionary's keys are not known.
    /// </summary>
    public static CallQuery OfRefit(IMethodSymbol method, string? route, Location location)
    {
        var literal = CallQueryReader.OfRoute(route, location);
        var parameters = new List<QueryParameter>(literal.Parameters);
        var showsEveryName = true;
        var routeNames = RouteHoles(route);

        // A [Multipart] method sends its plain parameters as parts of the body, not in the query.
        var multipart = method.GetAttributes().Any(a => RefitAttributes.Is(a, "MultipartAttribute"));
        var inferredBody = RefitAttributes.InferredBody(method);
        foreach (var parameter in method.Parameters)
        {
            var attributes = parameter.GetAttributes().Where(a => RefitAttributes.IsRefit(a.AttributeClass)).ToList();
            var name = AliasOf(attributes) ?? parameter.Name;
            if (attributes.Any(a => a.AttributeClass!.Name is "HeaderAttribute" or "AuthorizeAttribute" or "HeaderCollectionAttribute" or "BodyAttribute" or "PropertyAttribute")
                || parameter.Type.Name == "CancellationToken"
                || routeNames.Contains(name)
                || SymbolEqualityComparer.Default.Equals(parameter, inferredBody)
                || (multipart && !attributes.Any(a => a.AttributeClass!.Name == "QueryAttribute")))
            {
                continue;
            }

            var query = attributes.FirstOrDefault(a => a.AttributeClass!.Name == "QueryAttribute");
            var (delimiter, prefix) = DelimiterAndPrefix(query);
            var at = parameter.Locations.FirstOrDefault() ?? location;
            showsEveryName &= AddRefitParameter(parameter.Type, prefix is null ? name : prefix, prefix is not null, delimiter, at, parameters, depth: 0);
        }

        return new CallQuery(parameters, showsEveryName);
    }

    /// <summary>Adds the parameters one Refit argument of <paramref name="type"/> sends; false when some of their names are not known.</summary>
    private static bool AddRefitParameter(ITypeSymbol type, string name, bool prefixed, string delimiter, Location location, List<QueryParameter> parameters, int depth)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (IsSimple(type) || (ElementType(type) is { } element && IsSimple(element)))
        {
            parameters.Add(new QueryParameter(name, null, null, location));
            return true;
        }

        if (depth > 2 || type is not INamedTypeSymbol named || named.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || named.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable))
        {
            // A dictionary, a collection of objects, a type the model cannot walk: Refit writes names not followed here.
            return false;
        }

        var known = true;
        foreach (var property in named.GetMembers().OfType<IPropertySymbol>())
        {
            if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public || property.GetMethod is null)
            {
                continue;
            }

            var propertyName = AliasOf(property.GetAttributes().Where(a => RefitAttributes.IsRefit(a.AttributeClass)).ToList()) ?? property.Name;
            var key = prefixed ? name + delimiter + propertyName : propertyName;
            known &= AddRefitParameter(property.Type, key, prefixed: true, delimiter, location, parameters, depth + 1);
        }

        return known;
    }

    /// <summary><c>[Query(".", "filter")]</c> → ("." , "filter"); the delimiter defaults to "." and there is no prefix unless given.</summary>
    private static (string Delimiter, string? Prefix) DelimiterAndPrefix(AttributeData? query)
    {
        if (query is null)
        {
            return (".", null);
        }

        var strings = query.ConstructorArguments.Select(TypedConstants.StringOf).OfType<string>().ToList();
        var delimiter = strings.Count > 0 ? strings[0] : ".";
        var prefix = strings.Count > 1 ? strings[1] : null;
        foreach (var named in query.NamedArguments)
        {
            if (named.Key == "Delimiter" && TypedConstants.StringOf(named.Value) is { } d)
            {
                delimiter = d;
            }
            else if (named.Key == "Prefix" && TypedConstants.StringOf(named.Value) is { } p)
            {
                prefix = p;
            }
        }

        return (delimiter, string.IsNullOrEmpty(prefix) ? null : prefix);
    }

    private static string? AliasOf(IReadOnlyList<AttributeData> refitAttributes) =>
        refitAttributes.FirstOrDefault(a => a.AttributeClass!.Name == "AliasAsAttribute")?.ConstructorArguments.FirstOrDefault() is { } alias ? TypedConstants.StringOf(alias) : null;

    /// <summary><c>/orders/{id}/lines/{**rest}</c> → id, rest; Refit binds them to parameters whatever their case (<c>{traceID}</c> is <c>traceId</c>).</summary>
    private static HashSet<string> RouteHoles(string? route)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
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

    /// <summary>The element type of an array or <c>IEnumerable&lt;T&gt;</c> (a string is not a collection here).</summary>
    private static ITypeSymbol? ElementType(ITypeSymbol type) =>
        type is IArrayTypeSymbol array ? array.ElementType
        : type.SpecialType == SpecialType.System_String ? null
        : type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
            && generic.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable) ? generic.TypeArguments[0]
        : null;

    /// <summary>A value Refit writes as one query parameter: a string, number, boolean, enum, date or GUID, or a nullable of one.</summary>
    internal static bool IsSimple(ITypeSymbol type)
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
