using System.Text;
using System.Text.RegularExpressions;

namespace Concord.Core.Findings;

/// <summary>
/// What a finding is evidence of: two sides of the system that disagree, and what about. Lenses that
/// see the same disagreement (drift finds a route the provider does not serve, the pact fails on it,
/// the analyzers see the call) give their findings equal <see cref="Disagreement"/> values, and every
/// report lists those findings as one entry with each lens's evidence.
/// </summary>
/// <param name="Consumer">The calling side, as the system names the service (e.g. <c>gateway</c>).</param>
/// <param name="Provider">The called side (e.g. <c>orders</c>).</param>
/// <param name="Subject">
/// What they disagree about, one line; e.g. <c>GET /orders/{id}</c> (see <see cref="ForRoute"/>),
/// <c>credential</c>, <c>base address</c>. Findings group only when consumer, provider and subject are
/// equal (ordinal), so producers build subjects the same way.
/// </param>
public sealed partial record Disagreement(string Consumer, string Provider, string Subject)
{
    /// <summary>One line for humans: <c>gateway → orders: GET /orders/{id}</c>.</summary>
    public string Display => $"{Consumer} → {Provider}: {Subject}";

    /// <summary>
    /// A disagreement about one route, with a subject every lens builds alike from what it knows: the
    /// method upper-cased; the path without scheme, host, query or trailing slash; each template
    /// parameter written <c>{name}</c> without its ASP.NET route constraint (<c>{id:int}</c> → <c>{id}</c>).
    /// </summary>
    public static Disagreement ForRoute(string consumer, string provider, string method, string route)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(route);
        return new Disagreement(consumer, provider, $"{method.Trim().ToUpperInvariant()} {NormalizeRoute(route)}");
    }

    /// <summary>The route as <see cref="ForRoute"/> writes it, e.g. <c>https://h/orders/{id:int}/?x=1</c> → <c>/orders/{id}</c>.</summary>
    public static string NormalizeRoute(string route)
    {
        ArgumentNullException.ThrowIfNull(route);
        // Not System.Uri: it would escape the braces of a template ({id} -> %7Bid%7D).
        // Parameters first: {id?} holds a '?' that does not start a query.
        var path = Parameter().Replace(SchemeAndHost().Replace(route.Trim(), string.Empty), match => "{" + match.Groups["name"].Value + "}");
        var end = path.IndexOfAny(['?', '#']);
        if (end >= 0)
        {
            path = path[..end];
        }

        var normalized = new StringBuilder("/");
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (normalized.Length > 1)
            {
                normalized.Append('/');
            }

            normalized.Append(segment);
        }

        return normalized.ToString();
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*")]
    private static partial Regex SchemeAndHost();

    // {id}, {id:int}, {*path}, {**rest}, {id?}: the name is what the route calls the parameter.
    [GeneratedRegex(@"\{\**(?<name>[^{}:=?]*)[^{}]*\}")]
    private static partial Regex Parameter();
}
