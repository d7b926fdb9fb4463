using System;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Credentials;

/// <summary>
/// A literal written as a header's value, where the header's name says what the value is: the value of
/// <c>headers.Add("X-Api-Key", "…")</c>, the parameter of <c>new AuthenticationHeaderValue("Bearer", "…")</c>, or a
/// header line such as Refit's <c>[Headers("Authorization: Bearer …")]</c>.
/// </summary>
internal static class HeaderCredentialValues
{
    private static readonly Regex HeaderLine = new(
        @"^\s*(?<name>[A-Za-z0-9][A-Za-z0-9_\-]{0,63})\s*:\s*(?:(?<scheme>[A-Za-z][A-Za-z0-9\-]{1,20})\s+)?(?<value>\S+)\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>The kind of credential the literal holds as a header's value, and the credential itself (the scheme left out).</summary>
    public static (CredentialKind Kind, string Value)? Of(IOperation literal, string text, CredentialNames names)
    {
        var parent = literal.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        if (parent is IArgumentOperation { Parent: var call } argument)
        {
            switch (call)
            {
                // headers.Add("X-Api-Key", "…"), headers.TryAddWithoutValidation("Authorization", "Bearer …")
                case IInvocationOperation { TargetMethod: { Name: "Add" or "TryAddWithoutValidation" } method } invocation
                    when argument.Parameter?.Name is "value" or "values" && IsHeaders(method.ContainingType):
                    var name = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "name")?.Value.ConstantValue.Value as string;
                    return name is null ? null : Value(name, text, names);

                // new AuthenticationHeaderValue("Bearer", "…")
                case IObjectCreationOperation { Type.Name: "AuthenticationHeaderValue" } creation
                    when argument.Parameter?.Name == "parameter" && IsHeaders(creation.Type):
                    var scheme = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "scheme")?.Value.ConstantValue.Value as string;
                    return (AuthorizationKind(scheme), text);
            }
        }

        return text.IndexOf(':') > 0 && HeaderLine.Match(text) is { Success: true } line
            ? Value(line.Groups["name"].Value, (line.Groups["scheme"].Success ? line.Groups["scheme"].Value + " " : string.Empty) + line.Groups["value"].Value, names)
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

    private static bool IsHeaders(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.ContainingNamespace?.ToDisplayString() == "System.Net.Http.Headers")
            {
                return true;
            }
        }

        return false;
    }
}
