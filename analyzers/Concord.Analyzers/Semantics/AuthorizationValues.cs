using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Semantics;

/// <summary>Reads the shape of a value assigned to an Authorization header: does it carry a scheme?</summary>
internal static class AuthorizationValues
{
    private static readonly string[] SchemeOnlyValues = { "Basic", "Bearer", "Digest", "Negotiate", "NTLM", "Kerberos" };

    /// <summary>
    /// True when the value visibly starts with a scheme (<c>"Bearer " + key</c>, <c>$"Bearer {key}"</c>,
    /// a literal with a space) or cannot be judged from the code (a formatted string).
    /// </summary>
    public static bool CarriesSchemeOrUnknown(IOperation value, CancellationToken cancellationToken = default) =>
        CarriesSchemeOrUnknown(value, followFields: true, cancellationToken);

    private static bool CarriesSchemeOrUnknown(IOperation value, bool followFields, CancellationToken cancellationToken)
    {
        value = ValueOrigins.Unwrap(value);
        if (value.ConstantValue is { HasValue: true, Value: string text })
        {
            return HasSchemePrefix(text) || Array.Exists(SchemeOnlyValues, s => string.Equals(s, text.Trim(), StringComparison.OrdinalIgnoreCase));
        }

        switch (value)
        {
            case IInterpolatedStringOperation interpolated:
                return interpolated.Parts.Length > 1 || interpolated.Parts[0] is IInterpolatedStringTextOperation;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }:
                return true;
            case IInvocationOperation { TargetMethod.Name: "Format" or "Concat" or "Join" }:
                return true;

            // kind == Bot ? $"Bot {token}" : $"Bearer {token}": each branch carries its scheme.
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return CarriesSchemeOrUnknown(conditional.WhenTrue, followFields, cancellationToken)
                    && CarriesSchemeOrUnknown(whenFalse, followFields, cancellationToken);

            // A private field set only to "Bot " + token or $"Bearer {token}" carries its scheme wherever it is read;
            // an empty start value ("" or null until a token is set) is no credential at all.
            case IFieldReferenceOperation field when followFields && PrivateFieldValues.Of(field, cancellationToken) is { } values:
                return values.All(assigned => IsEmpty(assigned) || CarriesSchemeOrUnknown(assigned, followFields: false, cancellationToken));
            default:
                return false;
        }
    }

    private static bool IsEmpty(IOperation value) =>
        ValueOrigins.Unwrap(value).ConstantValue is { HasValue: true } constant && (constant.Value is null || constant.Value is "");

    /// <summary>A literal with no scheme: a credential pasted as is (<c>"abc123"</c>), not a scheme name.</summary>
    public static bool IsBareLiteral(IOperation value) =>
        ValueOrigins.Unwrap(value).ConstantValue is { HasValue: true, Value: string text }
        && text.Trim().Length > 0
        && !CarriesSchemeOrUnknown(value);

    private static bool HasSchemePrefix(string text)
    {
        var trimmed = text.TrimStart();
        var space = trimmed.IndexOf(' ');
        return space > 0;
    }
}
