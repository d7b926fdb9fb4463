using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Semantics;

/// <summary>A string expression flattened into its literal text and its holes (interpolations, concatenated values).</summary>
internal sealed class StringSegments
{
    private StringSegments(IReadOnlyList<StringSegment> segments) => Segments = segments;

    public IReadOnlyList<StringSegment> Segments { get; }

    /// <summary>
    /// Flattens an interpolated string, a concatenation, a literal, or <c>string.Format</c> (with a literal format or a
    /// <c>CompositeFormat</c> parsed from one, see <see cref="CompositeFormats"/>); null for anything else.
    /// </summary>
    public static StringSegments? Of(IOperation operation)
    {
        var segments = new List<StringSegment>();
        return Append(operation, segments, depth: 0) ? new StringSegments(segments) : null;
    }

    /// <summary>The text with every hole replaced by <c>{}</c>, for display and position arithmetic.</summary>
    public string Render()
    {
        var text = new StringBuilder();
        foreach (var segment in Segments)
        {
            text.Append(segment.Text ?? "{}");
        }

        return text.ToString();
    }

    private static bool Append(IOperation operation, List<StringSegment> segments, int depth)
    {
        if (depth > 64)
        {
            return false;
        }

        operation = ValueOrigins.Unwrap(operation);
        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            segments.Add(StringSegment.Literal(constant));
            return true;
        }

        switch (operation)
        {
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation text && text.Text.ConstantValue.Value is string literal)
                    {
                        segments.Add(StringSegment.Literal(literal));
                    }
                    else if (part is IInterpolationOperation hole)
                    {
                        segments.Add(StringSegment.Hole(hole.Expression));
                    }
                }

                return true;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                // a + b + c nests to the left: walk that spine in a loop, so a chain of any length is read whole
                // (recursing on it stopped at the depth limit and lost the chain's start, where its '?' is).
                var rightOperands = new Stack<IOperation>();
                IOperation leftmost = binary;
                while (ValueOrigins.Unwrap(leftmost) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, ConstantValue.HasValue: false } link
                    && link.Type?.SpecialType == SpecialType.System_String)
                {
                    rightOperands.Push(link.RightOperand);
                    leftmost = link.LeftOperand;
                }

                AppendOrHole(leftmost, segments, depth);
                while (rightOperands.Count > 0)
                {
                    AppendOrHole(rightOperands.Pop(), segments, depth);
                }

                return true;

            case IInvocationOperation { TargetMethod.Name: "Format", TargetMethod.ContainingType.SpecialType: SpecialType.System_String } format:
                return AppendFormat(format, segments);

            // A string.Format-like wrapper of the code's own: BuildUrl(string format, params object[] args).
            case IInvocationOperation wrapper when IsFormatWrapper(wrapper.TargetMethod):
                return AppendFormat(wrapper, segments);

            default:
                return false;
        }
    }

    private static void AppendOrHole(IOperation operand, List<StringSegment> segments, int depth)
    {
        if (!Append(operand, segments, depth + 1))
        {
            segments.Add(StringSegment.Hole(operand));
        }
    }

    /// <summary>A method that takes a composite format string and its arguments: a string parameter named <c>format</c> followed by a <c>params</c> array.</summary>
    public static bool IsFormatWrapper(IMethodSymbol method)
    {
        var parameters = method.Parameters;
        if (parameters.Length < 2 || !parameters[parameters.Length - 1].IsParams)
        {
            return false;
        }

        foreach (var parameter in parameters)
        {
            if (parameter.Type.SpecialType == SpecialType.System_String && parameter.Name is "format" or "formatString" or "template" or "urlFormat")
            {
                return true;
            }
        }

        return false;
    }

    // string.Format("…?api_key={0}", key): {n} becomes the n-th argument. Also string.Format(provider, compositeFormat, key).
    private static bool AppendFormat(IInvocationOperation format, List<StringSegment> segments)
    {
        IOperation? formatString = null;
        var values = new List<IOperation>();
        foreach (var argument in format.Arguments)
        {
            if (argument.Parameter?.Name is "format" or "formatString" or "template" or "urlFormat")
            {
                formatString = argument.Value;
            }
            else if (formatString is not null && argument.Parameter?.Name != "provider")
            {
                if (argument.Value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    values.AddRange(initializer.ElementValues);
                }
                else
                {
                    values.Add(argument.Value);
                }
            }
        }

        // The format is a literal, or a CompositeFormat parsed from one (string.Format(provider, CompositeFormat, …)).
        var pattern = formatString?.ConstantValue.Value as string
            ?? (formatString is not null && CompositeFormats.IsCompositeFormat(formatString.Type) ? CompositeFormats.TextOf(formatString) : null);
        if (pattern is null)
        {
            return false;
        }

        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != '{' || i + 1 >= pattern.Length || !char.IsDigit(pattern[i + 1]))
            {
                continue;
            }

            var close = pattern.IndexOf('}', i);
            if (close < 0)
            {
                break;
            }

            var indexText = pattern.Substring(i + 1, close - i - 1).Split(',', ':')[0];
            if (!int.TryParse(indexText, out var index) || index >= values.Count)
            {
                continue;
            }

            segments.Add(StringSegment.Literal(pattern.Substring(start, i - start)));
            segments.Add(StringSegment.Hole(values[index]));
            start = close + 1;
            i = close;
        }

        segments.Add(StringSegment.Literal(pattern.Substring(start)));
        return true;
    }
}

/// <summary>Either literal text or a hole holding a value computed at run time.</summary>
internal sealed class StringSegment
{
    private StringSegment(string? text, IOperation? value)
    {
        Text = text;
        Value = value;
    }

    public string? Text { get; }

    public IOperation? Value { get; }

    public static StringSegment Literal(string text) => new(text, null);

    public static StringSegment Hole(IOperation value) => new(null, value);
}
