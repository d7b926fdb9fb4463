using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// A URL the code writes into a document it composes (a streaming playlist, an HTML page) with a
/// <c>StringBuilder</c> or a <c>TextWriter</c>, and hands to no call: the code does not send it, the reader of the
/// document does (a media player fetching the playlist's entries), and that reader can only present what the URL
/// carries. Seen on real code: a media server wrote its client's own access token into the URLs of an HLS playlist.
/// </summary>
internal static class UrlsWrittenIntoText
{
    // How many locals a URL may pass through on its way into the text (url → line → builder.AppendLine(line)).
    private const int MaxLocals = 3;

    public static bool IsOnlyWrittenIntoText(IOperation url) => IsOnlyWrittenIntoText(url, MaxLocals, embedded: false);

    // 'embedded': the URL has been put inside other text on the way (a format's argument, a piece of an interpolation
    // or concatenation), so what is written is a document's line, not a URL being assembled in a builder.
    private static bool IsOnlyWrittenIntoText(IOperation value, int localsLeft, bool embedded)
    {
        var operation = value;
        var parent = operation.Parent;

        // Through conversions, parentheses, concatenations, interpolations and string.Format arguments: still text.
        // A conditional or a switch expression chooses among texts; an interpolation written through a handler
        // (AppendLine(provider, $"…{url}…")) puts each hole through an implicit AppendFormatted call.
        while (parent is IConversionOperation or IParenthesizedOperation or IInterpolationOperation or IInterpolatedStringOperation
            || parent is IArrayInitializerOperation || parent is IArrayCreationOperation { IsImplicit: true } // a params array
            || (parent is { IsImplicit: true } && parent is not IArgumentOperation && parent is not IInvocationOperation) // a params span
            || parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }
            || parent is IConditionalOperation { Condition: var condition } && condition != operation
            || parent is ICoalesceOperation or ISwitchExpressionArmOperation or ISwitchExpressionOperation
            || parent is IInterpolatedStringHandlerCreationOperation
            || IsHandlerHole(parent)
            || parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "Format" or "Concat", ContainingType.SpecialType: SpecialType.System_String } } })
        {
            if (parent is ISwitchExpressionArmOperation arm && arm.Value != operation)
            {
                return false; // a pattern's guard: a question about the text
            }

            embedded |= parent is IInterpolationOperation or IBinaryOperation || IsHandlerHole(parent)
                || parent is IArgumentOperation { Parameter.Name: not "format" };
            operation = IsHandlerHole(parent) ? parent!.Parent!.Parent! : parent is IArgumentOperation ? parent.Parent! : parent!;
            parent = operation.Parent;
        }

        if (parent is IArgumentOperation { Parent: IInvocationOperation writer } argument && IsTextWriter(writer.TargetMethod))
        {
            return embedded || (writer.TargetMethod.Name == "AppendFormat" && argument.Parameter?.Name != "format");
        }

        if (localsLeft > 0 && parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
        {
            return EveryUseIsWrittenIntoText(declarator, declarator.Symbol, localsLeft - 1, embedded);
        }

        // text = $"?access_token={token}" in a branch, the local declared empty before it: where the local is read.
        if (localsLeft > 0 && parent is ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment && assignment.Value == operation)
        {
            return EveryUseIsWrittenIntoText(assignment, local.Local, localsLeft - 1, embedded);
        }

        return false;
    }

    // $"…{url}…" given to a handler parameter: the hole is an argument of an implicit AppendFormatted call.
    private static bool IsHandlerHole(IOperation? parent) =>
        parent is IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true, Parent: IInterpolatedStringAppendOperation } };

    private static bool EveryUseIsWrittenIntoText(IOperation declarator, ILocalSymbol local, int localsLeft, bool embedded)
    {
        var body = declarator;
        while (body.Parent is not null)
        {
            body = body.Parent;
        }

        var used = false;
        foreach (var descendant in body.Descendants())
        {
            if (descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                used = true;
                if (reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference)
                {
                    continue; // written, not read: what is written there is judged where it is built
                }

                if (!IsOnlyWrittenIntoText(reference, localsLeft, embedded))
                {
                    return false;
                }
            }
        }

        return used;
    }

    private static bool IsTextWriter(IMethodSymbol method)
    {
        if (method.Name is not ("Append" or "AppendLine" or "AppendFormat" or "Insert" or "Write" or "WriteLine" or "WriteAsync" or "WriteLineAsync"))
        {
            return false;
        }

        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            if (type is { Name: "StringBuilder" or "TextWriter", ContainingNamespace: { Name: "Text" or "IO", ContainingNamespace.Name: "System" } })
            {
                return true;
            }
        }

        return false;
    }
}
