using System.Linq;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.JsonBodies;

/// <summary>
/// Finds the call a JSON body is sent with, from the call or the request message that carries it, and reads
/// its method and URL through the call model (<see cref="HttpCallReader"/>, <see cref="RequestMessages"/>).
/// </summary>
internal static class RequestTargetReader
{
    /// <summary><c>client.PostAsJsonAsync(url, body)</c>: the method is in the name, the URL is an argument.</summary>
    public static RequestTarget ForJsonExtension(IInvocationOperation invocation, CallSymbols symbols) =>
        HttpCallReader.Read(invocation, symbols) is { } call
            ? RequestTarget.Of(call)
            : RequestTarget.Of(HttpCallReader.Of(
                HttpCallReader.MethodFromName(invocation.TargetMethod.Name),
                invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri")?.Value,
                invocation,
                symbols));

    /// <summary>A call of a method that forwards its body to <c>PostAsJsonAsync</c>: the send's method, and the caller's URL argument.</summary>
    public static RequestTarget ForForwarded(string sendMethod, IOperation? url, IOperation anchor, CallSymbols symbols) =>
        RequestTarget.Of(HttpCallReader.Of(HttpCallReader.MethodFromName(sendMethod), url, anchor, symbols));

    /// <summary>
    /// An <c>HttpContent</c> built from a JSON body: passed to <c>PostAsync</c>/<c>PutAsync</c>/<c>PatchAsync</c>,
    /// assigned to <c>HttpRequestMessage.Content</c> (initializer or statement), or kept in a local that is.
    /// Null when the content goes somewhere that is not a request (a response message) or is not known to be one
    /// (an argument of any other method); <see cref="RequestTarget.Unknown"/> when a helper returns it to be sent.
    /// </summary>
    public static RequestTarget? ForContent(IOperation content, CallSymbols symbols) => ForContent(content, symbols, followLocal: true);

    private static RequestTarget? ForContent(IOperation content, CallSymbols symbols, bool followLocal)
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
                    && symbols.IsHttpClient(invocation.TargetMethod.ContainingType):
                return HttpCallReader.Read(invocation, symbols) is { } call ? RequestTarget.Of(call) : RequestTarget.Unknown;

            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Content" } property } assignment
                when assignment.Value == current:
                if (!KnownSymbols.IsOrDerivesFrom(property.Property.ContainingType, symbols.HttpRequestMessage))
                {
                    return null;
                }

                return RequestMessageOf(property.Instance, assignment, symbols) is { } request
                    ? RequestTarget.Of(HttpCallReader.Of(request, assignment, symbols))
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

    private static RequestTarget? FromLocalUses(ILocalSymbol local, IOperation anchor, CallSymbols symbols)
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

    /// <summary>The request message whose Content is set: the object being initialized, or the local that holds it.</summary>
    private static RequestMessage? RequestMessageOf(IOperation? instance, IOperation assignment, CallSymbols symbols)
    {
        switch (instance)
        {
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
                when assignment.Parent?.Parent is IObjectCreationOperation creation && KnownSymbols.IsOrDerivesFrom(creation.Type, symbols.HttpRequestMessage):
                return RequestMessages.Read(creation, holder: null);
            case ILocalReferenceOperation local
                when ValueOrigins.InitializerOf(local) is { } initializer
                    && ValueOrigins.Unwrap(initializer) is IObjectCreationOperation created
                    && KnownSymbols.IsOrDerivesFrom(created.Type, symbols.HttpRequestMessage):
                return RequestMessages.Read(created, local);
            case ILocalReferenceOperation local
                when ValueOrigins.InitializerOf(local) is { } initializer && ValueOrigins.Unwrap(initializer) is IInvocationOperation helper:
                return RequestMessages.MadeBy(helper, symbols.HttpRequestMessage, local);
            default:
                return null;
        }
    }
}
