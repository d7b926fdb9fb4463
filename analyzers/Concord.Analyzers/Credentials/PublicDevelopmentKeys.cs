using System;

namespace Concord.Analyzers.Credentials;

/// <summary>
/// Keys that the tools accepting them publish to everyone: the storage emulator's account key and the accounts of local
/// development chains. They unlock nothing but a developer's own emulator or chain, so finding one in source is not a
/// leak, and "rotate this one" cannot be done. Found on real code: a blockchain library's demos, load generators and
/// project templates sign with the first development account.
/// </summary>
/// <remarks>
/// Listed whole, not matched by shape: a key of the same shape that is not published here is somebody's secret.
/// </remarks>
internal static class PublicDevelopmentKeys
{
    private static readonly string[] Keys =
    {
        // Azurite's (and the retired storage emulator's) account key for devstoreaccount1, published in its documentation.
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",

        // Anvil's and Hardhat's first ten accounts (the mnemonic "test test … junk"), printed by both at every start.
        "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
        "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
        "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
        "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
        "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
        "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
        "92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
        "4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
        "dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
        "2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",

        // Ganache's first four accounts in its deterministic mode (ganache --deterministic).
        "4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d",
        "6cbed15c793ce57650b9877cf6fa156fbef513c4e6134f022a85b1ffdd59b2a1",
        "6370fd033278c143179d81c5526140625662b8daa446c22ee2d73db3707e620c",
        "646f1ce2fdad0e6deeeb5c7e8e5543bdde65e86029e2fd9fc169899c440a7913",
    };

    /// <summary>True when <paramref name="value"/> is, or holds (a connection string, a <c>0x</c>-prefixed key), a published development key.</summary>
    public static bool Holds(string value)
    {
        foreach (var key in Keys)
        {
            // Hex keys are written in either case; the emulator's base64 key only as published.
            var comparison = key.Length == 64 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (value.IndexOf(key, comparison) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
