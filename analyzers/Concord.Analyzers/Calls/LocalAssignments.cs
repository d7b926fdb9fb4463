using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// What the block that declares a local does to it after it is made: <c>local.Member = …</c>,
/// <c>local["key"] = …</c> and <c>local.Add("key", …)</c>. One reader for every part of the call model
/// (a request message's method, URL and content; a JSON body's entries and members), syntactic and cheap.
/// </summary>
internal static class LocalAssignments
{
    /// <summary>One assignment: the member name or entry key, the value (when it binds), and which of the two it is.</summary>
    internal readonly struct Assignment
    {
        public Assignment(string target, IOperation? value, bool isMember, IPropertySymbol? property)
        {
            Target = target;
            Value = value;
            IsMember = isMember;
            Property = property;
        }

        /// <summary>The member's name (<c>Content</c>) or the entry's constant key (<c>"api_key"</c>).</summary>
        public string Target { get; }

        public IOperation? Value { get; }

        /// <summary>True for <c>local.Member = …</c>, false for an entry of a keyed collection.</summary>
        public bool IsMember { get; }

        /// <summary>The property a member assignment sets, when it binds.</summary>
        public IPropertySymbol? Property { get; }
    }

    public static IEnumerable<Assignment> Of(ILocalReferenceOperation local)
    {
        var model = local.SemanticModel;
        var declaration = local.Local.DeclaringSyntaxReferences.FirstOrDefault();
        if (model is null || declaration is null || declaration.SyntaxTree != model.SyntaxTree)
        {
            yield break;
        }

        var scope = declaration.GetSyntax().FirstAncestorOrSelf<BlockSyntax>();
        if (scope is null)
        {
            yield break;
        }

        var name = local.Local.Name;
        foreach (var node in scope.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax { Expression: IdentifierNameSyntax target } element } indexed
                    when target.Identifier.ValueText == name && element.ArgumentList.Arguments.Count == 1
                        && model.GetConstantValue(element.ArgumentList.Arguments[0].Expression) is { HasValue: true, Value: string key }:
                    yield return new Assignment(key, model.GetOperation(indexed.Right), isMember: false, property: null);
                    break;
                case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax target, Name: var member } } assignment
                    when target.Identifier.ValueText == name:
                    yield return new Assignment(
                        member.Identifier.ValueText,
                        model.GetOperation(assignment.Right),
                        isMember: true,
                        model.GetSymbolInfo(assignment.Left).Symbol as IPropertySymbol);
                    break;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax target, Name.Identifier.ValueText: "Add" }, ArgumentList.Arguments: { Count: 2 } arguments }
                    when target.Identifier.ValueText == name && model.GetConstantValue(arguments[0].Expression) is { HasValue: true, Value: string added }:
                    yield return new Assignment(added, model.GetOperation(arguments[1].Expression), isMember: false, property: null);
                    break;
            }
        }
    }

    /// <summary><c>local["key"] = …</c> and <c>local.Add("key", …)</c>: the entries of a JSON object or dictionary set after it was made.</summary>
    public static IEnumerable<(string Key, IOperation? Value)> EntriesOf(ILocalReferenceOperation local) =>
        Of(local).Where(a => !a.IsMember).Select(a => (a.Target, a.Value));
}
