using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Credentials;

/// <summary>
/// Providers known to read their key from the request body only, with no header alternative: there the key cannot
/// move, and CORD001's advice to send it in the Authorization header would not be true. Kept short on purpose, like
/// <see cref="QueryKeyProviders"/> beside it: a provider that also reads a header is not listed, and each entry says
/// where its behaviour is documented. Known the same way: by the URL's host, or, for a product each user runs
/// themselves, by the names of the types and namespaces around the code (<see cref="ProviderClues"/>).
/// </summary>
internal static class BodyKeyProviders
{
    // Each entry: the provider's hosts (none when each user runs their own), the body member it reads the key from,
    // and the names code gives the provider (a run of words, as IdentifierWords splits them).
    private static readonly (string[] HostSuffixes, string Member, string[] Names, string Provider)[] Providers =
    {
        // LibreTranslate's server takes 'api_key' from the JSON body (or the form values) of /translate, /detect and
        // its other calls, and reads no header for it. The public instance has a host of its own; every other
        // instance is self-hosted, so the code is also known by its name.
        (new[] { "libretranslate.com" }, "api_key", Array.Empty<string>(), "LibreTranslate"),
        (Array.Empty<string>(), "api_key", new[] { "libre translate" }, "LibreTranslate"),
        // Inara's API (inara.cz/inapi) takes a JSON body whose 'header' object identifies the user and the
        // application, the user's 'APIkey' among them; no request header is read.
        (new[] { "inara.cz" }, "APIkey", new[] { "inara" }, "Inara"),
    };

    /// <summary>The provider that reads its key from the body member <paramref name="member"/> and nowhere else, or null.</summary>
    public static string? Requiring(string member, ProviderClues clues) => clues.FirstAddressed(Providers, member);

    /// <summary>
    /// The clues for a body sent to <paramref name="urlText"/> from <paramref name="containingSymbol"/>: the URL's own
    /// host, else the hosts of the absolute URLs written in the type that sends it (a client keeps its provider's
    /// address in a constant), and the names around the code.
    /// </summary>
    public static ProviderClues CluesFor(string urlText, ISymbol? containingSymbol, System.Threading.CancellationToken cancellationToken)
    {
        IReadOnlyList<string> hosts = ProviderClues.HostOf(urlText) is { } host
            ? new[] { host }
            : containingSymbol?.ContainingType is { } type ? ProviderClues.HostsWrittenIn(type, cancellationToken) : Array.Empty<string>();
        return ProviderClues.Of(hosts, containingSymbol);
    }
}
