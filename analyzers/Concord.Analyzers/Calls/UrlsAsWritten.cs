using System.Linq;
using System.Text;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// A call's URL the way its code names it, for messages: a constant gives its text, a member or local its name,
/// a configuration lookup its key, an interpolation or concatenation its text with the holes in braces. Unlike
/// <see cref="UrlTemplates"/> it does not look through members to their values: a message points at what the user
/// wrote (<c>AuthServiceUrl</c>), the template at what is requested (<c>http://auth/validate</c>).
/// </summary>
internal static class UrlsAsWritten
{
    private const int MaxUrlLength = 80;

    public static string? Of(IOperation? url, KnownSymbols symbols) => url is null ? null : Describe(url, symbols, embedded: false);

    private static string? Describe(IOperation url, KnownSymbols symbols, bool embedded)
    {
        url = ValueOrigins.Unwrap(url);
        if (url.ConstantValue is { HasValue: true, Value: { } constant })
        {
            return System.Convert.ToString(constant, System.Globalization.CultureInfo.InvariantCulture);
        }

        switch (url)
        {
            case IInterpolatedStringOperation interpolated:
                var text = new StringBuilder();
                foreach (var part in interpolated.Parts)
                {
                    text.Append(part switch
                    {
                        IInterpolatedStringTextOperation literal => literal.Text.ConstantValue.Value as string,
                        IInterpolationOperation hole => "{" + hole.Expression.Syntax + "}",
                        _ => string.Empty,
                    });
                }

                return text.ToString();
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                return Describe(concatenation.LeftOperand, symbols, embedded: true) + Describe(concatenation.RightOperand, symbols, embedded: true);
            case IObjectCreationOperation { Type.Name: "Uri" } uri:
                return string.Concat(uri.Arguments
                    .Where(a => a.Value.Type?.SpecialType == SpecialType.System_String || a.Value.Type?.Name == "Uri")
                    .Select(a => Describe(a.Value, symbols, embedded: uri.Arguments.Length > 1)));
        }

        var name = ValueOrigins.Trace(url, symbols).FirstOrDefault()?.Name;
        if (name is null)
        {
            var syntax = url.Syntax.ToString();
            name = syntax.Length <= MaxUrlLength ? syntax : null;
        }

        return name is null ? null : embedded ? "{" + name + "}" : name;
    }
}
