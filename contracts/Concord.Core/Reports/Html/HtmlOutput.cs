using System.Net;

namespace Concord.Core.Reports.Html;

/// <summary>Writes lines of markup with <c>\n</c> endings on every OS, and encodes text for it.</summary>
internal sealed class HtmlOutput(TextWriter output)
{
    public void Line(string markup)
    {
        output.Write(markup);
        output.Write('\n');
    }

    /// <summary>Text as element content or a quoted attribute value: one line, every markup character encoded.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(SingleLine.Of(text));
}
