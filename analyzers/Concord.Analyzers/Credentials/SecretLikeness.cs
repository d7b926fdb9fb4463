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
            return ShannonBitsPerChar(text) >= 3.0;
        }

        return hasLetter && hasDigit && ShannonBitsPerChar(text) >= MinimumBitsPerChar;
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
