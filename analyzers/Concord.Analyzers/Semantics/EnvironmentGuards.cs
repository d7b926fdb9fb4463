using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Concord.Analyzers.Semantics;

/// <summary>
/// Finds code that only runs in a chosen environment: inside <c>if (env.IsDevelopment())</c>,
/// a ternary over <c>IsEnvironment("Local")</c>, a comparison with a local test network (<c>network == Network.RegTest</c>), and the like.
/// </summary>
internal static class EnvironmentGuards
{
    private static readonly string[] GuardNames = { "IsDevelopment", "IsEnvironment", "IsStaging", "IsLocal", "IsTest" };

    public static bool IsGuarded(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IfStatementSyntax ifStatement when MentionsGuard(ifStatement.Condition):
                case ConditionalExpressionSyntax conditional when MentionsGuard(conditional.Condition):
                case SwitchExpressionSyntax switchExpression when MentionsGuard(switchExpression.GoverningExpression):
                    return true;
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    private static bool MentionsGuard(ExpressionSyntax condition)
    {
        foreach (var node in condition.DescendantNodesAndSelf())
        {
            if (node is IdentifierNameSyntax identifier && System.Array.IndexOf(GuardNames, identifier.Identifier.ValueText) >= 0)
            {
                return true;
            }

            // network == Network.RegTest, chain.IsRegtest: a branch for a test network that runs on this machine.
            if (node is IdentifierNameSyntax name && LocalEnvironmentNames.NamesLocalNetwork(name.Identifier.ValueText))
            {
                return true;
            }

            // env.EnvironmentName == "Development", or a comparison against a development-like name.
            if (node is IdentifierNameSyntax { Identifier.ValueText: "EnvironmentName" }
                || node is LiteralExpressionSyntax { Token.ValueText: "Development" or "Local" or "Dev" })
            {
                return true;
            }
        }

        return false;
    }
}
