using System.Net;
using System.Text;

namespace Concord.Core.Reports.Markdown;

/// <summary>
/// Makes untrusted text inert in GitHub-flavoured Markdown: no HTML, no emphasis, links, tables or
/// mentions, and always one line.
/// </summary>
internal static class MarkdownText
{
    // Characters that start Markdown syntax mid-line; escaped with a backslash. Escaped text never
    // starts a line (it always follows a list marker, heading marker or label), so line-start
    // syntax such as "1." or "- " cannot arise, and "(" only matters after an (escaped) "]".
    private const string Punctuation = "\\`*_[]#|~";

    /// <summary>Text for a paragraph, list item or heading.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in SingleLine.Of(text))
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;

                // An escaped @ still notifies on GitHub; an entity does not.
                case '@': escaped.Append("&#64;"); break;
                default:
                    if (Punctuation.Contains(c, StringComparison.Ordinal))
                    {
                        escaped.Append('\\');
                    }

                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Text inside raw HTML (a <c>&lt;summary&gt;</c>), where Markdown escapes would show literally.</summary>
    public static string Html(string text) =>
        WebUtility.HtmlEncode(SingleLine.Of(text)).Replace("@", "&#64;", StringComparison.Ordinal);

    /// <summary>A code span that shows <paramref name="text"/> verbatim, whatever backticks it holds.</summary>
    public static string Code(string text)
    {
        var line = SingleLine.Of(text);
        var longestRun = 0;
        var run = 0;
        foreach (var c in line)
        {
            run = c == '`' ? run + 1 : 0;
            longestRun = Math.Max(longestRun, run);
        }

        var fence = new string('`', longestRun + 1);
        var padding = line.StartsWith('`') || line.EndsWith('`') || line.StartsWith(' ') ? " " : string.Empty;
        return fence + padding + line + padding + fence;
    }
}
