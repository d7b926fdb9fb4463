using System.Linq;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// Where a base address comes from: <c>new Uri(config["Orders:BaseUrl"]!)</c>, <c>GetValue&lt;string&gt;("Orders:BaseUrl")</c>,
/// <c>GetSection("Orders")["BaseUrl"]</c>, <c>GetConnectionString("orders")</c>, an environment variable, or a
/// literal (including Aspire's service-discovery forms <c>https+http://orders</c>), with any <c>??</c> fallback.
/// </summary>
internal static class BaseAddressOrigins
{
    private const int MaxDepth = 6;

    public static BaseAddressOrigin Of(IOperation? value, CallSymbols symbols) => Of(value, symbols, depth: 0);

    private static BaseAddressOrigin Of(IOperation? value, CallSymbols symbols, int depth)
    {
        if (value is null || depth > MaxDepth)
        {
            return BaseAddressOrigin.Unknown;
        }

        value = ValueOrigins.Unwrap(value);
        if (value.ConstantValue is { HasValue: true, Value: string literal })
        {
            return new BaseAddressOrigin(BaseAddressSource.Literal, string.Empty, literal);
        }

        switch (value)
        {
            case IObjectCreationOperation creation when symbols.IsUri(creation.Type):
                return Of(creation.Arguments.FirstOrDefault(a => a.Value.Type?.SpecialType == SpecialType.System_String)?.Value, symbols, depth + 1);

            case ICoalesceOperation coalesce:
                var origin = Of(coalesce.Value, symbols, depth + 1);
                var fallback = Of(coalesce.WhenNull, symbols, depth + 1);
                if (origin.Source == BaseAddressSource.Unknown)
                {
                    return fallback;
                }

                return origin.Address.Length == 0 && fallback.Source == BaseAddressSource.Literal ? origin.WithAddress(fallback.Address) : origin;

            case ILocalReferenceOperation local:
                return Of(SingleAssignments.ValueOf(local), symbols, depth + 1);

            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer
                when symbols.Known.IsConfiguration(indexer.Instance?.Type) && ConstantKey(indexer.Arguments.FirstOrDefault()?.Value) is { } key:
                return Configuration(Prefix(indexer.Instance, symbols) + key);

            case IPropertyReferenceOperation { Property.Name: "Value" } sectionValue
                when symbols.Known.IsConfiguration(sectionValue.Instance?.Type) && SectionPath(sectionValue.Instance, symbols) is { } path:
                return Configuration(path);

            case IInvocationOperation invocation:
                return OfInvocation(invocation, symbols, depth);

            case IInterpolatedStringOperation or IBinaryOperation:
                // $"{config["Orders:Host"]}/api": the first part with an origin decides.
                foreach (var part in value.Descendants())
                {
                    if (part is IPropertyReferenceOperation or IInvocationOperation && Of(part, symbols, depth + 1) is { Source: not BaseAddressSource.Unknown } inner)
                    {
                        return inner.WithAddress(string.Empty);
                    }
                }

                return BaseAddressOrigin.Unknown;

            default:
                return BaseAddressOrigin.Unknown;
        }
    }

    private static BaseAddressOrigin OfInvocation(IInvocationOperation invocation, CallSymbols symbols, int depth)
    {
        var method = invocation.TargetMethod;
        var receiver = method.IsExtensionMethod || method.IsStatic ? invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value : invocation.Instance;
        switch (method.Name)
        {
            case "GetEnvironmentVariable" when SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.Known.Environment)
                && ConstantKey(invocation.Arguments.FirstOrDefault()?.Value) is { } variable:
                return new BaseAddressOrigin(BaseAddressSource.Environment, variable, string.Empty);

            case "GetValue" when symbols.Known.IsConfiguration(receiver is null ? null : ValueOrigins.Unwrap(receiver).Type)
                && ConstantKey(invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "key")?.Value) is { } key:
                var fallback = Of(invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "defaultValue" && !a.IsImplicit)?.Value, symbols, depth + 1);
                return Configuration(Prefix(receiver, symbols) + key)
                    .WithAddress(fallback.Source == BaseAddressSource.Literal ? fallback.Address : string.Empty);

            case "GetConnectionString" when ConstantKey(invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "name")?.Value) is { } name:
                return Configuration("ConnectionStrings:" + name);

            default:
                // A helper in the same compilation: client.BaseAddress = AuthClient.BaseAddressFrom(configuration).
                return SourceMethods.ReturnedValue(invocation) is { } returned ? Of(returned, symbols, depth + 1) : BaseAddressOrigin.Unknown;
        }
    }

    private static BaseAddressOrigin Configuration(string key) => new(BaseAddressSource.Configuration, key, string.Empty);

    private static string? ConstantKey(IOperation? operation) => operation?.ConstantValue is { HasValue: true, Value: string key } ? key : null;

    /// <summary><c>config.GetSection("Orders")</c> as a receiver: "Orders:"; the configuration root: "".</summary>
    private static string Prefix(IOperation? receiver, CallSymbols symbols) =>
        SectionPath(receiver, symbols) is { } path ? path + ":" : string.Empty;

    /// <summary>The full key of a section: <c>config.GetSection("A").GetSection("B")</c> → "A:B"; null when not a section lookup.</summary>
    private static string? SectionPath(IOperation? section, CallSymbols symbols, int depth = 0)
    {
        if (section is null || depth > MaxDepth)
        {
            return null;
        }

        section = ValueOrigins.Unwrap(section);
        if (section is ILocalReferenceOperation local)
        {
            return SectionPath(SingleAssignments.ValueOf(local), symbols, depth + 1);
        }

        if (section is not IInvocationOperation { TargetMethod.Name: "GetSection" or "GetRequiredSection" } invocation)
        {
            return null;
        }

        var method = invocation.TargetMethod;
        var receiver = method.IsExtensionMethod || method.IsStatic ? invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value : invocation.Instance;
        if (ConstantKey(invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "key")?.Value) is not { } key)
        {
            return null;
        }

        return SectionPath(receiver, symbols, depth + 1) is { } parent ? parent + ":" + key : key;
    }
}
