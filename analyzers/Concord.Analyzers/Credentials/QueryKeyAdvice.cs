using System;

namespace Concord.Analyzers.Credentials;

/// <summary>
/// Where CORD003 tells the user to send a key instead of the query string. The advice must be true of the provider
/// the URL goes to: a provider known to read the key somewhere else too is named with that place (Pushover reads its
/// token from the form body of the POST, Gotify from the <c>X-Gotify-Key</c> header); for any other server the
/// advice is a header, said as a condition, since the analyzer cannot know which header that server reads.
/// </summary>
internal static class QueryKeyAdvice
{
    /// <summary>The advice when the provider is not one of the known ones.</summary>
    public const string Default = "send it in a request header instead (such as Authorization), if the server reads one";

    // Each entry: the provider's hosts (none when each user runs their own), the names code gives it (a run of
    // words, as IdentifierWords splits them), the query parameters it reads, and where it documents the key as
    // accepted besides the query. Only providers seen on real code, each with its documented alternative.
    private static readonly (string[] HostSuffixes, string[] Names, string[] Parameters, string Advice)[] Providers =
    {
        // TMDb's authentication guide: the API read access token, sent as 'Authorization: Bearer', works for every
        // v3 call in place of the 'api_key' parameter. Code spells it TMDb too (TMDbClient), which splits as "tm db".
        (new[] { "themoviedb.org" }, new[] { "tmdb", "tm db", "movie db" }, new[] { "api_key" },
            "TMDb takes the account's API read access token as 'Authorization: Bearer' instead"),

        // Pushover's message API reads its parameters ('token', 'user', …) from the body of the POST.
        (new[] { "pushover.net" }, new[] { "pushover" }, new[] { "token", "user" },
            "Pushover reads it from the form body of the POST; send it there"),

        // Gotify's REST API documents the token in the 'X-Gotify-Key' header (or 'Authorization: Bearer') as well as
        // the 'token' query parameter. Each user runs their own server, so only the code's names say it is Gotify.
        (Array.Empty<string>(), new[] { "gotify" }, new[] { "token" },
            "Gotify reads it from the 'X-Gotify-Key' header too; send it there"),

        // reCAPTCHA's siteverify is documented as a POST whose form body carries 'secret' and 'response'.
        (new[] { "google.com", "recaptcha.net" }, new[] { "recaptcha" }, new[] { "secret" },
            "reCAPTCHA's siteverify reads it from the form body of the POST; send it there"),

        // Google APIs that take an API key document the 'x-goog-api-key' header as an alternative to '?key='.
        (new[] { "googleapis.com" }, new[] { "gemini" }, new[] { "key" },
            "Google APIs read it from the 'x-goog-api-key' header too; send it there"),

        // Plex (plex.tv and each user's Plex Media Server) reads 'X-Plex-Token' as a request header as well as a
        // query parameter; the parameter's own name says it is Plex's token, wherever the server runs.
        (Array.Empty<string>(), new[] { "plex" }, new[] { "X-Plex-Token" },
            "Plex reads it from the 'X-Plex-Token' header too; send it there"),

        // Sonarr, Radarr, Lidarr, Readarr and Prowlarr read their API key from the 'X-Api-Key' header as well as from
        // the 'apikey' parameter. Each user runs their own, so only the code's names say which it is.
        (Array.Empty<string>(), new[] { "sonarr", "radarr", "lidarr", "readarr", "prowlarr" }, new[] { "apikey" },
            "the *arr apps read it from the 'X-Api-Key' header too; send it there"),

        // Slack's Web API reads its token from 'Authorization: Bearer' (or a POST's form body); since 2021 it refuses a
        // token in the query string from newly created apps.
        (new[] { "slack.com" }, new[] { "slack" }, new[] { "token" },
            "Slack reads it from 'Authorization: Bearer' and refuses it in the query from apps made since 2021; send it there"),

        // fanart.tv's API documents each of its two keys as a query parameter or a header: the project key as
        // 'api_key' or 'api-key', the user's personal key as 'client_key' or 'client-key'.
        (new[] { "fanart.tv" }, new[] { "fanart" }, new[] { "api_key" },
            "fanart.tv reads it from the 'api-key' header too; send it there"),
        (new[] { "fanart.tv" }, new[] { "fanart" }, new[] { "client_key" },
            "fanart.tv reads it from the 'client-key' header too; send it there"),
    };

    /// <summary>
    /// The advice for a credential in an OAuth 2.0 token request (its query names a <c>grant_type</c>): RFC 6749 has the
    /// token endpoint read its parameters from a form-encoded POST body, and the client's secret from that body or
    /// HTTP Basic authentication, never from the URL; so every OAuth 2.0 server reads it there.
    /// </summary>
    public const string TokenRequest = "an OAuth 2.0 token endpoint reads it from the form body of the POST (RFC 6749); send it there";

    /// <summary>
    /// Where to send the key sent in <paramref name="parameter"/>, true of the provider the clues name, or of the
    /// protocol <paramref name="urlText"/> (the URL's text as written, when known) speaks.
    /// </summary>
    public static string For(string parameter, ProviderClues clues, string? urlText)
    {
        foreach (var (hostSuffixes, names, parameters, advice) in Providers)
        {
            if (Array.Exists(parameters, name => string.Equals(name, parameter, StringComparison.OrdinalIgnoreCase))
                && clues.Addresses(hostSuffixes, names))
            {
                return advice;
            }
        }

        return IsTokenRequest(urlText) ? TokenRequest : Default;
    }

    // grant_type is a parameter of the token endpoint and of nothing else OAuth 2.0 defines.
    private static bool IsTokenRequest(string? urlText)
    {
        var at = urlText?.IndexOf("grant_type=", StringComparison.OrdinalIgnoreCase) ?? -1;
        return at > 0 && urlText![at - 1] is '?' or '&';
    }
}
