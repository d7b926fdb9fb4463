using System;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Calls;

/// <summary>
/// One outbound HTTP call as the code writes it: method, URL template and client, and what it sends (query,
/// headers, body). What it sends is read only when a rule asks (analyzers run on every keystroke, and most
/// rules need only the route), and then once.
/// </summary>
internal sealed class HttpCall
{
    private readonly Lazy<CallQuery> _query;
    private readonly Lazy<CallHeaders> _headers;
    private readonly Lazy<CallBody> _body;

    public HttpCall(
        string? method,
        string? route,
        ClientIdentity client,
        Location location,
        string? urlAsWritten = null,
        Func<CallQuery>? query = null,
        Func<CallHeaders>? headers = null,
        Func<CallBody>? body = null,
        IOperation? url = null)
    {
        _query = new Lazy<CallQuery>(query ?? (() => CallQuery.Unknown));
        _headers = new Lazy<CallHeaders>(headers ?? (() => CallHeaders.None));
        _body = new Lazy<CallBody>(body ?? (() => CallBody.None));
        Method = method;
        Route = route;
        UrlAsWritten = urlAsWritten;
        Client = client;
        Location = location;
        Url = url;
    }

    /// <summary>Upper-case HTTP method, or null when the code does not show it.</summary>
    public string? Method { get; }

    /// <summary>
    /// The URL template as written (<c>/orders/{id}</c>, <c>http://host/x?page={page}</c>): literal text kept,
    /// each computed part a <c>{name}</c> hole; null when nothing of the URL is known at compile time.
    /// </summary>
    public string? Route { get; }

    /// <summary>The URL the way the code names it (<c>AuthServiceUrl</c>, <c>Registry:Url</c>), for messages; see <see cref="UrlsAsWritten"/>.</summary>
    public string? UrlAsWritten { get; }

    public ClientIdentity Client { get; }

    /// <summary>The URL expression the call sends, when the code gives one (not for Refit's attribute routes).</summary>
    public IOperation? Url { get; }

    /// <summary>The URL argument, the Refit attribute, or the invocation when there is no URL argument.</summary>
    public Location Location { get; }

    /// <summary>The query parameters the call sends (<see cref="CallQueryReader"/>).</summary>
    public CallQuery Query => _query.Value;

    /// <summary>The headers the call's own code sets (<see cref="CallHeaderReader"/>); its registration's are added by <c>CompilationCalls</c>.</summary>
    public CallHeaders Headers => _headers.Value;

    /// <summary>The JSON body the call sends (<see cref="CallBodyReader"/>).</summary>
    public CallBody Body => _body.Value;

    /// <summary>"GET /orders/{id} through Shop.OrdersClient".</summary>
    public string Describe() =>
        $"{Method ?? "A request with a method not known at compile time"} {Route ?? "to a URL not known at compile time"} through {Client.Describe()}";
}
