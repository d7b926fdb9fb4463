using System.Collections.Generic;

namespace Concord.Analyzers.Credentials;

/// <summary>
/// A header written as one line of text, <c>Name: value</c> or <c>Name: Scheme value</c> (Refit's <c>[Headers]</c>, a
/// literal header line). Read by hand, not with a regular expression: nearly every long literal of a compilation with a
/// colon in it is asked, and building the expression was a measured part of a fresh compiler's start.
/// </summary>
internal readonly struct HeaderLine
{
    private const int MaxNameLength = 64;
    private const int MinSchemeLength = 2;
    private const int MaxSchemeLength = 21;

    private HeaderLine(string name, string? scheme, string value)
    {
        Name = name;
        Scheme = scheme;
        Value = value;
    }

    /// <summary>The header's name: a letter or digit, then up to 63 letters, digits, '_' or '-'.</summary>
    public string Name { get; }

    /// <summary>The word before the value when there are two (<c>Bearer</c>); null when the value stands alone.</summary>
    public string? Scheme { get; }

    /// <summary>The value: one run of text without white space.</summary>
    public string Value { get; }

    /// <summary>The header line <paramref name="text"/> holds, or null when it is anything else (a sentence, a URL, a time).</summary>
    public static HeaderLine? Parse(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var name = text.Substring(0, colon).Trim();
        if (!IsName(name))
        {
            return null;
        }

        var words = Words(text, colon + 1);
        return words switch
        {
            { Count: 1 } => new HeaderLine(name, null, words[0]),
            { Count: 2 } when IsScheme(words[0]) => new HeaderLine(name, words[0], words[1]),
            _ => null,
        };
    }

    private static bool IsName(string name)
    {
        if (name.Length is 0 or > MaxNameLength || !IsAsciiLetterOrDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsAsciiLetterOrDigit(c) && c is not ('_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsScheme(string word)
    {
        if (word.Length is < MinSchemeLength or > MaxSchemeLength || !IsAsciiLetter(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    // The runs of non-white text after the colon; more than two means the line is not a header's (a sentence).
    private static List<string> Words(string text, int start)
    {
        var words = new List<string>(2);
        var i = start;
        while (i < text.Length && words.Count <= 2)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var begin = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > begin)
            {
                words.Add(text.Substring(begin, i - begin));
            }
        }

        return words;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || c is >= '0' and <= '9';
}
