using System;
using System.Collections.Generic;
using Concord.Analyzers.Credentials;

namespace Concord.Analyzers.Semantics;

/// <summary>
/// Names that say a setting or a branch is for a local environment (a developer's machine, a local test network):
/// <c>RegTestBackendUri</c>, <c>LocalApiUrl</c>, <c>DevServerUrl</c>, <c>Network.RegTest</c>. Matched on whole
/// identifier words, so <c>LocalizationUrl</c> or <c>DeviceUrl</c> do not count.
/// </summary>
/// <remarks>
/// <c>test</c> alone does not count: a test environment is usually a deployed one, and a test network such as
/// Bitcoin's testnet is public. Only the local kinds do: regtest and simnet are networks a developer runs on their machine.
/// </remarks>
internal static class LocalEnvironmentNames
{
    private static readonly HashSet<string> LocalWords = new(StringComparer.Ordinal)
    {
        "local", "localhost", "loopback", "dev", "development", "debug", "regtest", "simnet", "emulator",
    };

    // Words that spell a local network when written as two ("RegTest" splits into "reg" and "test").
    private static readonly (string First, string Second)[] LocalPairs = { ("reg", "test"), ("sim", "net") };

    /// <summary>True when one of the words of <paramref name="identifier"/> names a local environment.</summary>
    public static bool NamesLocal(string identifier)
    {
        var words = IdentifierWords.Split(identifier);
        for (var i = 0; i < words.Count; i++)
        {
            // "dev" but not Azure DevOps, which is a hosted service.
            if (LocalWords.Contains(words[i]) && !(words[i] == "dev" && i + 1 < words.Count && words[i + 1] == "ops"))
            {
                return true;
            }

            if (i + 1 < words.Count && Array.IndexOf(LocalPairs, (words[i], words[i + 1])) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the identifier names a local test network (<c>RegTest</c>, <c>Regtest</c>, <c>SimNet</c>), the kind a guard compares against.</summary>
    public static bool NamesLocalNetwork(string identifier)
    {
        var words = IdentifierWords.Split(identifier);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is "regtest" or "simnet")
            {
                return true;
            }

            if (i + 1 < words.Count && Array.IndexOf(LocalPairs, (words[i], words[i + 1])) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
