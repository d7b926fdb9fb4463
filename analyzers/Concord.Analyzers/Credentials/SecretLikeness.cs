using System;
using System.Collections.Generic;

namespace Concord.Analyzers.Credentials;

/// <summary>Tells random-looking key material from words, paths, URLs and identifiers.</summary>
internal static class SecretLikeness
{
    private const int MinimumLength = 16;
    private const double MinimumBitsPerChar = 3.5;

    public static bool LooksRandom(string value)
    {
        var text = value.Trim();
        if (text.Length < MinimumLength || text.Length > 512 || Placeholders.IsPlaceholder(text))
        {
            return false;
        }

        bool hasLetter = false, hasDigit = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is ':' or '/' or '\\' or '{' or '}' or '@' or ';')
            {
                return false; // sentences, URLs, paths, templates, connection strings
            }

            hasLetter |= char.IsLetter(c);
            hasDigit |= char.IsDigit(c);
        }

        // A slug of words and numbers (feature-flag names such as "pm-27086-update-…-password") is a name, not a key.
        if (IsSlug(text))
        {
            return false;
        }

        // A hex key (MD5-sized or longer) has at most 4 bits a character, and a real one often measures under the cut-off.
        if (hasLetter && hasDigit && text.Length >= 32 && IsHex(text))
        {
            // An encoder writes hex in one case; hex in both cases ("9375CFF0413111d3B88A…") is an identifier typed by
            // hand, such as a registry or MAPI profile GUID. Random base62 material is all hex with odds under 1e-14.
            if (HasBothCases(text))
            {
                return false;
            }

            return ShannonBitsPerChar(text) >= 3.0;
        }

        return hasLetter && hasDigit && ShannonBitsPerChar(text) >= MinimumBitsPerChar;
    }

    /// <summary>The well-known dummy passwords of samples and local setups, after undoing letter-for-symbol swaps.</summary>
    private static readonly string[] DummyPasswordWords =
    {
        "pass", "pwd", "secret", "admin", "changeme", "letmein", "welcome", "qwerty", "default", "guest", "root", "12345",
    };

    /// <summary>
    /// A short password chosen at random (<c>Vq7#pL2!xR9@</c>), for a value stored under a password name: 8 to 64
    /// characters without spaces, at least three of lower case, upper case, digits and symbols, mostly distinct
    /// characters. Not a word with symbols swapped in (<c>P@ssw0rd!</c>), an e-mail address, a URL or path, a template
    /// (<c>${DB_PASSWORD}</c>), a pattern (<c>^[A-Za-z0-9]{8,}$</c>) or a run of the alphabet (a character set).
    /// </summary>
    public static bool LooksLikeRandomPassword(string value)
    {
        var text = value.Trim();
        if (text.Length < 8 || text.Length > 64)
        {
            return false;
        }

        // The character scan first: it turns away words and sentences without allocating; the placeholder words
        // (a lower-cased copy searched for each word) are looked for only in what passes it.
        bool lower = false, upper = false, digit = false, symbol = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '/' or '\\' or '{' or '}' or '<' or '>' or ';')
            {
                return false;
            }

            lower |= char.IsLower(c);
            upper |= char.IsUpper(c);
            digit |= char.IsDigit(c);
            symbol |= !char.IsLetterOrDigit(c);
        }

        var classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
        if (classes < 3 || Placeholders.HasPlaceholderWord(text) || DistinctShare(text) < 0.7 || IsTemplateOrPattern(text) || IsEmailAddress(text) || HasAlphabetRun(text))
        {
            return false;
        }

        var plain = Unswapped(text);
        foreach (var word in DummyPasswordWords)
        {
            if (plain.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static double DistinctShare(string text)
    {
        var distinct = new HashSet<char>(text);
        return (double)distinct.Count / text.Length;
    }

    // ${VAR}, $(VAR), %VAR%, ^…$ and bracketed classes: a value to be filled in or matched, not a password.
    private static bool IsTemplateOrPattern(string text) =>
        text.IndexOf("$(", StringComparison.Ordinal) >= 0
        || (text.IndexOf('%') != text.LastIndexOf('%'))
        || (text.StartsWith("^", StringComparison.Ordinal) && text.EndsWith("$", StringComparison.Ordinal))
        || (text.IndexOf('[') >= 0 && text.IndexOf(']') > text.IndexOf('['))
        || (text.IndexOf('(') >= 0 && text.IndexOf(')') > text.IndexOf('('));

    private static bool IsEmailAddress(string text)
    {
        var at = text.IndexOf('@');
        var dot = text.LastIndexOf('.');
        if (at <= 0 || dot < at + 2 || dot == text.Length - 1)
        {
            return false;
        }

        for (var i = dot + 1; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // "abcd", "1234", "WXYZ": a character set or a keyboard walk someone typed, not a random draw.
    private static bool HasAlphabetRun(string text)
    {
        var run = 1;
        for (var i = 1; i < text.Length; i++)
        {
            run = char.IsLetterOrDigit(text[i]) && text[i] == text[i - 1] + 1 ? run + 1 : 1;
            if (run >= 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>P@ssw0rd!</c> → <c>password!</c>: the common letter-for-symbol swaps undone, lower case.</summary>
    private static string Unswapped(string text)
    {
        var chars = text.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '@' or '4' => 'a',
                '0' => 'o',
                '1' or '!' => 'i',
                '3' => 'e',
                '$' or '5' => 's',
                '7' => 't',
                _ => chars[i],
            };
        }

        return new string(chars);
    }

    private static bool IsSlug(string text)
    {
        var parts = text.Split('-', '_', '.');
        if (parts.Length < 3)
        {
            return false;
        }

        foreach (var part in parts)
        {
            var letters = 0;
            var digits = 0;
            foreach (var c in part)
            {
                letters += char.IsLetter(c) ? 1 : 0;
                digits += char.IsDigit(c) ? 1 : 0;
            }

            // Each part a lower-case word or a number.
            if (part.Length == 0 || (letters > 0 && digits > 0) || (letters > 0 && part.ToLowerInvariant() != part))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasBothCases(string text)
    {
        bool upper = false, lower = false;
        foreach (var c in text)
        {
            upper |= c is >= 'A' and <= 'Z';
            lower |= c is >= 'a' and <= 'z';
        }

        return upper && lower;
    }

    private static bool IsHex(string text)
    {
        foreach (var c in text)
        {
            if (!(c is >= '0' and <= '9' || c is >= 'a' and <= 'f' || c is >= 'A' and <= 'F' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Keeps enough of a secret to find it, never enough to use it: <c>hk_live_ch…</c>.</summary>
    public static string Redact(string value)
    {
        var text = value.Trim();
        var keep = Math.Min(10, text.Length / 3);
        return text.Substring(0, keep) + "…";
    }

    private static double ShannonBitsPerChar(string text)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in text)
        {
            counts[c] = counts.TryGetValue(c, out var n) ? n + 1 : 1;
        }

        double bits = 0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / text.Length;
            bits -= p * Math.Log(p, 2);
        }

        return bits;
    }
}
