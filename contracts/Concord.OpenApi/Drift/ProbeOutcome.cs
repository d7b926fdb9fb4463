namespace Concord.OpenApi.Drift;

/// <summary>What a live service answered to one request of a probe.</summary>
/// <param name="Method">The HTTP method sent.</param>
/// <param name="Url">The absolute URL requested.</param>
/// <param name="Status">The status code answered.</param>
/// <param name="HasBody">Whether the answer had a body: an unknown route answers 404 with none, a missing resource usually with one.</param>
public sealed record ProbeOutcome(string Method, Uri Url, int Status, bool HasBody)
{
    /// <summary>Whether the answer says the route itself is not served (404 without a body the operation documents, or 405).</summary>
    public bool RouteNotServed(bool notFoundDocumented) => Status == 405 || (Status == 404 && !(HasBody && notFoundDocumented));
}
