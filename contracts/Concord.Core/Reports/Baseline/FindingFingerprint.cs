using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Concord.Core.Findings;

namespace Concord.Core.Reports.Baseline;

/// <summary>
/// A finding's identity across runs, for code scanning to tell a new alert from an old one and for
/// <c>--baseline</c> to keep only new findings: the rule, the message and where it points, without line
/// numbers, also where the message quotes a location (editing lines above a finding does not make it new), without
/// the list of operations a shared schema's change reaches and without the port of a loopback address
/// (check starts each service on a free port, a new one every run). A spec node is named by its JSON
/// pointer, which survives edits. SARIF carries it in <c>partialFingerprints</c>, the JSON report in
/// <c>findings[].fingerprint</c>.
/// </summary>
public static partial class FindingFingerprint
{
    /// <summary>The key in SARIF's <c>partialFingerprints</c>; the version changes when the recipe does.</summary>
    public const string Name = "concordFinding/v2";

    /// <summary>The fingerprint of a finding as a report writes it (paths relative to the context's base folders, secrets redacted).</summary>
    public static string Of(Finding finding, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(context);
        return Of(ReportModel.Prepare(finding, new PathRelativizer(context.BasePaths)));
    }

    /// <summary>The fingerprint of a finding already prepared for a report.</summary>
    internal static string Of(Finding finding)
    {
        var identity = string.Join('\n', finding.RuleId, Where(finding.Location), Stable(finding.Message));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)).AsSpan(0, 16));
    }

    private static string Where(Location location) => location switch
    {
        SourceLocation source => $"source\n{source.File}",
        SpecLocation spec => $"spec\n{spec.Document}\n{spec.JsonPointer}",
        PactLocation pact => $"pact\n{pact.PactFile}\n{pact.Interaction}",
        EndpointLocation endpoint => $"endpoint\n{endpoint.Method.ToUpperInvariant()}\n{WithoutLoopbackPorts(endpoint.Url)}",
        _ => location.Display,
    };

    private static string WithoutLoopbackPorts(string text) => LoopbackPort().Replace(text, "$1");

    // Messages quote locations the way Location.Display writes them: "doc.yaml#/paths (line 6)", "src/A.cs:42:17".
    // A spec change to a shared schema lists the operations it reaches ("; used by 363 operations: …"); removing
    // one operation elsewhere changes that list, not the finding.
    private static string Stable(string message) =>
        WithoutLoopbackPorts(SourcePosition().Replace(QuotedLine().Replace(OperationsReached().Replace(message, ""), ""), "$1"));

    [GeneratedRegex(@"; used by \d+ operations?: .*$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex OperationsReached();

    [GeneratedRegex(@" \(line \d+\)", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedLine();

    [GeneratedRegex(@"(\.[A-Za-z0-9]+):\d+:\d+\b", RegexOptions.CultureInvariant)]
    private static partial Regex SourcePosition();

    [GeneratedRegex(@"(localhost|127(?:\.\d{1,3}){3}|\[::1\]):\d{1,5}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoopbackPort();
}
