namespace Concord.OpenApi.Drift;

/// <summary>The drift rule ids (CORD400–CORD499). Each is stable once shipped and has a page in contracts/docs.</summary>
public static class DriftRules
{
    /// <summary>A consumer's code calls a route its provider does not serve: not in the document, or answering 404/405 live.</summary>
    public const string CalledRouteNotServed = "CORD400";

    /// <summary>A route the committed document lists answers 404 or 405 on the running service.</summary>
    public const string DocumentedRouteNotLive = "CORD401";

    /// <summary>The running service does not serve its OpenAPI document, or serves one that cannot be read.</summary>
    public const string DocumentNotServed = "CORD402";
}
