using System.Text.RegularExpressions;

namespace Concord.Pact.Secrets;

/// <summary>
/// Shapes of credentials that are live somewhere: keys with a provider's live prefix, cloud access keys, private keys.
/// No pattern needs a word boundary before it: a key glued to other text (<c>Xsk_live_…</c>, <c>key=AKIA…</c> without a space) is still a key.
/// </summary>
internal static partial class LiveCredentialPatterns
{
    private static readonly (string Kind, Regex Pattern)[] Patterns =
    [
        ("a live secret key (sk_live_/rk_live_)", LiveSecret()),
        ("a live API key (hk_live_/pk_live_)", LiveApiKey()),
        ("a GitHub token (ghp_/gho_/ghu_/ghs_/ghr_/github_pat_)", GitHubToken()),
        ("an AWS access key id (AKIA/ASIA)", AwsAccessKey()),
        ("a Slack token (xoxb-/xoxp-/xoxa-/xoxr-/xoxs-)", SlackToken()),
        ("a private key block", PrivateKey()),
    ];

    /// <summary>The first live-looking credential in <paramref name="text"/>, masked, or null.</summary>
    internal static (string Kind, string Masked)? Find(string text)
    {
        foreach (var (kind, pattern) in Patterns)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return (kind, Mask(match.Value));
            }
        }

        return null;
    }

    /// <summary>The text with every live-looking credential masked.</summary>
    internal static string Scrub(string text)
    {
        foreach (var (_, pattern) in Patterns)
        {
            text = pattern.Replace(text, match => Mask(match.Value));
        }

        return text;
    }

    /// <summary>Enough of a credential to recognise it, never enough to use it.</summary>
    internal static string Mask(string credential) =>
        credential.Length <= 8 ? new string('*', credential.Length) : $"{credential[..Math.Min(8, credential.Length / 2)]}…({credential.Length} chars)";

    [GeneratedRegex("(?:sk|rk)_live_[A-Za-z0-9]{8,}")]
    private static partial Regex LiveSecret();

    [GeneratedRegex("(?:hk|pk)_live_[A-Za-z0-9]{8,}")]
    private static partial Regex LiveApiKey();

    [GeneratedRegex("(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})")]
    private static partial Regex GitHubToken();

    [GeneratedRegex("(?:AKIA|ASIA)[0-9A-Z]{16}")]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex("xox[bpars]-[A-Za-z0-9-]{10,}")]
    private static partial Regex SlackToken();

    [GeneratedRegex("-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----")]
    private static partial Regex PrivateKey();
}
