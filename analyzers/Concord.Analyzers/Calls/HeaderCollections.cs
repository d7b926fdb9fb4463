using System;
using System.Linq;
using Concord.Analyzers.Credentials;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// A <c>NameValueCollection</c> (or other name/value collection) that holds request headers, not a query:
/// <c>headers.Add("Authorization", "Bearer " + token)</c>. Seen on real code: an uploader library kept every
/// request's headers in <c>NameValueCollection headers</c>, and reading those as a query told twenty correct
/// <c>Authorization</c> headers to move to the Authorization header. A collection held under a name that says
/// headers, or an entry whose name is a header's (<c>Authorization</c>, <c>X-Auth-Token</c>), is not a query.
/// </summary>
internal static class HeaderCollections
{
    /// <param name="holder">The name of the variable, field, property or parameter that holds the collection, or null.</param>
    /// <param name="entryName">The entry's constant name.</param>
    public static bool IsHeaderEntry(string? holder, string entryName) =>
        (holder is not null && IdentifierWords.Split(holder).Any(word => word is "header" or "headers"))
        || IsHeaderName(entryName);

    /// <summary>
    /// Names only headers have: <c>Authorization</c>, <c>Proxy-Authorization</c>, and the <c>X-</c> extension headers
    /// (<c>X-Api-Key</c>, <c>X-Auth-Token</c>), which query parameters are not named.
    /// </summary>
    public static bool IsHeaderName(string name) =>
        string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "Proxy-Authorization", StringComparison.OrdinalIgnoreCase)
        || (name.StartsWith("X-", StringComparison.OrdinalIgnoreCase) && name.Length > 2);

    /// <summary>The name the receiver of <paramref name="add"/> is held under, for a collection built with <c>Add</c>.</summary>
    public static string? HolderOf(IInvocationOperation add) => HolderSymbolOf(add.Instance)?.Name;

    /// <summary>The local, field, property or parameter <paramref name="instance"/> reads, if it reads one.</summary>
    public static ISymbol? HolderSymbolOf(IOperation? instance) => instance switch
    {
        ILocalReferenceOperation local => local.Local,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property => property.Property,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };
}
