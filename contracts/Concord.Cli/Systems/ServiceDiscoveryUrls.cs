namespace Concord.Cli.Systems;

/// <summary>
/// Aspire's service-discovery schemes: <c>https+http://orders/…</c> (either, https preferred) and
/// <c>http+https://…</c>. Read as plain http, the host is the service's name.
/// </summary>
internal static class ServiceDiscoveryUrls
{
    /// <summary>The URL with a service-discovery scheme replaced by <c>http://</c>; any other text unchanged.</summary>
    public static string AsHttp(string url) =>
        url.StartsWith("https+http://", StringComparison.Ordinal) || url.StartsWith("http+https://", StringComparison.Ordinal)
            ? "http://" + url["https+http://".Length..]
            : url;
}
