namespace Concord.OpenApi.Drift;

/// <summary>What a live service answered to one request of a probe.</summary>
/// <param name="Method">The HTTP method sent.</param>
/// <param name="Url">The absolute URL requested.</param>
/// <param name="Status">The status code answered.</param>
/// <param name="HasBody">Whether the answer had a body: routing answers an unknown route with 404 and none.</param>
/// <param name="ContentType">The answer's media type (e.g. <c>application/problem+json</c>), when it had one.</param>
/// <param name="Allow">The <c>Allow</c> header of a 405: the methods the path is served for.</param>
/// <param name="Answer">
/// The answer reduced to what does not change from request to request (status, media type, body without trace ids
/// or the requested path): two requests routing answered alike have the same <see cref="Answer"/>.
/// </param>
public sealed record ProbeOutcome(string Method, Uri Url, int Status, bool HasBody, string? ContentType = null, string? Allow = null, string? Answer = null)
{
    /// <summary>Whether the answer says the route itself is not served (404 without a body the operation documents, or 405).</summary>
    public bool RouteNotServed(bool notFoundDocumented) => Status == 405 || (Status == 404 && !(HasBody && notFoundDocumented));

    /// <summary>Whether the body is JSON (<c>application/json</c>, <c>application/problem+json</c>, any <c>+json</c>).</summary>
    public bool HasJsonBody => HasBody && ContentType is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>"404 with an empty body", "404 (application/problem+json)", "405 (Allow: GET)": the answer as a message quotes it.</summary>
    public string Describe() =>
        Status == 405 && Allow is { Length: > 0 } allow ? $"405 (Allow: {allow})"
        : !HasBody ? $"{Status} with an empty body"
        : ContentType is { } type ? $"{Status} ({type})"
        : $"{Status}";
}
