using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// The value of a local that is assigned exactly once, where it is declared. A local assigned again
/// (<c>url += "&amp;page=2"</c>, a branch) has no single value, and the call model does not guess one.
/// </summary>
internal static class SingleAssignments
{
    public static IOperation? ValueOf(ILocalReferenceOperation reference)
    {
        var declaration = reference.Local.DeclaringSyntaxReferences.FirstOrDefault();
        if (declaration is null || reference.SemanticModel is null || declaration.SyntaxTree != reference.Syntax.SyntaxTree)
        {
            return null;
        }

        if (declaration.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator)
        {
            return null;
        }

        var scope = declarator.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode?)declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (scope is null || IsAssignedAgain(scope, reference.Local.Name))
        {
            return null;
        }

        return reference.SemanticModel.GetOperation(initializer);
    }

    // Syntactic and conservative: any assignment, ref or out use of the same name counts.
    private static bool IsAssignedAgain(SyntaxNode scope, string name)
    {
        foreach (var node in scope.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } when target.Identifier.ValueText == name:
                    return true;
                case ArgumentSyntax { Expression: IdentifierNameSyntax argument } refOrOut
                    when argument.Identifier.ValueText == name && !refOrOut.RefKindKeyword.IsKind(SyntaxKind.None):
                    return true;
            }
        }

        return false;
    }
}
