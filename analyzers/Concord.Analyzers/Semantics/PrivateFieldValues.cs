using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Semantics;

/// <summary>
/// Every value a private field of the compilation is given: its initializer and each assignment in its type. Only a
/// private field of a type declared in one file can be read whole from the file the reference is in; anything
/// else may be written where this code cannot see.
/// </summary>
internal static class PrivateFieldValues
{
    /// <summary>The values given to the field, or null when they cannot all be seen (or it is never given one).</summary>
    public static IReadOnlyList<IOperation>? Of(IFieldReferenceOperation reference, CancellationToken cancellationToken)
    {
        var field = reference.Field;
        var model = reference.SemanticModel;
        if (model is null || field.DeclaredAccessibility != Accessibility.Private || field.ContainingType is not { } type
            || type.DeclaringSyntaxReferences.Length != 1 || type.DeclaringSyntaxReferences[0].SyntaxTree != reference.Syntax.SyntaxTree)
        {
            return null;
        }

        var values = new List<IOperation>();
        foreach (var node in type.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax { Initializer.Value: { } initial } declarator
                    when SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declarator, cancellationToken), field):
                    if (model.GetOperation(initial, cancellationToken) is { } initialValue)
                    {
                        values.Add(initialValue);
                    }

                    break;

                case AssignmentExpressionSyntax assignment when Names(assignment.Left, field.Name):
                    if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol, field))
                    {
                        break;
                    }

                    // x ??= …, x += …: the field's value is built from more than what is written here.
                    if (model.GetOperation(assignment, cancellationToken) is not ISimpleAssignmentOperation simple)
                    {
                        return null;
                    }

                    values.Add(simple.Value);
                    break;

                // Passed by ref or out, the field is written by code this cannot read.
                case ArgumentSyntax { RefKindKeyword.RawKind: not 0 } argument when Names(argument.Expression, field.Name):
                    return null;
            }
        }

        return values.Count > 0 ? values : null;
    }

    private static bool Names(ExpressionSyntax expression, string name) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.ValueText == name,
        _ => false,
    };
}
