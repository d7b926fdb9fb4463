using Concord.Cli.Systems;
using Concord.Core.Findings;

namespace Concord.Cli.Check;

/// <summary>
/// What the analyzers' call model saw in a project, read back from its build's SARIF log: the HTTP calls it
/// makes (CORD090) and how its HTTP clients get their base addresses (CORD091). The properties are documented
/// on the two rules' pages; this is the only reader of them.
/// </summary>
internal sealed record HttpInventory(IReadOnlyList<HttpCallSite> Calls, IReadOnlyList<ClientRegistration> Registrations)
{
    public const string CallRule = "CORD090";
    public const string RegistrationRule = "CORD091";

    public static HttpInventory Empty { get; } = new([], []);

    public bool IsEmpty => Calls.Count == 0 && Registrations.Count == 0;

    public static bool IsInventory(string ruleId) => ruleId is CallRule or RegistrationRule;

    public static HttpInventory From(IEnumerable<CodeDiagnostic> diagnostics)
    {
        var calls = new List<HttpCallSite>();
        var registrations = new List<ClientRegistration>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Finding.Location is not SourceLocation where)
            {
                continue;
            }

            if (diagnostic.Finding.RuleId == CallRule && diagnostic.Property("Route") is { } route)
            {
                calls.Add(new HttpCallSite(diagnostic.Property("Method"), route, diagnostic.Property("Client") ?? "", where));
            }
            else if (diagnostic.Finding.RuleId == RegistrationRule)
            {
                registrations.Add(new ClientRegistration(
                    diagnostic.Property("Client") ?? "",
                    diagnostic.Property("BaseAddressKey"),
                    diagnostic.Property("BaseAddressSource") ?? "unknown",
                    diagnostic.Property("BaseAddress"),
                    where));
            }
        }

        return new HttpInventory(calls, registrations);
    }
}

/// <summary>One HTTP call in a consumer's code: method (when known), the URL template as written, its client, and where.</summary>
internal sealed record HttpCallSite(string? Method, string Route, string Client, SourceLocation Where)
{
    /// <summary>The path part of the route: an absolute URL's path, without query or fragment.</summary>
    public string Path
    {
        get
        {
            var route = Route;
            if (Absolute is { } absolute)
            {
                route = Uri.UnescapeDataString(absolute.AbsolutePath);
            }

            var cut = route.IndexOfAny(['?', '#']);
            route = cut >= 0 ? route[..cut] : route;
            return route.StartsWith('/') ? route : "/" + route;
        }
    }

    /// <summary>
    /// The host:port an absolute route names, or null for a relative one. Aspire's service-discovery schemes
    /// (<c>https+http://orders/…</c>: either, https preferred) read as plain http, so the host names the service.
    /// </summary>
    public Uri? Absolute =>
        Uri.TryCreate(ServiceDiscoveryUrls.AsHttp(Route), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}

/// <summary>
/// How an HTTP client gets its base address: a configuration key or environment variable (<see cref="Key"/>), or
/// a literal address (<see cref="Address"/>, also the fallback when a key is unset).
/// </summary>
internal sealed record ClientRegistration(string Client, string? Key, string Source, string? Address, SourceLocation Where);
