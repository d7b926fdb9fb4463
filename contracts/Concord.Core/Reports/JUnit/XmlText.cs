using System.Text;
using System.Xml;

namespace Concord.Core.Reports.JUnit;

/// <summary>Replaces characters XML 1.0 cannot hold (most control characters, lone surrogates) with U+FFFD.</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        var builder = default(StringBuilder);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c);
            if (pair || XmlConvert.IsXmlChar(c))
            {
                builder?.Append(c);
                if (pair)
                {
                    // Step over the low half outside the ?. call: its argument is not evaluated while the
                    // builder is still null, and the half would then be read on its own and replaced.
                    i++;
                    builder?.Append(text[i]);
                }

                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length);
            builder.Append('\uFFFD');
        }

        return builder?.ToString() ?? text;
    }
}
