using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Semantics;

/// <summary>
/// A string written in pieces (<c>"https://host/?" + "key=" + key</c>, an interpolation's text and holes, the arguments
/// of <c>string.Format</c>) is read as one text, once: the rules ask for the whole string a piece belongs to, and
/// analyse a string expression only where it is whole.
/// </summary>
internal static class WholeStrings
{
    /// <summary>The outermost string expression <paramref name="piece"/> is part of; the piece itself when it stands alone.</summary>
    public static IOperation Of(IOperation piece)
    {
        var whole = piece;
        while (Containing(whole) is { } larger)
        {
            whole = larger;
        }

        return whole;
    }

    /// <summary>True when no larger string expression contains <paramref name="operation"/>; constant time.</summary>
    public static bool IsWhole(IOperation operation) => Containing(operation) is null;

    // The string expression the operation is a piece of, or null.
    private static IOperation? Containing(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String => binary,
            IInterpolatedStringContentOperation content => content.Parent,
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Format", TargetMethod.ContainingType.SpecialType: SpecialType.System_String } format } => format,
            _ => null,
        };
    }
}
