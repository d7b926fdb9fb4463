using System;

namespace Concord.Analyzers.Credentials;

/// <summary>Values that stand in for a credential in docs and samples: <c>YOUR_KEY</c>, <c>xxx</c>, <c>changeme</c>, <c>{0}</c>.</summary>
internal static class Placeholders
{
    private static readonly string[] Words =
    {
        "your", "changeme", "change_me", "placeholder", "example", "dummy", "sample", "fake", "test", "redacted",
        "insert", "replace", "todo", "secret_here", "key_here", "token_here", "<", "{", "$", "%",
    };

    /// <summary>
    /// Only the placeholder words and repeated characters, not the template marks (<c>$</c>, <c>%</c>): a password
    /// may well contain those, and its reader checks template shapes itself.
    /// </summary>
    public static bool HasPlaceholderWord(string value)
    {
        var lower = value.Trim().ToLowerInvariant();
        foreach (var word in Words)
        {
            if (word.Length > 1 && lower.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return lower.Length > 0 && lower.Replace(lower[0].ToString(), string.Empty).Length == 0;
    }

    // A value that is only the name of what goes there (?passphrase=secret, ?apikey=key): an example in a help text.
    private static readonly string[] KindNames =
    {
        "secret", "password", "passwd", "pass", "pwd", "passphrase", "token", "key", "apikey", "api_key", "api-key",
    };

    public static bool IsPlaceholder(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || Array.IndexOf(KindNames, trimmed.ToLowerInvariant()) >= 0)
        {
            return true;
        }

        var lower = trimmed.ToLowerInvariant();
        foreach (var word in Words)
        {
            if (lower.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        // xxx, ****, 0000, ...: one character repeated.
        var allSame = true;
        for (var i = 1; i < trimmed.Length && allSame; i++)
        {
            allSame = char.ToLowerInvariant(trimmed[i]) == char.ToLowerInvariant(trimmed[0]);
        }

        return allSame || IsCountingUp(trimmed);
    }

    // 00112233-4455-6677-8899-AABBCCDDEEFF, 0123456789abcdef, aAbBcCdDeE123456789: letters that never go down and
    // digits that never go down, each against its own kind, separators aside, are typed counting up. Sixteen random hex
    // characters come out so about once in 10^7 draws (far more rarely for longer values and wider alphabets: a
    // 32-character hex key, about once in 10^18), so no real key is taken for one.
    private const int CountingUpLength = 16;

    private static bool IsCountingUp(string value)
    {
        char previousLetter = '\0', previousDigit = '\0';
        var count = 0;
        foreach (var raw in value)
        {
            if (char.IsDigit(raw))
            {
                if (raw < previousDigit)
                {
                    return false;
                }

                previousDigit = raw;
            }
            else if (char.IsLetter(raw))
            {
                var c = char.ToUpperInvariant(raw);
                if (c < previousLetter)
                {
                    return false;
                }

                previousLetter = c;
            }
            else
            {
                continue;
            }

            count++;
        }

        return count >= CountingUpLength;
    }
}
