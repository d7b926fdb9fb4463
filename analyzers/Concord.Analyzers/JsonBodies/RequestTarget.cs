using System.Collections.Immutable;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Rules;

namespace Concord.Analyzers.JsonBodies;

/// <summary>Where a JSON body goes, as far as the call model shows it: the HTTP method and the URL.</summary>
internal sealed class RequestTarget
{
    public static RequestTarget Unknown { get; } = new(method: null, url: null, route: null);

    private RequestTarget(string? method, string? url, string? route)
    {
        Method = method;
        Url = url;
        UrlText = (url + " " + route).Trim();
    }

    /// <summary>"POST", "PUT", "PATCH", or null when the method is not visible.</summary>
    public string? Method { get; }

    /// <summary>The URL as the code writes it: a literal path, a member or configuration key name, an interpolation with its holes.</summary>
    public string? Url { get; }

    /// <summary>Everything known about the URL (as written, and its template), for recognising sign-in and token endpoints.</summary>
    public string UrlText { get; }

    /// <summary>
    /// The method and URL as diagnostic properties, so tools that read the diagnostic (a SARIF log,
    /// <c>concord check</c>) can find the operation it concerns without parsing the message.
    /// </summary>
    public ImmutableDictionary<string, string?> Properties => ImmutableDictionary<string, string?>.Empty
        .Add(CredentialInJsonBodyAnalyzer.HttpMethodProperty, Method)
        .Add(CredentialInJsonBodyAnalyzer.RequestUrlProperty, Url);

    /// <summary>The target of a call the model read.</summary>
    public static RequestTarget Of(HttpCall call) => new(call.Method, call.UrlAsWritten, call.Route);

    /// <summary>"POST to 'AuthServiceUrl'", "a POST request", "a request to '/keys/validate'", "a request".</summary>
    public string Describe() => (Method, Url) switch
    {
        ({ } method, { } url) => $"{method} to '{url}'",
        ({ } method, null) => $"a {method} request",
        (null, { } url) => $"a request to '{url}'",
        _ => "a request",
    };
}
