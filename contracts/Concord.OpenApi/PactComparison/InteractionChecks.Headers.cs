using Microsoft.OpenApi;

namespace Concord.OpenApi.PactComparison;

internal sealed partial class InteractionChecks
{
    /// <summary>
    /// Request headers that HTTP itself, the client library or the network describe, so an operation never
    /// documents them as parameters: content negotiation, body framing, connection and proxies, caching and
    /// conditional requests, who is asking, CORS preflight, trace context. <c>Authorization</c> is not here:
    /// it is left alone only where a security scheme of the operation reads it. <c>Cookie</c> is judged by
    /// the cookie parameters and schemes.
    /// </summary>
    internal static readonly IReadOnlySet<string> StandardRequestHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        // content negotiation
        "Accept", "Accept-Charset", "Accept-Datetime", "Accept-Encoding", "Accept-Language",

        // the body and how it travels
        "Content-Type", "Content-Length", "Content-Encoding", "Content-MD5", "Transfer-Encoding", "Expect",

        // connection, proxies, gateways
        "Host", "Connection", "Keep-Alive", "TE", "Upgrade", "Via", "Forwarded", "Max-Forwards", "Proxy-Authorization",
        "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto",

        // caching and conditional requests
        "Cache-Control", "Pragma", "If-Match", "If-None-Match", "If-Modified-Since", "If-Unmodified-Since", "If-Range", "Range",

        // who is asking, from where, when
        "User-Agent", "Referer", "Origin", "From", "Date", "Warning", "Cookie",

        // CORS preflight and W3C trace context, added by browsers and instrumentation
        "Access-Control-Request-Method", "Access-Control-Request-Headers", "traceparent", "tracestate",
    };

    /// <summary>
    /// CORD132: a header the request sends that the operation neither documents nor reads for security. An
    /// interaction that expects the request to be refused (4xx, 5xx) may send what the provider does not know on
    /// purpose, so it is not judged.
    /// </summary>
    private void CheckUnknownHeaders(PactRequest request, PactResponse response, SpecOperation operation)
    {
        if (response.Status >= 400)
        {
            return;
        }

        var documented = new HashSet<string>(
            operation.Parameters.Where(p => p.In == ParameterLocation.Header && p.Name is not null).Select(p => p.Name!),
            StringComparer.OrdinalIgnoreCase);
        // A document that describes no security at all is silent about credentials, not against them: an
        // Authorization header is then left alone (GitHub's published document is one such).
        if (document.Model.Components?.SecuritySchemes is not { Count: > 0 } && document.Model.Security is not { Count: > 0 })
        {
            documented.Add("Authorization");
        }

        var schemes = (operation.Operation.Security ?? document.Model.Security ?? []).SelectMany(r => r.Keys).ToList();
        foreach (var scheme in schemes)
        {
            if (scheme.Type == SecuritySchemeType.ApiKey && scheme.In == ParameterLocation.Header && scheme.Name is { } name)
            {
                documented.Add(name);
            }
            else if (scheme.Type is SecuritySchemeType.Http or SecuritySchemeType.OAuth2 or SecuritySchemeType.OpenIdConnect)
            {
                documented.Add("Authorization");
            }
        }

        foreach (var header in request.Headers.Names.Where(h => !documented.Contains(h) && !StandardRequestHeaders.Contains(h)))
        {
            var why = header.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
                ? "no security requirement of the operation reads it, so the provider may ignore the credential"
                : "the provider may ignore it (the consumer relies on something the document does not promise) or refuse it";
            Report(
                PactComparisonRules.RequestHeaderUnknown,
                $"request header '{header}' is not documented for {operation.Method} {operation.PathTemplate}; {why}",
                operation.Pointer,
                fix: "Stop sending it, or document it (a header parameter, or the security scheme that reads it).");
        }
    }
}
