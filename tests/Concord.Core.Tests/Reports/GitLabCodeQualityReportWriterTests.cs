using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Concord.Core.Findings;
using Concord.Core.Reports;
using Concord.Core.Reports.Baseline;
using Concord.Core.Reports.GitLab;
using NJsonSchema;

namespace Concord.Core.Tests.Reports;

/// <summary>The GitLab code quality report: every entry has the fields GitLab documents, placed where GitLab can show it.</summary>
public sealed class GitLabCodeQualityReportWriterTests
{
    /// <summary>
    /// GitLab's documented field list for a code quality report (docs: CI > testing > code quality, "code quality
    /// report format"), as a schema: an array of objects, each with a description, a check name, a fingerprint, a
    /// severity among GitLab's five, and a location with a relative path (no leading <c>./</c>) and a 1-based line.
    /// </summary>
    private const string GitLabFields = """
        {
          "type": "array",
          "items": {
            "type": "object",
            "required": [ "description", "check_name", "fingerprint", "severity", "location" ],
            "properties": {
              "description": { "type": "string", "minLength": 1 },
              "check_name": { "type": "string", "minLength": 1 },
              "fingerprint": { "type": "string", "minLength": 1 },
              "severity": { "enum": [ "info", "minor", "major", "critical", "blocker" ] },
              "location": {
                "type": "object",
                "required": [ "path", "lines" ],
                "properties": {
                  "path": { "type": "string", "minLength": 1, "pattern": "^(?!\\./)" },
                  "lines": {
                    "type": "object",
                    "required": [ "begin" ],
                    "properties": { "begin": { "type": "integer", "minimum": 1 } }
                  }
                }
              }
            }
          }
        }
        """;

    private static readonly GitLabCodeQualityReportWriter Writer = new();

    [Fact]
    public async Task Every_entry_has_the_fields_gitlab_documents()
    {
        var schema = await JsonSchema.FromJsonAsync(GitLabFields);
        var report = SampleFindings.Render(Writer, SampleFindings.All);

        var errors = schema.Validate(report);

        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => $"{e.Path}: {e.Kind}")) + "\n" + report);
        Assert.Equal(SampleFindings.All.Length, JsonNode.Parse(report)!.AsArray().Count);
    }

    [Fact]
    public void No_findings_is_an_empty_array() =>
        Assert.Equal("[]\n", SampleFindings.Render(Writer, []));

    [Fact]
    public void Each_finding_is_placed_at_a_file_and_line_of_the_repository_relative_to_its_root()
    {
        var entries = Entries(SampleFindings.Render(Writer, SampleFindings.All));

        // A source span and a document node: their own file and line.
        Assert.Contains(entries, e => Place(e) == ("src/Api/AuthMiddleware.cs", 42) && Rule(e) == "CORD003");
        Assert.Contains(entries, e => Place(e) == ("specs/base.yaml", 12) && Rule(e) == "CORD201");

        // A pact interaction: its pact file, line 1 (an interaction has no line).
        Assert.Contains(entries, e => Place(e) == ("pacts/api-auth.json", 1) && Rule(e) == "CORD101");

        // A live endpoint is no file: the document it is described in, at its line.
        Assert.Contains(entries, e => Place(e) == ("specs/revision.yaml", 14) && Rule(e) == "CORD402");
    }

    [Fact]
    public void Severities_map_to_gitlabs_scale_and_the_description_carries_the_rule_the_exact_place_and_the_fix()
    {
        var entries = Entries(SampleFindings.Render(Writer, SampleFindings.All));

        Assert.All(entries.Where(e => Rule(e) is "CORD201" or "CORD003"), e => Assert.Equal("critical", (string?)e["severity"]));
        Assert.Equal("major", (string?)entries.Single(e => Rule(e) == "CORD101")["severity"]);
        Assert.Equal("info", (string?)entries.Single(e => Rule(e) == "CORD402")["severity"]);
        var removed = entries.First(e => Place(e) == ("specs/base.yaml", 12));
        Assert.Equal(
            "CORD201: GET /api/mlflow/{path} was removed; clients that call it will get 404. At specs/base.yaml#/paths/~1api~1mlflow~1{path}/get (line 12). Fix: Keep /api/mlflow/{path} as an alias until clients move to /mlflow/{path}.",
            (string?)removed["description"]);
    }

    [Fact]
    public void A_place_the_message_already_quotes_is_not_repeated()
    {
        var location = new SpecLocation("/repo/specs/v2.yaml", "/paths", 4);
        Finding quoting = new("CORD200", Severity.Error, Lens.Spec, "/b was removed [specs/v1.yaml#/paths/~1b (line 8) → specs/v2.yaml#/paths (line 4)]", location);

        var entry = Assert.Single(Entries(SampleFindings.Render(Writer, [quoting])));

        Assert.Equal("CORD200: /b was removed [specs/v1.yaml#/paths/~1b (line 8) → specs/v2.yaml#/paths (line 4)]", (string?)entry["description"]);
        Assert.Equal(("specs/v2.yaml", 4), Place(entry));
    }

    [Fact]
    public void Fingerprints_are_the_findings_own_and_unique_within_a_report_even_when_only_the_line_differs()
    {
        // The same mistake twice in one file: the shared fingerprint ignores lines, GitLab keeps one entry per fingerprint.
        Finding AtLine(int line) => new("CORD002", Severity.Warning, Lens.Code, "Services:Orders falls back to http://localhost:5000.", new SourceLocation("/repo/src/Startup.cs", line, 9));
        ImmutableArray<Finding> findings = [AtLine(10), AtLine(30), .. SampleFindings.All];

        var entries = Entries(SampleFindings.Render(Writer, findings));
        var fingerprints = entries.Select(e => (string)e["fingerprint"]!).ToList();

        Assert.Equal(fingerprints.Count, fingerprints.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(FindingFingerprint.Of(AtLine(10), SampleFindings.Context), fingerprints);
        foreach (var finding in SampleFindings.All)
        {
            Assert.Contains(FindingFingerprint.Of(finding, SampleFindings.Context), fingerprints);
        }
    }

    private static List<JsonObject> Entries(string report) => [.. JsonNode.Parse(report)!.AsArray().Select(n => n!.AsObject())];

    private static string? Rule(JsonObject entry) => (string?)entry["check_name"];

    private static (string?, int) Place(JsonObject entry) =>
        ((string?)entry["location"]!["path"], (int)entry["location"]!["lines"]!["begin"]!);
}
