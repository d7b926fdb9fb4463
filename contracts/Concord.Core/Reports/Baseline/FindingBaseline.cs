using System.Text.Json;
using Concord.Core.Findings;

namespace Concord.Core.Reports.Baseline;

/// <summary>
/// The findings of an earlier run (a JSON report or a SARIF log Concord wrote), by fingerprint, so a run can
/// report only what is new against it: a pull request's findings that its base branch did not have.
/// </summary>
public sealed class FindingBaseline
{
    private readonly Dictionary<string, int> _counts;

    private FindingBaseline(string path, Dictionary<string, int> counts)
    {
        Path = path;
        _counts = counts;
    }

    /// <summary>The file the baseline was read from.</summary>
    public string Path { get; }

    /// <summary>How many findings the baseline holds.</summary>
    public int Count => _counts.Values.Sum();

    /// <summary>
    /// Reads a JSON report (schema 1.2 or later: <c>findings[].fingerprint</c>) or a SARIF log
    /// (<c>partialFingerprints</c>). Throws <see cref="BaselineException"/> naming the file (and line and
    /// column when the JSON itself is broken) when it is neither, or carries no fingerprints.
    /// </summary>
    public static FindingBaseline Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BaselineException($"{path}: cannot read the baseline: {e.Message}", e);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = false, MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $":{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : "";
            throw new BaselineException($"{path}{where}: the baseline is not JSON: {e.Message.Split(" LineNumber", 2)[0]}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("runs", out var runs) && runs.ValueKind == JsonValueKind.Array)
            {
                var results = 0;
                foreach (var fingerprint in SarifFingerprints(runs))
                {
                    results++;
                    if (fingerprint is not null)
                    {
                        counts[fingerprint] = counts.GetValueOrDefault(fingerprint) + 1;
                    }
                }

                if (results > 0 && counts.Count == 0)
                {
                    throw new BaselineException($"{path}: no result carries a {FindingFingerprint.Name} fingerprint: write the base report again with this version of concord.");
                }

                return new FindingBaseline(path, counts);
            }

            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new BaselineException($"{path}: not a Concord report: expected a JSON report (--format json) or a SARIF log (--format sarif).");
            }

            foreach (var finding in findings.EnumerateArray())
            {
                if (finding.ValueKind != JsonValueKind.Object
                    || !finding.TryGetProperty("fingerprint", out var value)
                    || value.ValueKind != JsonValueKind.String)
                {
                    var version = root.TryGetProperty("schemaVersion", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : "unknown";
                    throw new BaselineException($"{path}: a finding has no fingerprint (report schema {version}; fingerprints are written since 1.2): write the base report again with this version of concord.");
                }

                counts[value.GetString()!] = counts.GetValueOrDefault(value.GetString()!) + 1;
            }

            return new FindingBaseline(path, counts);
        }
    }

    /// <summary>
    /// The findings that are new against the baseline. Findings with equal fingerprints are matched one for one:
    /// when the baseline had one and this run has two, one of them is new.
    /// </summary>
    public IReadOnlyList<Finding> NewIn(IReadOnlyList<Finding> findings, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(context);
        var remaining = new Dictionary<string, int>(_counts, StringComparer.Ordinal);
        var paths = new PathRelativizer(context.BasePaths);
        var fresh = new List<Finding>();

        // Equal fingerprints differ at most in line numbers; the earlier lines are taken as the old ones.
        foreach (var finding in findings.OrderBy(f => f.Location is SourceLocation source ? source.Line : 0))
        {
            var fingerprint = FindingFingerprint.Of(ReportModel.Prepare(finding, paths));
            if (remaining.GetValueOrDefault(fingerprint) > 0)
            {
                remaining[fingerprint]--;
            }
            else
            {
                fresh.Add(finding);
            }
        }

        return fresh;
    }

    // One entry per result: its fingerprint, or null when it has none of ours.
    private static IEnumerable<string?> SarifFingerprints(JsonElement runs)
    {
        foreach (var run in runs.EnumerateArray())
        {
            if (run.ValueKind != JsonValueKind.Object || !run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                yield return Fingerprint(result, "partialFingerprints") ?? Fingerprint(result, "fingerprints");
            }
        }
    }

    private static string? Fingerprint(JsonElement result, string property) =>
        result.ValueKind == JsonValueKind.Object
        && result.TryGetProperty(property, out var fingerprints)
        && fingerprints.ValueKind == JsonValueKind.Object
        && fingerprints.TryGetProperty(FindingFingerprint.Name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

/// <summary>A baseline file that cannot be used; the message names the file and what is wrong.</summary>
public sealed class BaselineException(string message, Exception? inner = null) : Exception(message, inner);
