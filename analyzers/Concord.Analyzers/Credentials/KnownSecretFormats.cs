using System;

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
        new("AIza", 35, "Google API key"),
        new("npm_", 36, "npm access token"),
        new("AKIA", 16, "AWS access key id"),
        new("ASIA", 16, "AWS temporary access key id"),
        new("SG.", 40, "SendGrid API key"),
        new("-----BEGIN PRIVATE KEY-----", 0, "private key"),
        new("-----BEGIN RSA PRIVATE KEY-----", 0, "RSA private key"),
        new("-----BEGIN EC PRIVATE KEY-----", 0, "EC private key"),
        new("-----BEGIN OPENSSH PRIVATE KEY-----", 0, "OpenSSH private key"),
    };

    /// <summary>The format's description when <paramref name="value"/> is a credential of a known format.</summary>
    public static string? Recognise(string value)
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
                return material.Trim().Length > 16 ? format.Description : null;
            }

            if (material.Length >= format.MinimumMaterial && IsKeyMaterial(material) && !Placeholders.IsPlaceholder(material))
            {
                return format.Description;
            }
        }

        return null;
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
        public SecretFormat(string prefix, int minimumMaterial, string description)
        {
            Prefix = prefix;
            MinimumMaterial = minimumMaterial;
            Description = description;
        }

        public string Prefix { get; }

        public int MinimumMaterial { get; }

        public string Description { get; }
    }
}
