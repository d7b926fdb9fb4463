using System;
using System.Text.RegularExpressions;

namespace Concord.Analyzers.Credentials;

/// <summary>
/// Credential formats that announce themselves by prefix. A literal must carry enough
/// key material after the prefix to count, so the bare prefix (used by scanners and
/// redactors, as here) never matches.
/// </summary>
internal static class KnownSecretFormats
{
    private static readonly SecretFormat[] Formats =
    {
        new("sk_live_", 16, "Stripe live secret key"),
        new("rk_live_", 16, "Stripe live restricted key"),
        new("hk_live_", 16, "live API key"),
        new("ghp_", 30, "GitHub personal access token"),
        new("gho_", 30, "GitHub OAuth token"),
        new("ghu_", 30, "GitHub user-to-server token"),
        new("ghs_", 30, "GitHub server-to-server token"),
        new("ghr_", 30, "GitHub refresh token"),
        new("github_pat_", 40, "GitHub fine-grained token"),
        new("glpat-", 20, "GitLab personal access token"),
        new("xoxb-", 20, "Slack bot token"),
        new("xoxp-", 20, "Slack user token"),
        new("xoxa-", 20, "Slack app token"),
        new("xoxr-", 20, "Slack refresh token"),
        new("sk-proj-", 32, "OpenAI project key"),
        new("sk-ant-", 32, "Anthropic API key"),
        new("AIza", 35, "Google API key", issuedForApps: true),
        new("npm_", 36, "npm access token"),
        new("AKIA", 16, "AWS access key id"),
        new("ASIA", 16, "AWS temporary access key id"),
        new("SG.", 40, "SendGrid API key"),
        new("whsec_", 24, "Stripe webhook signing secret"),
        new("sk-", 40, "OpenAI API key"),
        new("hf_", 30, "Hugging Face token"),
        new("shpat_", 32, "Shopify access token"),
        new("shpss_", 32, "Shopify shared secret"),
        new("dop_v1_", 60, "DigitalOcean token"),
        new("gsk_", 40, "Groq API key"),
        new("r8_", 30, "Replicate API token"),
        new("GOCSPX-", 24, "Google OAuth client secret"),
        new("PMAK-", 50, "Postman API key"),
        new("lin_api_", 32, "Linear API key"),
        new("pypi-AgE", 50, "PyPI upload token"),
        new("xapp-", 20, "Slack app-level token"),
        new("sq0atp-", 20, "Square access token"),
        new("ntn_", 40, "Notion integration token"),
        new("dp.pt.", 40, "Doppler token"),
        new("-----BEGIN PRIVATE KEY-----", 0, "private key"),
        new("-----BEGIN RSA PRIVATE KEY-----", 0, "RSA private key"),
        new("-----BEGIN EC PRIVATE KEY-----", 0, "EC private key"),
        new("-----BEGIN OPENSSH PRIVATE KEY-----", 0, "OpenSSH private key"),
    };

    // Formats recognised anywhere in a literal, such as inside a URL's path (/bot<id>:<token>/sendMessage). Each
    // pattern's match holds its needle, so a literal without the needle (nearly all of them) runs no pattern, and a
    // pattern is built only when a literal first holds its needle (a fresh compiler builds none on most projects).
    private static readonly (string Needle, Lazy<Regex> Pattern, string Description)[] EmbeddedFormats =
    {
        (":AA", Pattern(@"(?<![0-9])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])"), "Telegram bot token"),
        ("hooks.slack.com/services/", Pattern(@"hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,}"), "Slack webhook URL"),
        ("/api/webhooks/", Pattern(@"discord(?:app)?\.com/api/webhooks/[0-9]{15,}/[A-Za-z0-9_-]{50,}"), "Discord webhook URL"),
        ("AccountKey=", Pattern(@"AccountKey=[A-Za-z0-9+/]{80,}={0,2}"), "Azure storage account key"),
        ("key-", Pattern(@"(?<![A-Za-z0-9])key-[0-9a-f]{32}(?![A-Za-z0-9])"), "Mailgun API key"),
        ("-us", Pattern(@"(?<![A-Za-z0-9])[0-9a-f]{32}-us[0-9]{1,2}(?![A-Za-z0-9])"), "Mailchimp API key"),
        ("SK", Pattern(@"(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])"), "Twilio API key"),
    };

    private static Lazy<Regex> Pattern(string pattern) =>
        new(() => new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)), System.Threading.LazyThreadSafetyMode.PublicationOnly);

    /// <summary>
    /// Whether a value <see cref="Recognise"/> accepted is a key of a format its provider issues for installed apps
    /// (<see cref="SecretFormat.IssuedForApps"/>): its prefix says so, the material was checked there.
    /// </summary>
    public static bool IsIssuedForApps(string recognised)
    {
        var trimmed = recognised.Trim();
        return Array.Exists(Formats, format => format.IssuedForApps && trimmed.StartsWith(format.Prefix, StringComparison.Ordinal));
    }

    /// <summary>The format's description when <paramref name="value"/> is a credential of a known format, or holds one (a URL with a bot token in its path).</summary>
    public static string? Recognise(string value) => RecognisePrefix(value) ?? RecogniseEmbedded(value) ?? RecogniseDiscordBotToken(value);

    /// <summary>
    /// A Discord bot token: the bot's user id (a snowflake, 17 to 20 digits) in base64, a dot, a 6-character timestamp,
    /// a dot, and an HMAC of 27 to 38 characters. It has no prefix, so the first part is decoded: it must be the digits
    /// of an id, which no JWT (whose first part is JSON) or dotted version string is. Found on real code in a bot's history,
    /// committed twice before it moved to an environment variable.
    /// </summary>
    private static string? RecogniseDiscordBotToken(string value)
    {
        var token = value.Trim();
        if (token.Length < 58 || token.Length > 80 || token[0] is not ('M' or 'N' or 'O'))
        {
            return null;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[1].Length != 6 || parts[2].Length < 27 || parts[2].Length > 38
            || !Array.TrueForAll(parts, part => part.Length > 0 && IsBase64Url(part)))
        {
            return null;
        }

        var id = parts[0].Replace('-', '+').Replace('_', '/');
        id = id.PadRight(id.Length + ((4 - (id.Length % 4)) % 4), '=');
        try
        {
            var digits = Convert.FromBase64String(id);
            return digits.Length is >= 17 and <= 20 && Array.TrueForAll(digits, b => b is >= (byte)'0' and <= (byte)'9')
                ? "Discord bot token"
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool IsBase64Url(string text)
    {
        foreach (var c in text)
        {
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static string? RecogniseEmbedded(string value)
    {
        if (value.Length > 4096)
        {
            return null;
        }

        foreach (var (needle, pattern, description) in EmbeddedFormats)
        {
            if (value.IndexOf(needle, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            try
            {
                if (pattern.Value.IsMatch(value))
                {
                    return description;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological literal is not worth a slow build.
            }
        }

        return null;
    }

    private static string? RecognisePrefix(string value)
    {
        var trimmed = value.Trim();
        foreach (var format in Formats)
        {
            if (!trimmed.StartsWith(format.Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var material = trimmed.Substring(format.Prefix.Length);
            if (format.MinimumMaterial == 0)
            {
                return HasPemBody(material) ? format.Description : null;
            }

            if (material.Length >= format.MinimumMaterial && IsKeyMaterial(material) && !Placeholders.IsPlaceholder(material))
            {
                return format.Description;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the text after a PEM <c>BEGIN</c> line holds key material before its <c>END</c> line: base64, not a
    /// template's hole (<c>"-----BEGIN RSA PRIVATE KEY-----\n{0}\n-----END RSA PRIVATE KEY-----"</c> formats a key, it is none).
    /// </summary>
    private static bool HasPemBody(string afterBegin)
    {
        var end = afterBegin.IndexOf("-----END", StringComparison.Ordinal);
        var body = end >= 0 ? afterBegin.Substring(0, end) : afterBegin;
        var material = 0;
        foreach (var c in body)
        {
            if (c is '{' or '}' or '<' or '>' or '$')
            {
                return false;
            }

            if (char.IsLetterOrDigit(c) || c is '+' or '/' or '=')
            {
                material++;
            }
        }

        return material > 16;
    }

    private static bool IsKeyMaterial(string material)
    {
        foreach (var c in material)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or '+' or '='))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class SecretFormat
    {
        public SecretFormat(string prefix, int minimumMaterial, string description, bool issuedForApps = false)
        {
            Prefix = prefix;
            MinimumMaterial = minimumMaterial;
            Description = description;
            IssuedForApps = issuedForApps;
        }

        /// <summary>
        /// The provider issues keys of this format to be built into apps that run on users' machines and restricted
        /// there (Google's API keys, restricted to an app or a site), not to be kept secret on a server.
        /// </summary>
        public bool IssuedForApps { get; }

        public string Prefix { get; }

        public int MinimumMaterial { get; }

        public string Description { get; }
    }
}
