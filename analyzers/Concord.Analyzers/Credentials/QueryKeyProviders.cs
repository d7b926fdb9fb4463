using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Credentials;

/// <summary>
/// Providers known to read their key from the query string only, with no header alternative: there the key
/// cannot move, and "send it in the Authorization header" would not be true. Kept short on purpose: a provider
/// that also reads a header (TMDb's read-access token, Google's <c>X-Goog-Api-Key</c>, the *arr apps' <c>X-Api-Key</c>)
/// is not listed, since moving the key is then a real fix. Any other provider is covered by its document.
/// </summary>
internal static class QueryKeyProviders
{
    private static readonly (string HostSuffix, string Parameter, string Provider)[] Hosts =
    {
        ("omdbapi.com", "apikey", "OMDb"),
        ("openweathermap.org", "appid", "OpenWeatherMap"),
        ("audioscrobbler.com", "api_key", "Last.fm"),
    };

    // The Newznab and Torznab indexer protocols define 'apikey' as a query parameter; the indexer's host is
    // configured by the user, so the protocol is recognised by the code that speaks it: a type or namespace
    // named for the protocol, or a type named for an NZB indexer (DogNzbApi). A namespace named Nzb… is not
    // enough: whole products are (NzbDrone), and they speak other protocols too.
    private static readonly string[] ProtocolWords = { "newznab", "torznab" };

    /// <summary>The provider or protocol that requires the key in the query parameter <paramref name="parameter"/>, or null.</summary>
    public static string? Requiring(string parameter, string? urlText, ISymbol? containingSymbol)
    {
        if (Host(urlText) is { } host)
        {
            foreach (var (suffix, name, provider) in Hosts)
            {
                if (string.Equals(parameter, name, StringComparison.OrdinalIgnoreCase)
                    && (string.Equals(host, suffix, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase)))
                {
                    return provider;
                }
            }
        }

        if (string.Equals(parameter, "apikey", StringComparison.OrdinalIgnoreCase) && SpeaksIndexerProtocol(containingSymbol))
        {
            return "the Newznab/Torznab protocol";
        }

        return null;
    }

    private static bool SpeaksIndexerProtocol(ISymbol? symbol)
    {
        for (var current = symbol; current is not null && current is not INamespaceSymbol { IsGlobalNamespace: true }; current = current.ContainingSymbol)
        {
            var words = IdentifierWords.Split(current.Name);
            if (current is INamedTypeSymbol or INamespaceSymbol && words.Any(word => Array.IndexOf(ProtocolWords, word) >= 0))
            {
                return true;
            }

            if (current is INamedTypeSymbol && words.Contains("nzb"))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Host(string? url) => Calls.Providers.DocumentedQueryKeys.HostOf(url);
}
