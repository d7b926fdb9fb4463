using System.Text;

namespace Concord.Core.Reports;

/// <summary>
/// Folds text to one printable line: line breaks and tabs become spaces, and other control
/// characters (an ANSI escape smuggled into a spec's description, say) become U+FFFD, so a
/// message can neither break a report's layout nor drive the reader's terminal.
/// </summary>
internal static class SingleLine
{
    public static string Of(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var line = new StringBuilder(text.Length);
        var lastWasBreak = false;
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t')
            {
                if (!lastWasBreak)
                {
                    line.Append(' ');
                }

                lastWasBreak = true;
                continue;
            }

            lastWasBreak = false;
            line.Append(char.IsControl(c) ? '\uFFFD' : c);
        }

        return line.ToString();
    }
}
