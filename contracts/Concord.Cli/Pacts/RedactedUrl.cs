namespace Concord.Cli.Pacts;

/// <summary>A URL as Concord writes it in messages, reports and progress: without the user and password part.</summary>
internal static class RedactedUrl
{
    public static string Show(Uri url) =>
        url.UserInfo.Length == 0 ? url.OriginalString : new UriBuilder(url) { UserName = string.Empty, Password = string.Empty }.Uri.AbsoluteUri;

    /// <summary>The text with every credential value replaced, for lines that quote a server's or the runtime's words.</summary>
    public static string Scrub(string text, IEnumerable<string> secrets) =>
        secrets.Where(s => s.Length > 0).Aggregate(text, (current, secret) => current.Replace(secret, "[redacted]", StringComparison.Ordinal));
}
