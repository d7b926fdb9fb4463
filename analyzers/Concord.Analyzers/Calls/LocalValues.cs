using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// Every value a local is given in the block that declares it: its initializer and each plain assignment
/// (<c>keyPart = "&amp;key=" + key</c> in a branch), each arm of a conditional on its own. Where
/// <see cref="SingleAssignments"/> gives a value only when there is one, this gives all of them, for a reader that
/// asks what a local may hold (a query piece put into a URL) rather than what it holds. Syntactic and bounded.
/// </summary>
internal static class LocalValues
{
    private const int MaxValues = 8;

    public static IReadOnlyList<IOperation> Of(ILocalReferenceOperation reference)
    {
        var values = new List<IOperation>();
        var model = reference.SemanticModel;
        var declaration = reference.Local.DeclaringSyntaxReferences.FirstOrDefault();
        if (model is null || declaration is null || declaration.SyntaxTree != reference.Syntax.SyntaxTree
            || declaration.GetSyntax() is not VariableDeclaratorSyntax declarator)
        {
            return values;
        }

        if (declarator.Initializer?.Value is { } initializer)
        {
            AddArms(model.GetOperation(initializer), values);
        }

        var scope = declarator.FirstAncestorOrSelf<BlockSyntax>();
        if (scope is null)
        {
            return values;
        }

        var name = reference.Local.Name;
        foreach (var node in scope.DescendantNodes())
        {
            if (values.Count >= MaxValues)
            {
                break;
            }

            if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment
                && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                && target.Identifier.ValueText == name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(target).Symbol, reference.Local))
            {
                AddArms(model.GetOperation(assignment.Right), values);
            }
        }

        return values;
    }

    // cond ? "" : "&key=" + key gives both arms, each a value the local may hold.
    private static void AddArms(IOperation? value, List<IOperation> values, int depth = 0)
    {
        if (value is null || values.Count >= MaxValues)
        {
            return;
        }

        var unwrapped = Semantics.ValueOrigins.Unwrap(value);
        if (unwrapped is IConditionalOperation { WhenTrue: { } whenTrue, WhenFalse: { } whenFalse } && depth < 3)
        {
            AddArms(whenTrue, values, depth + 1);
            AddArms(whenFalse, values, depth + 1);
            return;
        }

        values.Add(unwrapped);
    }
}
