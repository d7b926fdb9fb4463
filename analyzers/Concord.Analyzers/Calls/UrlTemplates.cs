using System.Globalization;
using System.Linq;
using System.Text;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// A URL expression as a template: literal text as written, every value computed at run time a
/// <c>{name}</c> hole named after the expression (<c>$"/orders/{order.Id}"</c> → <c>/orders/{Id}</c>).
/// Follows constants, <c>static readonly</c> fields with a literal value, locals assigned once,
/// interpolations, concatenation, <c>string.Format</c>, <c>string.Concat</c>, <c>new Uri(…)</c> and
/// <c>QueryHelpers.AddQueryString</c> (its entries become the URL's query, read by <see cref="CallQueryReader"/>).
/// </summary>
internal static class UrlTemplates
{
    private const int MaxDepth = 8;

    /// <summary>The template, or null when it is a single hole (nothing of the URL is known).</summary>
    public static string? Of(IOperation? url, CallSymbols symbols)
    {
        if (url is null)
        {
            return null;
        }

        var text = new StringBuilder();
        var hasLiteral = Append(url, text, symbols, depth: 0);
        return hasLiteral ? text.ToString() : null;
    }

    /// <summary>
    /// The template even when nothing of it is literal: a single hole still names what the URL is
    /// (<c>{AuthorizeBaseUrl}</c>), which is all a reader can go by when the URL is held in a mutable field.
    /// </summary>
    public static string TextOf(IOperation url, CallSymbols symbols)
    {
        var text = new StringBuilder();
        Append(url, text, symbols, depth: 0);
        return text.ToString();
    }

    /// <summary>Appends the template of <paramref name="operation"/>; true when any literal text was appended.</summary>
    private static bool Append(IOperation operation, StringBuilder text, CallSymbols symbols, int depth)
    {
        operation = ValueOrigins.Unwrap(operation);
        if (operation.ConstantValue is { HasValue: true, Value: { } constant })
        {
            text.Append(System.Convert.ToString(constant, CultureInfo.InvariantCulture));
            return true;
        }

        if (depth > MaxDepth)
        {
            return AppendHole(operation, text, symbols);
        }

        switch (operation)
        {
            case IInterpolatedStringOperation interpolated:
                var any = false;
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation literal && literal.Text.ConstantValue.Value is string literalText)
                    {
                        text.Append(literalText);
                        any = true;
                    }
                    else if (part is IInterpolationOperation hole)
                    {
                        any |= Append(hole.Expression, text, symbols, depth + 1);
                    }
                }

                return any;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                var left = Append(binary.LeftOperand, text, symbols, depth + 1);
                return Append(binary.RightOperand, text, symbols, depth + 1) | left;

            case IInvocationOperation { TargetMethod.ContainingType.SpecialType: SpecialType.System_String, TargetMethod.Name: "Format" } format
                when StringSegments.Of(format) is { } segments:
                var formatted = false;
                foreach (var segment in segments.Segments)
                {
                    if (segment.Text is { } segmentText)
                    {
                        text.Append(segmentText);
                        formatted = true;
                    }
                    else if (segment.Value is { } value)
                    {
                        formatted |= Append(value, text, symbols, depth + 1);
                    }
                }

                return formatted;

            case IInvocationOperation { TargetMethod.ContainingType.SpecialType: SpecialType.System_String, TargetMethod.Name: "Concat" } concat
                when concat.Arguments.All(a => a.Value.Type?.SpecialType == SpecialType.System_String):
                var concatenated = false;
                foreach (var argument in concat.Arguments)
                {
                    concatenated |= Append(argument.Value, text, symbols, depth + 1);
                }

                return concatenated;

            case IObjectCreationOperation creation when symbols.IsUri(creation.Type):
                // new Uri("/orders", UriKind.Relative) is its string; new Uri(baseUri, "orders/1") is relative to a base address.
                var uriText = creation.Arguments.LastOrDefault(a => a.Value.Type?.SpecialType == SpecialType.System_String)?.Value;
                return uriText is not null ? Append(uriText, text, symbols, depth + 1) : AppendHole(operation, text, symbols);

            case ILocalReferenceOperation local when SingleAssignments.ValueOf(local) is { } assigned:
                var before = text.Length;
                if (Append(assigned, text, symbols, depth + 1))
                {
                    return true;
                }

                // A local holding nothing literal is named after itself, not after what it was computed from.
                text.Length = before;
                return AppendHole(operation, text, symbols);

            // QueryHelpers.AddQueryString("search", "q", term) → search?q={term}: the builder's entries are the URL's query.
            case IInvocationOperation builder when CallQueryReader.Added(builder) is { Url: { } inner } added:
                var withQuery = Append(inner, text, symbols, depth + 1);
                foreach (var parameter in added.Parameters)
                {
                    text.Append(text.ToString().IndexOf('?') < 0 ? '?' : '&').Append(parameter.Name).Append('=');
                    if (parameter.LiteralValue is { } literalValue)
                    {
                        text.Append(literalValue);
                    }
                    else if (parameter.Value is { } value)
                    {
                        AppendHole(value, text, symbols);
                    }
                }

                return withQuery;

            // A URL built by a helper of the same compilation: its parameters are the holes.
            case IInvocationOperation helper when helper.Type?.SpecialType == SpecialType.System_String
                && SourceMethods.ReturnedValue(helper) is { } returned:
                var start = text.Length;
                if (Append(returned, text, symbols, depth + 2))
                {
                    return true;
                }

                text.Length = start;
                return AppendHole(operation, text, symbols);

            case IFieldReferenceOperation { Field.IsReadOnly: true } field when ReadOnlyLiteral(field.Field) is { } fieldText:
                text.Append(fieldText);
                return true;

            default:
                return AppendHole(operation, text, symbols);
        }
    }

    private static bool AppendHole(IOperation operation, StringBuilder text, CallSymbols symbols)
    {
        // ASP.NET Core's QueryString carries its own '?': $"items/all{query}" is the path items/all with a query.
        if (IsQueryString(ValueOrigins.Unwrap(operation).Type) && text.ToString().IndexOf('?') < 0)
        {
            text.Append('?');
        }

        text.Append('{').Append(HoleName(operation, symbols)).Append('}');
        return false;
    }

    private static bool IsQueryString(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "QueryString", ContainingNamespace: { Name: "Http", ContainingNamespace: { Name: "AspNetCore", ContainingNamespace.Name: "Microsoft" } } };

    /// <summary>A hole's name: the identifier or member it reads, the configuration key it looks up, else the last name in it.</summary>
    private static string HoleName(IOperation operation, CallSymbols symbols)
    {
        operation = ValueOrigins.Unwrap(operation);
        switch (operation)
        {
            case ILocalReferenceOperation local:
                return local.Local.Name;
            case IParameterReferenceOperation parameter:
                return parameter.Parameter.Name;
            case IFieldReferenceOperation field:
                return field.Field.Name.TrimStart('_');
            case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                return property.Property.Name;
            case IInvocationOperation { Arguments.Length: 1 } escape
                when escape.TargetMethod.Name.StartsWith("Escape", System.StringComparison.Ordinal)
                    || escape.TargetMethod.Name.StartsWith("UrlEncode", System.StringComparison.Ordinal):
                return HoleName(escape.Arguments[0].Value, symbols);
        }

        if (ValueOrigins.Trace(operation, symbols.Known).FirstOrDefault() is { } origin)
        {
            return origin.Name;
        }

        if (operation is IInvocationOperation invocation)
        {
            return invocation.TargetMethod.Name;
        }

        var lastName = operation.Syntax.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().LastOrDefault();
        return lastName?.Identifier.ValueText ?? "value";
    }

    /// <summary>The literal a <c>readonly</c> field is initialised with: <c>static readonly string Orders = "/orders";</c>.</summary>
    internal static string? ReadOnlyLiteral(IFieldSymbol field)
    {
        if (field.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        return field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax
        {
            Initializer.Value: LiteralExpressionSyntax literal,
        } && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? literal.Token.ValueText
            : null;
    }
}
