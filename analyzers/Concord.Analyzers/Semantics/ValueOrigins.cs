using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Semantics;

/// <summary>Follows a value back to where it comes from, through conversions, null-forgiving and a local's initializer.</summary>
internal static class ValueOrigins
{
    private const int MaxLocalHops = 2;

    /// <summary>Every origin on the way back, nearest first: <c>var key = config["Auth:ApiKey"]</c> gives the local, then the key.</summary>
    public static System.Collections.Generic.IEnumerable<ValueOrigin> Trace(IOperation? value, KnownSymbols symbols)
    {
        var hops = 0;
        while (value is not null)
        {
            value = Unwrap(value);
            switch (value)
            {
                case ILocalReferenceOperation local:
                    yield return new ValueOrigin(ValueOriginKind.Local, local.Local.Name);
                    value = hops++ < MaxLocalHops ? InitializerOf(local) : null;
                    continue;
                case IParameterReferenceOperation parameter:
                    yield return new ValueOrigin(ValueOriginKind.Parameter, parameter.Parameter.Name);
                    yield break;
                case IFieldReferenceOperation field:
                    yield return new ValueOrigin(ValueOriginKind.Field, field.Field.Name);
                    yield break;
                case IPropertyReferenceOperation property:
                    if (ConfigurationKeyOf(property, symbols) is { } indexedKey)
                    {
                        yield return new ValueOrigin(ValueOriginKind.ConfigurationKey, indexedKey);
                    }
                    else if (property.Property.Name == "Value"
                        && symbols.IsConfiguration(property.Instance?.Type)
                        && property.Instance is IInvocationOperation section
                        && KeyLookupOf(section, symbols) is { } sectionKey)
                    {
                        yield return sectionKey;
                    }
                    else if (!property.Property.IsIndexer)
                    {
                        yield return new ValueOrigin(ValueOriginKind.Property, property.Property.Name);
                    }

                    yield break;
                case IInvocationOperation invocation:
                    if (EscapedBy(invocation) is { } escaped)
                    {
                        value = escaped; // Uri.EscapeDataString(key) is the key, written for a URL
                        continue;
                    }

                    if (KeyLookupOf(invocation, symbols) is { } lookup)
                    {
                        yield return lookup;
                    }

                    yield break;
                default:
                    yield break;
            }
        }
    }

    /// <summary>Strips what does not change a value's meaning: conversions, parentheses, <c>.Trim()</c>, <c>.ToString()</c>, <c>?? throw</c>.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    continue;
                case ICoalesceOperation { WhenNull: IThrowOperation } coalesce:
                    operation = coalesce.Value;
                    continue;
                case IInvocationOperation { Instance: { } instance, TargetMethod.Name: "Trim" or "ToString" or "AsSpan" }:
                    operation = instance;
                    continue;
                // a?.B?.C is the value of C, not of a: follow the access to its end...
                case IConditionalAccessOperation conditional:
                    operation = conditional.WhenNotNull;
                    continue;
                // ...and where the end is the receiver itself (key?.Trim()), go back to what was accessed.
                case IConditionalAccessInstanceOperation instance when AccessedBy(instance) is { } accessed:
                    operation = accessed;
                    continue;
                default:
                    return operation;
            }
        }
    }

    /// <summary>
    /// The value an escaping call writes for a URL or a page: <c>Uri.EscapeDataString(key)</c>,
    /// <c>WebUtility.UrlEncode(key)</c>, <c>HttpUtility.UrlEncode(key)</c> (and their HTML and path variants), and a
    /// code base's own <c>UrlEncode(string)</c> helper.
    /// </summary>
    public static IOperation? EscapedBy(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (invocation.Arguments.Length == 0
            || method.ReturnType.SpecialType != SpecialType.System_String
            || !(method.Name.StartsWith("Escape", System.StringComparison.Ordinal) || method.Name.EndsWith("Encode", System.StringComparison.Ordinal))
            || (method.ContainingType is not { Name: "Uri" or "WebUtility" or "HttpUtility" or "UrlEncoder" or "HtmlEncoder" or "TextEncoder" }
                && !IsOwnUrlEncode(method)))
        {
            return null;
        }

        // The first argument is the text (Encode(string) on an encoder instance, UrlEncode(string[, Encoding]) statically).
        return invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
    }

    // A code base's own URL encoder (Utilities.UrlEncode(string text)): one string in, the same value escaped out.
    private static bool IsOwnUrlEncode(IMethodSymbol method) =>
        method.Name == "UrlEncode" && method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_String;

    /// <summary>The value a <c>?.</c> reads from: the <c>a</c> of <c>a?.B</c> for the implicit receiver of <c>.B</c>.</summary>
    private static IOperation? AccessedBy(IConditionalAccessInstanceOperation instance)
    {
        IOperation child = instance;
        for (var parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
            {
                return access.Operation;
            }
        }

        return null;
    }

    /// <summary>The initializer of the local <paramref name="reference"/> reads, when it is declared with one in the same tree.</summary>
    public static IOperation? InitializerOf(ILocalReferenceOperation reference)
    {
        var declaration = reference.Local.DeclaringSyntaxReferences.FirstOrDefault();
        if (declaration is null || reference.SemanticModel is null || declaration.SyntaxTree != reference.Syntax.SyntaxTree)
        {
            return null;
        }

        return declaration.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
            ? reference.SemanticModel.GetOperation(initializer)
            : null;
    }

    /// <summary><c>configuration["Auth:ApiKey"]</c>, <c>section["ApiKey"]</c>.</summary>
    private static string? ConfigurationKeyOf(IPropertyReferenceOperation property, KnownSymbols symbols) =>
        property.Property.IsIndexer
        && symbols.IsConfiguration(property.Instance?.Type)
        && property.Arguments.Length == 1
        && property.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }
            ? key
            : null;

    /// <summary><c>Environment.GetEnvironmentVariable("X")</c>, <c>configuration.GetValue&lt;T&gt;("X")</c>, <c>GetSection("X").Value</c>, <c>GetConnectionString</c> is not a key lookup of a secret name.</summary>
    private static ValueOrigin? KeyLookupOf(IInvocationOperation invocation, KnownSymbols symbols)
    {
        var method = invocation.TargetMethod;
        var firstStringArgument = invocation.Arguments
            .Where(argument => argument.Parameter?.Type.SpecialType == SpecialType.System_String)
            .Select(argument => argument.Value.ConstantValue)
            .FirstOrDefault(constant => constant.HasValue && constant.Value is string);

        if (firstStringArgument.Value is not string key)
        {
            return null;
        }

        if (method.Name == "GetEnvironmentVariable" && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.Environment))
        {
            return new ValueOrigin(ValueOriginKind.EnvironmentVariable, key);
        }

        if (method.Name is "GetValue" or "GetSection" or "GetRequiredSection"
            && (SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.ConfigurationBinder)
                || symbols.IsConfiguration(method.ContainingType)
                || symbols.IsConfiguration(invocation.Instance?.Type)))
        {
            return new ValueOrigin(ValueOriginKind.ConfigurationKey, key);
        }

        return null;
    }
}
