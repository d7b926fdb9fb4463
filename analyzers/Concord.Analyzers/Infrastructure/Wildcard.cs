using System;

namespace Concord.Analyzers.Infrastructure;

/// <summary>Case-insensitive matching with <c>*</c> for any run of characters, as in option values like <c>Kestrel:*</c>.</summary>
internal static class Wildcard
{
    public static bool Matches(string pattern, string text) => Matches(pattern, 0, text, 0);

    private static bool Matches(string pattern, int p, string text, int t)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                for (var skip = t; skip <= text.Length; skip++)
                {
                    if (Matches(pattern, p + 1, text, skip))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (t >= text.Length || char.ToUpperInvariant(pattern[p]) != char.ToUpperInvariant(text[t]))
            {
                return false;
            }

            p++;
            t++;
        }

        return t == text.Length;
    }
}
