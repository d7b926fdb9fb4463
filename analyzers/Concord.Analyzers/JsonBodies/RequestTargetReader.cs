using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.JsonBodies;

/// <summary>Finds the method and URL a JSON body is sent with, from the call or the request message that carries it.</summary>
internal static class RequestTargetReader
{
    private const int MaxUrlLength = 80;

    /// <summary><c>client.PostAsJsonAsync(url, body)</c>: the method is in the name, the URL is an argument.</summary>
    public static RequestTarget ForJsonExtension(IInvocationOperation invocation, KnownSymbols symbols)
    {
        var method = MethodFromName(invocation.TargetMethod.Name);
        var url = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri")?.Value;
        return Create(method, url, symbols);
    }

    /// <summary>A call of a method that forwards its body to <c>PostAsJsonAsync</c>: the send's method, and the caller's URL argument.</summary>
    public static RequestTarget ForForwarded(string sendMethod, IOperation? url, KnownSymbols symbols) =>
        Create(MethodFromName(sendMethod), url, symbols);

    /// <summary>
    /// An <c>HttpContent</c> built from a JSON body: passed to <c>PostAsync</c>/<c>PutAsync</c>/<c>PatchAsync</c>,
    /// assigned to <c>HttpRequestMessage.Content</c> (initializer or statement), or kept in a local that is.
    /// Null when the content goes somewhere that is not a request (a response message) or is not known to be one
    /// (an argument of any other method); <see cref="RequestTarget.Unknown"/> when a helper returns it to be sent.
    /// </summary>
    public static RequestTarget? ForContent(IOperation content, KnownSymbols symbols) => ForContent(content, symbols, followLocal: true);

    private static RequestTarget? ForContent(IOperation content, KnownSymbols symbols, bool followLocal)
    {
        var current = content;
        var parent = current.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            current = parent;
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IArgumentOperation { Parent: IInvocationOperation invocation }
                when invocation.TargetMethod.Name is "PostAsync" or "PutAsync" or "PatchAsync"
                    && KnownSymbols.IsOrDerivesFrom(invocation.TargetMethod.ContainingType, symbols.HttpClient):
                return Create(
                    MethodFromName(invocation.TargetMethod.Name),
                    invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri")?.Value,
                    symbols);

            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Content" } property } assignment
                when assignment.Value == current:
                if (!KnownSymbols.IsOrDerivesFrom(property.Property.ContainingType, symbols.HttpRequestMessage))
                {
                    return null;
                }

                return RequestMessageOf(property.Instance, assignment, symbols) is { } request
                    ? FromRequestMessage(request, symbols)
                    : RequestTarget.Unknown;

            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } when followLocal:
                return FromLocalUses(declarator.Symbol, content, symbols);

            // Built by a helper for its callers to send.
            case IReturnOperation:
                return RequestTarget.Unknown;

            // Handed to something else (a mock handler's Respond, a multipart builder, a call that does not bind): not known to be a request.
            default:
                return null;
        }
    }

    private static RequestTarget? FromLocalUses(ILocalSymbol local, IOperation anchor, KnownSymbols symbols)
    {
        var root = anchor;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var sent = false;
        foreach (var use in root.Descendants().OfType<ILocalReferenceOperation>())
        {
            if (!SymbolEqualityComparer.Default.Equals(use.Local, local))
            {
                continue;
            }

            if (ForContent(use, symbols, followLocal: false) is not { } target)
            {
                continue;
            }

            if (target.Method is not null || target.Url is not null)
            {
                return target;
            }

            sent = true;
        }

        return sent ? RequestTarget.Unknown : null;
    }

    /// <summary>The <c>new HttpRequestMessage(...)</c> whose Content is set: the object being initialized, or the local's initializer.</summary>
    private static IObjectCreationOperation? RequestMessageOf(IOperation? instance, IOperation assignment, KnownSymbols symbols)
    {
        IOperation? candidate = instance switch
        {
            IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } => assignment.Parent?.Parent,
            ILocalReferenceOperation local => ValueOrigins.InitializerOf(local) is { } initializer ? ValueOrigins.Unwrap(initializer) : null,
            _ => null,
        };

        return candidate is IObjectCreationOperation creation && KnownSymbols.IsOrDerivesFrom(creation.Type, symbols.HttpRequestMessage)
            ? creation
            : null;
    }

    private static RequestTarget FromRequestMessage(IObjectCreationOperation request, KnownSymbols symbols)
    {
        var method = request.Arguments.FirstOrDefault(a => a.Parameter?.Name == "method")?.Value;
        var url = request.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri")?.Value;
        foreach (var element in request.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (element is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                switch (property.Property.Name)
                {
                    case "Method":
                        method = assignment.Value;
                        break;
                    case "RequestUri":
                        url = assignment.Value;
                        break;
                }
            }
        }

        return Create(method is null ? null : MethodOf(method), url, symbols);
    }

    private static RequestTarget Create(string? method, IOperation? url, KnownSymbols symbols)
    {
        if (url is null)
        {
            return new RequestTarget(method, null, string.Empty);
        }

        var description = Describe(url, symbols, embedded: false);
        var text = description ?? string.Empty;
        if (ValueOrigins.Unwrap(url) is ILocalReferenceOperation local && ValueOrigins.InitializerOf(local) is { } initializer)
        {
            text += " " + Describe(initializer, symbols, embedded: false);
        }

        return new RequestTarget(method, description, text);
    }

    /// <summary><c>HttpMethod.Post</c> → POST, <c>new HttpMethod("PATCH")</c> → PATCH.</summary>
    private static string? MethodOf(IOperation method)
    {
        method = ValueOrigins.Unwrap(method);
        return method switch
        {
            IPropertyReferenceOperation { Property: { IsStatic: true, ContainingType.Name: "HttpMethod" } property } => property.Name.ToUpperInvariant(),
            IObjectCreationOperation { Type.Name: "HttpMethod", Arguments.Length: 1 } creation
                when creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string verb } => verb.ToUpperInvariant(),
            _ => null,
        };
    }

    private static string? MethodFromName(string name) =>
        name.StartsWith("Post", System.StringComparison.Ordinal) ? "POST"
        : name.StartsWith("Put", System.StringComparison.Ordinal) ? "PUT"
        : name.StartsWith("Patch", System.StringComparison.Ordinal) ? "PATCH"
        : null;

    /// <summary>
    /// The URL as written: a constant gives its text, a member or local its name, a configuration lookup its key,
    /// an interpolation or concatenation its text with the holes in braces.
    /// </summary>
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
