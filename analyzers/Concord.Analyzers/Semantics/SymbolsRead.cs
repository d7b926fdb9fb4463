using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Semantics;

/// <summary>
/// The methods, properties, fields and parameters a string value is made from: <c>BuildUrl(id) + "&amp;page=2"</c>
/// reads <c>BuildUrl</c>, <c>new Uri(Settings.Endpoint)</c> reads <c>Endpoint</c>. Looks through conversions,
/// concatenations, interpolations, <c>string.Format</c> and other calls' arguments, <c>new Uri(…)</c>, conditionals and
/// a local's initializer. Small and bounded: it reads one expression, never a method's body.
/// </summary>
internal static class SymbolsRead
{
    private const int MaxOperations = 48;
    private const int MaxLocalHops = 2;

    public static List<ISymbol> By(IOperation? value)
    {
        var read = new List<ISymbol>();
        var budget = MaxOperations;
        Collect(value, read, ref budget, MaxLocalHops);
        return read;
    }

    /// <summary>One symbol for every way of naming it: the generic definition, the extension method as declared, the property of an accessor.</summary>
    public static ISymbol Normalize(ISymbol symbol)
    {
        if (symbol is IMethodSymbol method)
        {
            method = method.ReducedFrom ?? method;
            if (method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet && method.AssociatedSymbol is { } property)
            {
                return property.OriginalDefinition;
            }

            return method.OriginalDefinition;
        }

        return symbol is IParameterSymbol ? symbol : symbol.OriginalDefinition;
    }

    private static void Collect(IOperation? operation, List<ISymbol> read, ref int budget, int localHops)
    {
        if (operation is null || budget-- <= 0)
        {
            return;
        }

        operation = ValueOrigins.Unwrap(operation);
        switch (operation)
        {
            case IInvocationOperation invocation:
                read.Add(Normalize(invocation.TargetMethod));
                Collect(invocation.Instance, read, ref budget, localHops);
                foreach (var argument in invocation.Arguments)
                {
                    Collect(argument.Value, read, ref budget, localHops);
                }

                break;
            case IPropertyReferenceOperation property:
                read.Add(Normalize(property.Property));
                break;
            case IFieldReferenceOperation field:
                read.Add(Normalize(field.Field));
                break;
            case IParameterReferenceOperation parameter:
                read.Add(parameter.Parameter);
                break;
            case ILocalReferenceOperation local when localHops > 0:
                Collect(ValueOrigins.InitializerOf(local), read, ref budget, localHops - 1);
                break;
            case IBinaryOperation binary:
                Collect(binary.LeftOperand, read, ref budget, localHops);
                Collect(binary.RightOperand, read, ref budget, localHops);
                break;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole)
                    {
                        Collect(hole.Expression, read, ref budget, localHops);
                    }
                }

                break;
            case IConditionalOperation conditional:
                Collect(conditional.WhenTrue, read, ref budget, localHops);
                Collect(conditional.WhenFalse, read, ref budget, localHops);
                break;
            case ICoalesceOperation coalesce:
                Collect(coalesce.Value, read, ref budget, localHops);
                Collect(coalesce.WhenNull, read, ref budget, localHops);
                break;
            case IObjectCreationOperation creation:
                foreach (var argument in creation.Arguments)
                {
                    Collect(argument.Value, read, ref budget, localHops);
                }

                break;
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.ElementValues)
                {
                    Collect(element, read, ref budget, localHops);
                }

                break;
            case IAwaitOperation awaited:
                Collect(awaited.Operation, read, ref budget, localHops);
                break;
        }
    }
}
