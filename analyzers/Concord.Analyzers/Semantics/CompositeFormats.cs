using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Semantics;

/// <summary>
/// The text of a format parsed once into a <c>System.Text.CompositeFormat</c>, the way .NET's analyzers ask a
/// repeated format to be cached: <c>static readonly CompositeFormat F = CompositeFormat.Parse("…?api_key={0}")</c>,
/// then <c>string.Format(provider, F, key)</c>. Read from the <c>Parse</c> call itself, or from the initializer of
/// the read-only field or get-only property that holds it; null for a format made any other way.
/// </summary>
internal static class CompositeFormats
{
    public static bool IsCompositeFormat(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "CompositeFormat", ContainingNamespace: { Name: "Text", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

    public static string? TextOf(IOperation format)
    {
        format = ValueOrigins.Unwrap(format);
        switch (format)
        {
            case IInvocationOperation { TargetMethod.Name: "Parse", Arguments.Length: 1 } parse when IsCompositeFormat(parse.TargetMethod.ContainingType):
                return parse.Arguments[0].Value.ConstantValue.Value as string;
            case IFieldReferenceOperation { Field.IsReadOnly: true } field:
                return ParsedIn(field.Field, format.SemanticModel);
            case IPropertyReferenceOperation { Property: { IsReadOnly: true, IsIndexer: false } property }:
                return ParsedIn(property, format.SemanticModel);
            default:
                return null;
        }
    }

    // The member's one initializer, when it is a Parse call: a field or property set anywhere else may hold any format.
    private static string? ParsedIn(ISymbol member, SemanticModel? model)
    {
        if (model is null || member.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var initializer = member.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            VariableDeclaratorSyntax { Initializer.Value: { } value } => value,
            PropertyDeclarationSyntax { Initializer.Value: { } value, AccessorList: { } accessors }
                when accessors.Accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null) => value,
            _ => null,
        };
        if (initializer is not InvocationExpressionSyntax)
        {
            return null;
        }

        var memberModel = initializer.SyntaxTree == model.SyntaxTree
            ? model
            : model.Compilation.ContainsSyntaxTree(initializer.SyntaxTree) ? model.Compilation.GetSemanticModel(initializer.SyntaxTree) : null;
        return memberModel?.GetOperation(initializer) is IInvocationOperation parse
            && parse.TargetMethod.Name == "Parse" && parse.Arguments.Length == 1 && IsCompositeFormat(parse.TargetMethod.ContainingType)
                ? parse.Arguments[0].Value.ConstantValue.Value as string
                : null;
    }
}
