using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Calls;

/// <summary>One outbound HTTP call as the code writes it: method, URL template and client.</summary>
internal sealed class HttpCall
{
    public HttpCall(string? method, string? route, ClientIdentity client, Location location, string? urlAsWritten = null)
    {
        Method = method;
        Route = route;
        UrlAsWritten = urlAsWritten;
        Client = client;
        Location = location;
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

    /// <summary>The URL argument, the Refit attribute, or the invocation when there is no URL argument.</summary>
    public Location Location { get; }

    /// <summary>"GET /orders/{id} through Shop.OrdersClient".</summary>
    public string Describe() =>
        $"{Method ?? "A request with a method not known at compile time"} {Route ?? "to a URL not known at compile time"} through {Client.Describe()}";
}
