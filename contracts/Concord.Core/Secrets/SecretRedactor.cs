using System.Text.RegularExpressions;

namespace Concord.Core.Secrets;

/// <summary>
/// Drops credential values from text that leaves Concord (reports, logs, pact files) while keeping
/// their shape, so a reader still sees <em>which kind</em> of credential was there:
/// <c>Authorization: Bearer 9f8e7d6c…</c> becomes <c>Authorization: Bearer [REDACTED]</c>,
/// <c>hk_live_abc…</c> becomes <c>hk_live_[REDACTED]</c>, <c>?api_key=abc…</c> becomes <c>?api_key=[REDACTED]</c>.
/// </summary>
/// <remarks>
/// Recognises well-known key shapes (Stripe-style <c>sk_live_</c>/<c>hk_live_</c> keys, GitHub tokens,
/// AWS access key ids, Slack tokens, JWTs), <c>Bearer</c>/<c>Basic</c> credentials, credential
/// parameters in query strings and key-value text (<c>api_key=…</c>), API-key headers and passwords in URLs.
/// Redaction is idempotent: redacting redacted text changes nothing.
/// </remarks>
public static partial class SecretRedactor
{
    /// <summary>What replaces a credential value.</summary>
    public const string Mask = "[REDACTED]";

    // Rules run in order; each keeps the group named "keep" and masks the group named "secret".
    // Each also names a cheap test that must pass before its regex runs: most text holds no
    // credential at all, and this keeps redacting it close to the cost of a few IndexOf calls.
    private static readonly Rule[] s_rules =
    [
        new(KeyWithPrefix(), text => ContainsAny(text, StringComparison.Ordinal, "_live_", "_test_", "_prod_")),
        new(GitHubToken(), text => ContainsAny(text, StringComparison.Ordinal, "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_")),
        new(AwsAccessKeyId(), text => ContainsAny(text, StringComparison.Ordinal, "AKIA", "ASIA")),
        new(SlackToken(), text => text.Contains("xox", StringComparison.Ordinal)),
        new(JsonWebToken(), text => text.Contains("eyJ", StringComparison.Ordinal)),
        new(AuthorizationCredential(), text => ContainsAny(text, StringComparison.OrdinalIgnoreCase, "bearer", "basic", "token")),
        // Headers before parameters: a header value runs to the next space, so it may hold "?password=…"; masked
        // first, that value would count as already redacted and the header's own value would stay.
        new(ApiKeyHeader(), text => ContainsAny(text, StringComparison.OrdinalIgnoreCase, "api-key", "x-auth-token")),
        new(CredentialParameter(), text => text.Contains('=')),
        new(UrlPassword(), text => text.Contains("://", StringComparison.Ordinal) && text.Contains('@')),
    ];

    /// <summary>Returns <paramref name="text"/> with every recognised credential value replaced by <see cref="Mask"/>.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = text;
        foreach (var rule in s_rules)
        {
            if (rule.MayMatch(result))
            {
                result = rule.Pattern.Replace(result, MaskSecret);
            }
        }

        return result;
    }

    /// <summary>Redacts <paramref name="text"/> when there is one; keeps <c>null</c> as <c>null</c>.</summary>
    public static string? RedactOrNull(string? text) => text is null ? null : Redact(text);

    /// <summary>Whether <paramref name="text"/> holds anything <see cref="Redact"/> would mask.</summary>
    public static bool ContainsSecret(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rule in s_rules.Where(rule => rule.MayMatch(text)))
        {
            foreach (Match match in rule.Pattern.Matches(text))
            {
                if (IsCredential(match))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, StringComparison comparison, params ReadOnlySpan<string> needles)
    {
        foreach (var needle in needles)
        {
            if (text.Contains(needle, comparison))
            {
                return true;
            }
        }

        return false;
    }

    private static string MaskSecret(Match match) =>
        IsCredential(match) ? match.Groups["keep"].Value + Mask : match.Value;

    // A bare word after "Bearer" ("the Bearer header", "Bearer authentication") is prose, not a
    // credential. Real tokens are long random strings: they hold a digit, or mix letter cases.
    private static bool IsCredential(Match match)
    {
        var secret = match.Groups["secret"].Value;
        // Already masked by an earlier rule, e.g. "X-API-Key: hk_live_[REDACTED]": keep that shape. Only a value
        // that is nothing but a mask (after a key's own prefix) counts: "abc123%2Fghp_[REDACTED]" still holds abc123.
        if (secret.Length == 0 || IsMaskedKey(secret))
        {
            return false;
        }

        if (!match.Groups["scheme"].Success)
        {
            return true;
        }

        var hasDigit = secret.Any(char.IsAsciiDigit);
        var mixedCase = secret.Any(char.IsAsciiLetterUpper) && secret.Any(char.IsAsciiLetterLower);
        return (secret.Length >= 8 && hasDigit) || (secret.Length >= 16 && mixedCase);
    }

    private static bool IsMaskedKey(string secret) =>
        secret.EndsWith(Mask, StringComparison.Ordinal) && MaskedKeyPrefix().IsMatch(secret[..^Mask.Length]);

    // What the rules keep in front of a mask: nothing, or a key's announcing prefix.
    [GeneratedRegex(@"^(?:[a-z]{2,4}_(?:live|test|prod)_|github_pat_|gh[pousr]_|AKIA|ASIA|xox[abposr]-|eyJ)?$")]
    private static partial Regex MaskedKeyPrefix();

    // Key shapes that announce themselves by a prefix match wherever the prefix starts, with no word
    // boundary before it: a key glued to a word character (Xsk_live_…, ~1sk_live_… inside a JSON
    // pointer, %2Fghp_… inside an encoded path) is still a key.

    // sk_live_…, rk_test_…, pk_live_…, hk_live_…: the prefix says which key it was.
    [GeneratedRegex(@"(?<keep>[a-z]{2,4}_(?:live|test|prod)_)(?<secret>[A-Za-z0-9]{8,})")]
    private static partial Regex KeyWithPrefix();

    [GeneratedRegex(@"(?<keep>(?:github_pat_|gh[pousr]_))(?<secret>[A-Za-z0-9_]{20,})")]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"(?<keep>(?:AKIA|ASIA))(?<secret>[A-Z0-9]{16})\b")]
    private static partial Regex AwsAccessKeyId();

    [GeneratedRegex(@"(?<keep>xox[abposr]-)(?<secret>[A-Za-z0-9-]{10,})")]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"(?<keep>eyJ)(?<secret>[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})")]
    private static partial Regex JsonWebToken();

    [GeneratedRegex(@"(?<keep>\b(?<scheme>Bearer|Basic|Token)\s+)(?<secret>[A-Za-z0-9\-._~+/]+=*)", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorizationCredential();

    // api_key=…, access_token=…, password=… in a query string or in key=value text.
    [GeneratedRegex(
        @"(?<keep>(?:^|[?&;\s""'])(?:api[_-]?key|apikey|access[_-]?token|refresh[_-]?token|auth[_-]?token|token|secret|client[_-]?secret|password|passwd|pwd|sig|signature)=)(?<secret>[^&#\s""'<>]+)",
        RegexOptions.IgnoreCase)]
    private static partial Regex CredentialParameter();

    // X-API-Key: …, X-Hokusai-API-Key: …, Api-Key: … as a header line or in prose.
    [GeneratedRegex(@"(?<keep>\b(?:x-[a-z0-9-]*api-key|api-key|x-auth-token)\s*:\s*)(?<secret>[^\s""'<>,;]{6,})", RegexOptions.IgnoreCase)]
    private static partial Regex ApiKeyHeader();

    // https://user:password@host
    [GeneratedRegex(@"(?<keep>\b[a-z][a-z0-9+.-]*://[^:/@\s]+:)(?<secret>[^@/\s]+)(?=@)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();

    private sealed record Rule(Regex Pattern, Func<string, bool> MayMatch);
}
