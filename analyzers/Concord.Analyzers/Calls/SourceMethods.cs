using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// What a small helper in the same compilation returns: <c>static Uri BaseAddressFrom(IConfiguration c) =&gt; new(c["Auth:Url"]!)</c>.
/// Only methods whose body is one expression or one return statement are read; their parameters stay holes.
/// </summary>
internal static class SourceMethods
{
    public static IOperation? ReturnedValue(IInvocationOperation invocation) => ReturnedValue(invocation, oneStatement: true);

    /// <summary>
    /// As <see cref="ReturnedValue(IInvocationOperation)"/>, for a body of several statements with one <c>return</c>:
    /// a factory that makes an object, sets it up and returns it (<c>var m = new HttpRequestMessage(…); …; return m;</c>).
    /// </summary>
    public static IOperation? SingleReturnedValue(IInvocationOperation invocation) => ReturnedValue(invocation, oneStatement: false);

    private static IOperation? ReturnedValue(IInvocationOperation invocation, bool oneStatement)
    {
        var method = invocation.TargetMethod;
        if (method.DeclaringSyntaxReferences.Length != 1 || invocation.SemanticModel is not { } model)
        {
            return null;
        }

        var expression = method.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            MethodDeclarationSyntax { ExpressionBody.Expression: { } body } => body,
            MethodDeclarationSyntax { Body.Statements: { Count: 1 } statements } when statements[0] is ReturnStatementSyntax { Expression: { } returned } => returned,
            MethodDeclarationSyntax { Body: { } block } when !oneStatement => OnlyReturn(block),
            LocalFunctionStatementSyntax { ExpressionBody.Expression: { } body } => body,
            _ => null,
        };
        if (expression is null)
        {
            return null;
        }

        // The compilation's semantic model for the helper's own tree (the common case is the same tree).
        var helperModel = expression.SyntaxTree == model.SyntaxTree
            ? model
            : model.Compilation.ContainsSyntaxTree(expression.SyntaxTree) ? model.Compilation.GetSemanticModel(expression.SyntaxTree) : null;
        return helperModel?.GetOperation(expression);
    }

    // The value of the block's one return statement, leaving out lambdas and local functions, whose returns are theirs.
    private static ExpressionSyntax? OnlyReturn(BlockSyntax block)
    {
        ExpressionSyntax? only = null;
        foreach (var node in block.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            if (node is ReturnStatementSyntax returned)
            {
                if (only is not null || returned.Expression is null)
                {
                    return null;
                }

                only = returned.Expression;
            }
        }

        return only;
    }
}
