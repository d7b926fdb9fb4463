using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Credentials;

/// <summary>
/// Providers known to read their key from the query string only, with no header alternative: there the key
/// cannot move, and advice to send it in a header would not be true. Kept short on purpose: a provider that also
/// reads a header (TMDb's read-access token, Google's <c>X-Goog-Api-Key</c>, the *arr apps' <c>X-Api-Key</c>) is
/// not listed, since moving the key is then a real fix (<see cref="QueryKeyAdvice"/> says where). Any other
/// provider is covered by its document.
/// </summary>
internal static class QueryKeyProviders
{
    // Each entry: the provider's hosts (none when each user runs their own), the parameter it reads, and the names
    // code gives the provider (a run of words, as IdentifierWords splits them), since a client often keeps the host
    // in a configured setting.
    private static readonly (string[] HostSuffixes, string Parameter, string[] Names, string Provider)[] Providers =
    {
        // OMDb's API page documents one way to authenticate: the 'apikey' query parameter on every request.
        (new[] { "omdbapi.com" }, "apikey", new[] { "omdb" }, "OMDb"),
        // OpenWeatherMap's API documents the key as the 'appid' query parameter of every call, and no header.
        (new[] { "openweathermap.org" }, "appid", new[] { "open weather map" }, "OpenWeatherMap"),
        // Last.fm's API (served from ws.audioscrobbler.com) takes 'api_key' as a parameter of every method call.
        (new[] { "audioscrobbler.com" }, "api_key", new[] { "last fm" }, "Last.fm"),
        // osu!'s API v1 takes the key as the 'k' parameter of every request; only its OAuth-based v2 moves it.
        (new[] { "osu.ppy.sh" }, "k", new[] { "osu" }, "osu! API v1"),
        // TimeZoneDB's API documents 'key' as a parameter of every request (GET or form POST), and no header.
        (new[] { "timezonedb.com" }, "key", new[] { "time zone db" }, "TimeZoneDB"),
        // Cleverbot's API documents 'key' as a parameter of every getreply request.
        (new[] { "cleverbot.com" }, "key", new[] { "cleverbot" }, "Cleverbot"),
        // AniDB's HTTP API authenticates its user-data requests (mylist, votes) by 'user' and 'pass' parameters.
        (new[] { "anidb.net" }, "pass", new[] { "ani db" }, "AniDB's HTTP API"),
        // Headphones, LazyLibrarian and Mylar (the SickBeard family of media managers) read 'apikey' beside 'cmd' on
        // /api; their hosts are the user's own, so the code is recognised by the types named for them.
        (Array.Empty<string>(), "apikey", new[] { "headphones" }, "Headphones"),
        (Array.Empty<string>(), "apikey", new[] { "lazy librarian" }, "LazyLibrarian"),
        (Array.Empty<string>(), "apikey", new[] { "mylar" }, "Mylar"),
        // SABnzbd's API authenticates by the 'apikey' parameter, or 'ma_username'/'ma_password', on every call.
        (Array.Empty<string>(), "apikey", new[] { "sabnzbd" }, "SABnzbd"),
        (Array.Empty<string>(), "ma_password", new[] { "sabnzbd" }, "SABnzbd"),
        // uTorrent's Web UI wants the 'token' its token.html page gave on every request, in the query.
        (Array.Empty<string>(), "token", new[] { "u torrent" }, "uTorrent's Web UI"),
        // Synology DiskStation's Web API logs in by SYNO.API.Auth with 'account' and 'passwd' parameters.
        (Array.Empty<string>(), "passwd", new[] { "disk station" }, "Synology DiskStation's Web API"),
        // Kavita's plugin sign-in (plugin/authenticate) binds 'apiKey' from the query and nowhere else; its image and
        // OPDS endpoints take the same query parameter. The server is the user's own, so the code is known by its name.
        (Array.Empty<string>(), "apiKey", new[] { "kavita" }, "Kavita"),
        // The Xtream Codes API of IPTV panels (player_api.php, and the timeshift and stream URLs a player opens) reads
        // 'username' and 'password' from the query; each provider runs its own panel, so the code is known by its name.
        (Array.Empty<string>(), "password", new[] { "xtream" }, "the Xtream Codes API"),
        // Join's push API (joaoapps) takes 'apikey' as a parameter of sendPush.
        (new[] { "joinjoaomgcd.appspot.com" }, "apikey", new[] { "joaoapps" }, "Join"),
        // MyMemory's REST API (translated.net) documents 'key' as a parameter of its get and set calls, and no header.
        (new[] { "mymemory.translated.net" }, "key", new[] { "my memory" }, "MyMemory"),
    };

    // The Newznab and Torznab indexer protocols define 'apikey' as a query parameter; the indexer's host is
    // configured by the user, so the protocol is recognised by the code that speaks it: a type or namespace
    // named for the protocol, or a type named for an NZB indexer (DogNzbApi). A namespace named Nzb… is not
    // enough: whole products are (NzbDrone), and they speak other protocols too.
    private static readonly string[] ProtocolWords = { "newznab", "torznab" };

    /// <summary>The provider or protocol that requires the key in the query parameter <paramref name="parameter"/>, or null.</summary>
    public static string? Requiring(string parameter, ProviderClues clues)
    {
        if (clues.FirstAddressed(Providers, parameter) is { } provider)
        {
            return provider;
        }

        if (string.Equals(parameter, "apikey", StringComparison.OrdinalIgnoreCase) && SpeaksIndexerProtocol(clues.ContainingSymbol))
        {
            return "the Newznab/Torznab protocol";
        }

        if (IndexerSites.IsSiteAdapter(clues.ContainingSymbol))
        {
            return "the indexer site's API";
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="parameter"/> is the one a provider reads its key from, known by the URL's host only (a
    /// random value there is that provider's key; the names around code are too loose a clue to call a value a key).
    /// </summary>
    public static bool IsKeyParameterAtHost(string parameter, ProviderClues clues)
    {
        foreach (var (suffixes, name, _, _) in Providers)
        {
            if (string.Equals(parameter, name, StringComparison.OrdinalIgnoreCase) && Array.Exists(suffixes, clues.GoesTo))
            {
                return true;
            }
        }

        return false;
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
}
