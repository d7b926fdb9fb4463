using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;

namespace Concord.Analyzers.Credentials;

/// <summary>
/// Decides whether a member, variable or configuration key names a credential.
/// The credential word must be the name's head (its last word): <c>apiKey</c> and
/// <c>client_secret</c> are credentials, <c>secretName</c>, <c>primaryKey</c>,
/// <c>nextPageToken</c> and <c>max_tokens</c> are not.
/// </summary>
internal sealed class CredentialNames
{
    public static CredentialNames Default { get; } = new(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty);

    private static readonly Dictionary<string, CredentialKind> HeadWords = new(StringComparer.Ordinal)
    {
        ["apikey"] = CredentialKind.ApiKey,
        ["token"] = CredentialKind.Token,
        ["secret"] = CredentialKind.Secret,
        ["password"] = CredentialKind.Password,
        ["passwd"] = CredentialKind.Password,
        ["pwd"] = CredentialKind.Password,
        ["passphrase"] = CredentialKind.Password,
        ["credential"] = CredentialKind.Credential,
        ["credentials"] = CredentialKind.Credential,
        ["authorization"] = CredentialKind.Credential,
        ["bearer"] = CredentialKind.Token,
    };

    // "<qualifier> key" is a credential only for these qualifiers: apiKey, accessKey, subscriptionKey.
    private static readonly HashSet<string> KeyQualifiers = new(StringComparer.Ordinal)
    {
        "api", "access", "secret", "private", "subscription", "client", "auth", "signing",
        "master", "service", "app", "application", "account", "admin", "consumer", "shared", "hmac",
        // Vendor-prefixed keys (geminiKey, TMDB_KEY): the vendor names an API whose key it is.
        "gemini", "openai", "anthropic", "claude", "mistral", "groq", "cohere", "huggingface", "deepl", "google", "gcp", "bing",
        "azure", "aws", "tmdb", "omdb", "tvdb", "fanart", "lastfm", "trakt", "spotify", "twitch", "youtube", "steam", "discogs",
        "mapbox", "maps", "tomtom", "here", "openweather", "weather", "newsapi", "serpapi", "serper", "tavily", "brave",
        "stripe", "sendgrid", "mailgun", "mailchimp", "twilio", "pushover", "pushbullet", "telegram", "discord", "slack",
        "github", "gitlab", "shodan", "virustotal", "elevenlabs", "replicate", "pinecone", "algolia", "imgur", "giphy",
    };

    // Tokens that are not credentials: paging cursors, anti-forgery tokens posted by forms,
    // device registration tokens, language-model token counts, cancellation tokens, captcha answers,
    // one-time reset/confirmation/invitation tokens that are the data of their request, idempotency tokens.
    private static readonly HashSet<string> NonCredentialTokenQualifiers = new(StringComparer.Ordinal)
    {
        "next", "continuation", "page", "paging", "pagination", "cursor", "sync", "resume", "skip", "delta",
        "cancellation", "csrf", "xsrf", "antiforgery", "verification", "change", "device", "push", "fcm",
        "apns", "registration", "max", "total", "prompt", "completion", "input", "output", "num", "count",
        "lexer", "syntax", "parse", "end", "start", "query", "search", "last", "previous", "prev",
        "captcha", "recaptcha", "hcaptcha", "turnstile", "reset", "confirmation", "invite", "invitation",
        "unsubscribe", "idempotency", "request", "rewrite",
    };

    // A compilation asks about the same few thousand names (its fields, parameters, keys) over and over, and the
    // answer is the words' to give: splitting a name into lower-cased words on every ask was about 7 % of Concord's
    // callback time on a large library, sampled. Bounded, since one instance may serve many compilations in an IDE.
    private const int MaxRemembered = 20_000;

    private readonly ConcurrentDictionary<string, CredentialKind?> _classified = new(StringComparer.Ordinal);
    private int _remembered; // counted here: the map's own Count takes every one of its locks, on every name not yet known
    private readonly HashSet<string> _extraNames;
    private readonly HashSet<string> _ignoredNames;

    public CredentialNames(ImmutableArray<string> extraNames, ImmutableArray<string> ignoredNames)
    {
        _extraNames = new HashSet<string>(extraNames.Select(Normalize), StringComparer.Ordinal);
        _ignoredNames = new HashSet<string>(ignoredNames.Select(Normalize), StringComparer.Ordinal);
    }

    /// <summary>The kind of credential <paramref name="name"/> stands for, or null when it names none.</summary>
    public CredentialKind? Classify(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (_classified.TryGetValue(name!, out var known))
        {
            return known;
        }

        var kind = ClassifyWords(name!);
        if (Volatile.Read(ref _remembered) < MaxRemembered && _classified.TryAdd(name!, kind))
        {
            Interlocked.Increment(ref _remembered);
        }

        return kind;
    }

    private CredentialKind? ClassifyWords(string name)
    {
        // Split once: the words classify the name, and joined they are its normalized form for the user's lists.
        var words = IdentifierWords.Split(name);
        if (_ignoredNames.Count > 0 || _extraNames.Count > 0)
        {
            var normalized = string.Concat(words);
            if (_ignoredNames.Contains(normalized))
            {
                return null;
            }

            if (_extraNames.Contains(normalized))
            {
                return CredentialKind.Credential;
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        var head = words[words.Count - 1];
        var qualifier = words.Count > 1 ? words[words.Count - 2] : null;
        if (head != "key" && !HeadWords.ContainsKey(head) && JoinedHead(head) is { } joined)
        {
            // appkey, ACCESSTOKEN: the two words written as one, as query parameters and settings often are.
            (qualifier, head) = joined;
        }

        if (head == "key")
        {
            return qualifier is not null && KeyQualifiers.Contains(qualifier)
                ? (qualifier == "api" ? CredentialKind.ApiKey : CredentialKind.Secret)
                : null;
        }

        if (!HeadWords.TryGetValue(head, out var kind))
        {
            return null;
        }

        if (kind == CredentialKind.Token && words.Take(words.Count - 1).Any(NonCredentialTokenQualifiers.Contains))
        {
            return null;
        }

        return kind;
    }

    public bool IsCredential(string? name) => Classify(name) is not null;

    // Qualifiers that make a credential of a token, secret or password written as one word with it (accesstoken,
    // clientsecret); a key keeps its own list. Only these: joined words cannot be split anywhere else safely
    // (pagetoken is a cursor, and monkey, hockey or turkey end in "key").
    private static readonly HashSet<string> JoinedQualifiers = new(StringComparer.Ordinal)
    {
        "access", "auth", "api", "app", "client", "refresh", "id", "session", "bearer", "bot", "oauth", "user", "admin",
        "master", "private", "secret", "personal", "service", "account", "consumer", "shared",
    };

    private static readonly string[] JoinedHeads = { "key", "token", "secret", "password" };

    /// <summary>A one-word name that is a known qualifier followed by a head word, split into the two.</summary>
    private static (string Qualifier, string Head)? JoinedHead(string word)
    {
        foreach (var head in JoinedHeads)
        {
            if (word.Length <= head.Length || !word.EndsWith(head, StringComparison.Ordinal))
            {
                continue;
            }

            // authkey stays one word: a private tracker's URL key, which trackers read from the URL by design (CORD003).
            var qualifier = word.Substring(0, word.Length - head.Length);
            if (head == "key" ? KeyQualifiers.Contains(qualifier) && qualifier != "auth" : JoinedQualifiers.Contains(qualifier))
            {
                return (qualifier, head);
            }
        }

        return null;
    }

    private static string Normalize(string name) => string.Concat(IdentifierWords.Split(name));
}
