using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Concord.Core.Findings;
using Concord.Core.Reports.Baseline;

namespace Concord.Core.Reports.GitLab;

/// <summary>
/// GitLab's code quality report (<c>artifacts:reports:codequality</c>, a subset of Code Climate's issue format):
/// a JSON array with one entry per finding, each with <c>description</c>, <c>check_name</c> (the rule id),
/// <c>fingerprint</c>, <c>severity</c> and <c>location.path</c> + <c>location.lines.begin</c>. GitLab shows the
/// entries in the merge request and tells new from resolved ones by fingerprint.
/// </summary>
public sealed class GitLabCodeQualityReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "gitlab";

    public string FileExtension => ".json";

    public void Write(IReadOnlyList<Finding> findings, ReportContext context, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var model = ReportModel.Create(findings, context);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            json.WriteStartArray();
            foreach (var finding in model.Findings)
            {
                var (path, line) = PlaceOf(finding);
                json.WriteStartObject();
                json.WriteString("type", "issue");
                json.WriteString("check_name", finding.RuleId);
                json.WriteString("description", Description(finding));
                json.WriteStartArray("categories");
                json.WriteStringValue(Category(finding.Lens));
                json.WriteEndArray();
                json.WriteString("severity", LevelOf(finding.Severity));
                json.WriteString("fingerprint", UniqueFingerprint(finding, seen));
                json.WriteStartObject("location");
                json.WriteString("path", path);
                json.WriteStartObject("lines");
                json.WriteNumber("begin", line);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    /// <summary>
    /// The file and line GitLab shows the entry at: the finding's own place when it is in a file, else the first of
    /// its other sides that is (a live endpoint's finding names the document or pact that describes it), else its
    /// one-line location (GitLab needs a path; it shows it as given). Lines are 1-based; unknown is line 1.
    /// </summary>
    private static (string Path, int Line) PlaceOf(Finding finding)
    {
        foreach (var location in finding.Related.IsDefault ? [finding.Location] : finding.Related.Prepend(finding.Location))
        {
            switch (location)
            {
                case SourceLocation source:
                    return (source.File, Math.Max(source.Line, 1));
                case SpecLocation spec when IsFile(spec.Document):
                    return (spec.Document, Math.Max(spec.Line ?? 1, 1));
                case PactLocation pact when IsFile(pact.PactFile):
                    return (pact.PactFile, Math.Max(pact.Line ?? 1, 1));
            }
        }

        return (finding.Location.Display, 1);
    }

    /// <summary>
    /// The rule, the message, where exactly when a file and line do not say it (the node of a document, the pact
    /// interaction, the live endpoint), and the fix: GitLab shows this one line in the merge request.
    /// </summary>
    private static string Description(Finding finding)
    {
        var text = new StringBuilder($"{finding.RuleId}: {finding.Message}");
        // Diff messages quote both sides already; the place is added only where the message does not say it.
        if (finding.Location is not SourceLocation && !finding.Message.Contains(finding.Location.Display, StringComparison.Ordinal))
        {
            text.Append($" At {finding.Location.Display}.");
        }

        if (finding.FixHint is { } fix)
        {
            text.Append($" Fix: {fix}");
        }

        return text.ToString();
    }

    // A served document is named by its URL, which is no file of the repository.
    private static bool IsFile(string path) => !path.Contains("://", StringComparison.Ordinal);

    /// <summary>
    /// The finding's fingerprint (the one SARIF and the JSON report carry), so GitLab matches an entry across
    /// pipelines as <c>--baseline</c> does. GitLab keeps one entry per fingerprint, and that fingerprint ignores
    /// line numbers: the second and later findings with the same one get it hashed with their occurrence number.
    /// </summary>
    private static string UniqueFingerprint(Finding finding, Dictionary<string, int> seen)
    {
        var fingerprint = FindingFingerprint.Of(finding);
        var occurrence = seen[fingerprint] = seen.GetValueOrDefault(fingerprint) + 1;
        return occurrence == 1
            ? fingerprint
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{fingerprint}\n{occurrence}")).AsSpan(0, 16));
    }

    // GitLab's levels, from least to most severe: info, minor, major, critical, blocker.
    private static string LevelOf(Severity severity) => severity switch
    {
        Severity.Error => "critical",
        Severity.Warning => "major",
        _ => "info",
    };

    // Code Climate's categories; GitLab does not read them, other Code Climate readers do.
    private static string Category(Lens lens) => lens switch
    {
        Lens.Code => "Bug Risk",
        _ => "Compatibility",
    };
}
