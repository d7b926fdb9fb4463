using System.Linq;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// Reads an <see cref="HttpCall"/> from an invocation of HttpClient's send methods
/// (<c>GetAsync</c> … <c>SendAsync</c>, <c>GetStringAsync</c>, …) or of the JSON extensions
/// (<c>GetFromJsonAsync</c>, <c>PostAsJsonAsync</c>, …).
/// </summary>
internal static class HttpCallReader
{
    /// <summary>Cheap first test, before any symbol is looked at.</summary>
    public static bool IsCandidateName(string name) => name switch
    {
        "GetAsync" or "PostAsync" or "PutAsync" or "PatchAsync" or "DeleteAsync" or "SendAsync"
            or "GetStringAsync" or "GetStreamAsync" or "GetByteArrayAsync"
            or "GetFromJsonAsync" or "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync"
            or "DeleteFromJsonAsync" or "GetFromJsonAsAsyncEnumerable" => true,
        _ => false,
    };

    public static HttpCall? Read(IInvocationOperation invocation, CallSymbols symbols)
    {
        var method = invocation.TargetMethod;
        if (!IsCandidateName(method.Name))
        {
            return null;
        }

        IOperation? client;
        if (symbols.HttpClientJsonExtensions is not null
            && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.HttpClientJsonExtensions))
        {
            client = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
            if (!symbols.IsHttpClient(client is null ? null : ValueOrigins.Unwrap(client).Type))
            {
                return null;
            }
        }
        else if (symbols.IsHttpClient(method.ContainingType))
        {
            client = invocation.Instance;
        }
        else
        {
            return null;
        }

        var identity = ClientIdentities.Of(client, symbols);
        if (method.Name == "SendAsync")
        {
            return FromRequestMessage(invocation, identity, symbols);
        }

        var url = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri" && !a.IsImplicit)?.Value;
        return Create(MethodFromName(method.Name), url, identity, invocation, symbols, send: invocation);
    }

    /// <summary><c>GetFromJsonAsync</c> → GET, <c>PostAsJsonAsync</c> → POST, <c>DeleteFromJsonAsync</c> → DELETE.</summary>
    public static string? MethodFromName(string name) =>
        name.StartsWith("Get", System.StringComparison.Ordinal) ? "GET"
        : name.StartsWith("Post", System.StringComparison.Ordinal) ? "POST"
        : name.StartsWith("Put", System.StringComparison.Ordinal) ? "PUT"
        : name.StartsWith("Patch", System.StringComparison.Ordinal) ? "PATCH"
        : name.StartsWith("Delete", System.StringComparison.Ordinal) ? "DELETE"
        : null;

    /// <summary><c>HttpMethod.Post</c> → POST, <c>new HttpMethod("PATCH")</c> → PATCH, <c>HttpMethod.Parse("get")</c> → GET.</summary>
    public static string? MethodOf(IOperation? method)
    {
        if (method is null)
        {
            return null;
        }

        method = ValueOrigins.Unwrap(method);
        return method switch
        {
            IPropertyReferenceOperation { Property: { IsStatic: true, ContainingType.Name: "HttpMethod" } property } => property.Name.ToUpperInvariant(),
            IObjectCreationOperation { Type.Name: "HttpMethod", Arguments.Length: 1 } creation
                when creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string verb } => verb.ToUpperInvariant(),
            IInvocationOperation { TargetMethod: { Name: "Parse", ContainingType.Name: "HttpMethod" }, Arguments.Length: 1 } parse
                when parse.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string parsed } => parsed.ToUpperInvariant(),
            _ => null,
        };
    }

    /// <summary>
    /// A call whose method and URL expression are known but not its client: a request message whose content is set,
    /// a wrapper of the compilation that forwards its arguments to a send.
    /// </summary>
    public static HttpCall Of(string? method, IOperation? url, IOperation anchor, CallSymbols symbols) =>
        Create(method, url, ClientIdentity.Unknown, anchor, symbols);

    /// <summary>The call a request message makes when it is sent.</summary>
    public static HttpCall Of(RequestMessage request, IOperation anchor, CallSymbols symbols) =>
        Create(MethodOf(request.Method), request.Url, ClientIdentity.Unknown, anchor, symbols);

    /// <summary>The call, with what it sends read on demand: the URL's query, and for a send the headers and body around it.</summary>
    private static HttpCall Create(string? method, IOperation? url, ClientIdentity client, IOperation fallbackAnchor, CallSymbols symbols, IInvocationOperation? send = null)
    {
        var location = (url?.Syntax ?? fallbackAnchor.Syntax).GetLocation();
        return new HttpCall(
            method,
            UrlTemplates.Of(url, symbols),
            client,
            location,
            UrlsAsWritten.Of(url, symbols.Known),
            query: () => CallQueryReader.OfUrl(url, symbols),
            headers: send is null ? null : () => CallHeaderReader.OfSend(send, client, symbols),
            body: send is null ? null : () => CallBodyReader.Of(send, symbols),
            url: url);
    }

    /// <summary>
    /// <c>SendAsync(request)</c>: the method and URL of the <c>new HttpRequestMessage(…)</c> sent, given in the
    /// constructor, an object initializer, or assignments to the local that holds it.
    /// </summary>
    private static HttpCall FromRequestMessage(IInvocationOperation send, ClientIdentity client, CallSymbols symbols)
    {
        var request = send.Arguments.FirstOrDefault(a => a.Parameter?.Name == "request")?.Value;
        return RequestMessages.Of(request, symbols.HttpRequestMessage) is { } message
            ? Create(MethodOf(message.Method), message.Url, client, send, symbols, send)
            : Create(null, null, client, send, symbols, send);
    }
}
