using System.Security.Cryptography;
using System.Text;
using Concord.Core.Findings;

namespace Concord.Core.Reports.Sarif;

/// <summary>
/// A finding's identity across runs, for code scanning to tell a new alert from an old one: the
/// rule, the message and where it points, without line numbers, so that editing lines above a
/// finding does not make it new. A spec node is named by its JSON pointer, which survives edits.
/// </summary>
internal static class SarifFingerprint
{
    /// <summary>The key in <c>partialFingerprints</c>; the version changes if the recipe ever does.</summary>
    public const string Name = "concordFinding/v1";

    public static string Of(Finding finding)
    {
        var identity = string.Join('\n', finding.RuleId, Where(finding.Location), finding.Message);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)).AsSpan(0, 16));
    }

    private static string Where(Location location) => location switch
    {
        SourceLocation source => $"source\n{source.File}",
        SpecLocation spec => $"spec\n{spec.Document}\n{spec.JsonPointer}",
        PactLocation pact => $"pact\n{pact.PactFile}\n{pact.Interaction}",
        EndpointLocation endpoint => $"endpoint\n{endpoint.Method.ToUpperInvariant()}\n{endpoint.Url}",
        _ => location.Display,
    };
}
