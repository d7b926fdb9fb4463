using System.Collections.Generic;
using System.Text;

namespace Concord.Analyzers.Credentials;

/// <summary>Splits identifiers and keys (<c>apiKey</c>, <c>API_KEY</c>, <c>x-api-key</c>, <c>Auth:ApiKey</c>) into lower-case words.</summary>
internal static class IdentifierWords
{
    public static IReadOnlyList<string> Split(string identifier)
    {
        var words = new List<string>(4);
        var current = new StringBuilder(identifier.Length);

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString().ToLowerInvariant());
                current.Clear();
            }
        }

        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (char.IsUpper(c) && current.Length > 0)
            {
                var previous = identifier[i - 1];
                var nextIsLower = i + 1 < identifier.Length && char.IsLower(identifier[i + 1]);
                // "apiKey" splits before K; "APIKey" splits before K (the last capital of a run starts a word).
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    Flush();
                }
            }

            current.Append(c);
        }

        Flush();
        return words;
    }

    /// <summary>The last segment of a configuration path (<c>Auth:ApiKey</c>, <c>Auth__ApiKey</c>) or the key itself.</summary>
    public static string LastConfigurationSegment(string key)
    {
        var cut = key.LastIndexOf(':');
        var dunder = key.LastIndexOf("__", System.StringComparison.Ordinal);
        if (dunder >= 0 && dunder + 2 > cut + 1)
        {
            return key.Substring(dunder + 2);
        }

        return cut >= 0 ? key.Substring(cut + 1) : key;
    }
}
