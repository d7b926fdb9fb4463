using System;
using System.Linq;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Credentials;

/// <summary>
/// A literal written as a header's value, where the header's name says what the value is: the value of
/// <c>headers.Add("X-Api-Key", "…")</c> (on <c>HttpHeaders</c> or the app's own collection of headers), the parameter
/// of <c>new AuthenticationHeaderValue("Bearer", "…")</c>, or a header line such as Refit's
/// <c>[Headers("Authorization: Bearer …")]</c>.
/// </summary>
internal static class HeaderCredentialValues
{
    /// <summary>The kind of credential the literal holds as a header's value, and the credential itself (the scheme left out).</summary>
    public static (CredentialKind Kind, string Value)? Of(IOperation literal, string text, CredentialNames names, KnownSymbols symbols)
    {
        var parent = literal.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        switch (parent)
        {
            // headers.Add("X-Api-Key", "…"), headers.TryAddWithoutValidation("Authorization", "Bearer …"), as the call model reads them.
            case IArgumentOperation { Parent: IInvocationOperation invocation }
                when CallHeaderReader.OfHeaderSet(invocation, symbols) is { } header && header.Value is { } value
                    && ValueOrigins.Unwrap(value).Syntax == literal.Syntax:
                return Value(header.Name, text, names);

            // request.Headers.Add("trakt-api-key", "…") on the app's own header collection (a name/value collection held
            // under a name for headers, or an entry only a header is named: X-Api-Key, Authorization).
            case IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add" or "Set", Arguments.Length: 2 } add } argument
                when argument == add.Arguments[1] && add.Arguments[0].Value.ConstantValue.Value is string name
                    && HeaderCollections.IsHeaderEntry(HeaderCollections.HolderOf(add), name):
                return Value(name, text, names);

            // new AuthenticationHeaderValue("Bearer", "…")
            case IArgumentOperation { Parameter.Name: "parameter", Parent: IObjectCreationOperation creation }
                when symbols.AuthenticationHeaderValue is not null && SymbolEqualityComparer.Default.Equals(creation.Type, symbols.AuthenticationHeaderValue):
                var scheme = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "scheme")?.Value.ConstantValue.Value as string;
                return (AuthorizationKind(scheme), text);
        }

        return HeaderLine.Parse(text) is { } line
            ? Value(line.Name, (line.Scheme is { } lineScheme ? lineScheme + " " : string.Empty) + line.Value, names)
            : null;
    }

    /// <summary>The value of the header <paramref name="name"/>, when that header carries a credential.</summary>
    private static (CredentialKind Kind, string Value)? Value(string name, string value, CredentialNames names)
    {
        if (IsAuthorization(name))
        {
            var space = value.IndexOf(' ');
            return space > 0 ? (AuthorizationKind(value.Substring(0, space)), value.Substring(space + 1).Trim()) : (CredentialKind.Token, value);
        }

        return names.Classify(name) is { } kind ? (kind, value) : null;
    }

    private static bool IsAuthorization(string name) =>
        string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "Proxy-Authorization", StringComparison.OrdinalIgnoreCase);

    // Basic carries user:password; the other schemes (Bearer, Token, ApiKey, …) a token.
    private static CredentialKind AuthorizationKind(string? scheme) =>
        string.Equals(scheme, "Basic", StringComparison.OrdinalIgnoreCase) ? CredentialKind.Password : CredentialKind.Token;
}
