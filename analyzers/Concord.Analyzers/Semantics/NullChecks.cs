using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Semantics;

/// <summary>Recognises conditions that test a value for null or empty: <c>string.IsNullOrEmpty(x)</c>, <c>x == null</c>, <c>x is not null</c>.</summary>
internal static class NullChecks
{
    /// <summary>The operand being tested, and whether the condition is true when it is missing.</summary>
    public static bool TryMatch(IOperation condition, out IOperation? tested, out bool trueWhenMissing)
    {
        tested = null;
        trueWhenMissing = true;
        condition = ValueOrigins.Unwrap(condition);

        switch (condition)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                if (TryMatch(not.Operand, out tested, out var inner))
                {
                    trueWhenMissing = !inner;
                    return true;
                }

                return false;

            case IInvocationOperation { TargetMethod.Name: "IsNullOrEmpty" or "IsNullOrWhiteSpace" } invocation
                when invocation.Arguments.Length == 1:
                tested = invocation.Arguments[0].Value;
                return true;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                trueWhenMissing = binary.OperatorKind == BinaryOperatorKind.Equals;
                if (IsNullOrEmptyConstant(binary.RightOperand))
                {
                    tested = binary.LeftOperand;
                    return true;
                }

                if (IsNullOrEmptyConstant(binary.LeftOperand))
                {
                    tested = binary.RightOperand;
                    return true;
                }

                return false;

            case IIsPatternOperation { Pattern: IConstantPatternOperation constant } pattern when IsNullOrEmptyConstant(constant.Value):
                tested = pattern.Value;
                return true;

            case IIsPatternOperation { Pattern: INegatedPatternOperation { Pattern: IConstantPatternOperation negated } } pattern
                when IsNullOrEmptyConstant(negated.Value):
                tested = pattern.Value;
                trueWhenMissing = false;
                return true;

            // config["X"] is { } url ? new Uri(url) : fallback; value is string text ? … : fallback
            case IIsPatternOperation { Pattern: IRecursivePatternOperation or IDeclarationPatternOperation or ITypePatternOperation } pattern:
                tested = pattern.Value;
                trueWhenMissing = false;
                return true;

            default:
                return false;
        }
    }

    private static bool IsNullOrEmptyConstant(IOperation operation)
    {
        var constant = ValueOrigins.Unwrap(operation).ConstantValue;
        return constant.HasValue && (constant.Value is null || constant.Value is "");
    }
}
