using System.Security.Cryptography;
using System.Text;

namespace Concord.Core.Reports.Html;

/// <summary>
/// The report's stylesheet and script, embedded in the assembly and inlined into every report, with
/// the hashes its Content-Security-Policy allows: only these exact blocks may run, so even text
/// that slipped past escaping could not execute, and the page can make no request at all.
/// </summary>
internal static class HtmlAssets
{
    public static string Style { get; } = Load("report.css");

    public static string Script { get; } = Load("report.js");

    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(Style)}'; script-src '{Hash(Script)}'; base-uri 'none'; form-action 'none'";

    private static string Load(string name)
    {
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream($"Concord.Core.Reports.Html.{name}")
            ?? throw new InvalidOperationException($"The HTML report's {name} is missing from Concord.Core.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static string Hash(string block) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(block)));
}
