using System.Text.Json;
using Concord.Core.Findings;
using Concord.Core.Reports.Json;
using NJsonSchema;

namespace Concord.Core.Tests.Reports;

public sealed class JsonReportWriterTests
{
    private static readonly JsonReportWriter s_writer = new();

    private static readonly Lazy<Task<JsonSchema>> s_schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "concord-report.schema.json")));

    private static JsonElement Render(IReadOnlyList<Finding> findings) =>
        JsonDocument.Parse(SampleFindings.Render(s_writer, findings)).RootElement.Clone();

    [Fact]
    public async Task Matches_the_documented_schema()
    {
        var schema = await s_schema.Value;
        var errors = schema.Validate(SampleFindings.Render(s_writer, SampleFindings.All));
        Assert.Empty(errors.Select(error => error.ToString()));
    }

    [Fact]
    public async Task An_empty_report_matches_the_schema_too()
    {
        var schema = await s_schema.Value;
        Assert.Empty(schema.Validate(SampleFindings.Render(s_writer, [])).Select(error => error.ToString()));
        var root = Render([]);
        Assert.Equal(0, root.GetProperty("summary").GetProperty("total").GetInt32());
        Assert.Equal(0, root.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task The_schema_rejects_what_the_writer_never_writes()
    {
        var schema = await s_schema.Value;
        var report = SampleFindings.Render(s_writer, SampleFindings.All);
        Assert.NotEmpty(schema.Validate(report.Replace("\"severity\": \"error\"", "\"severity\": \"fatal\"", StringComparison.Ordinal)));
        Assert.NotEmpty(schema.Validate(report.Replace("\"kind\": \"spec\"", "\"kind\": \"file\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_documented_example_matches_the_schema()
    {
        var page = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "json-schema.md"));
        var start = page.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var example = page[start..page.IndexOf("```", start, StringComparison.Ordinal)];
        var schema = await s_schema.Value;
        Assert.Empty(schema.Validate(example).Select(error => error.ToString()));
        Assert.Equal(JsonReportWriter.SchemaVersion, JsonDocument.Parse(example).RootElement.GetProperty("schemaVersion").GetString());
    }

    [Fact]
    public void Carries_version_tool_title_and_summary()
    {
        var root = Render(SampleFindings.All);
        Assert.Equal(JsonReportWriter.SchemaVersion, root.GetProperty("schemaVersion").GetString());
        Assert.Equal("concord", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("1.2.3", root.GetProperty("tool").GetProperty("version").GetString());
        Assert.Equal("concord diff specs/base.yaml specs/revision.yaml", root.GetProperty("title").GetString());
        var summary = root.GetProperty("summary");
        Assert.Equal([5, 3, 1, 1], new[] { "total", "error", "warning", "info" }.Select(name => summary.GetProperty(name).GetInt32()));
    }

    [Fact]
    public void Lists_findings_most_severe_first_with_every_field()
    {
        var findings = Render(SampleFindings.All).GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(
            ["CORD003", "CORD201", "CORD201", "CORD101", "CORD402"],
            findings.Select(finding => finding.GetProperty("ruleId").GetString()));
        Assert.Equal(
            ["error", "error", "error", "warning", "info"],
            findings.Select(finding => finding.GetProperty("severity").GetString()));

        var removed = findings[2];
        Assert.Equal("spec", removed.GetProperty("lens").GetString());
        Assert.Equal("GET /api/mlflow/{path} was removed; clients that call it will get 404.", removed.GetProperty("message").GetString());
        Assert.Equal("Keep /api/mlflow/{path} as an alias until clients move to /mlflow/{path}.", removed.GetProperty("fixHint").GetString());
        var location = removed.GetProperty("location");
        Assert.Equal("spec", location.GetProperty("kind").GetString());
        Assert.Equal("specs/base.yaml", location.GetProperty("document").GetString());
        Assert.Equal("/paths/~1api~1mlflow~1{path}/get", location.GetProperty("pointer").GetString());
        Assert.Equal(12, location.GetProperty("line").GetInt32());
        var related = Assert.Single(removed.GetProperty("related").EnumerateArray());
        Assert.Equal("specs/revision.yaml", related.GetProperty("document").GetString());
        Assert.Equal(JsonValueKind.Null, related.GetProperty("column").ValueKind);
        Assert.Equal(JsonValueKind.Null, findings[1].GetProperty("fixHint").ValueKind);
    }

    [Fact]
    public void Writes_each_location_kind_with_its_own_fields()
    {
        var findings = Render(SampleFindings.All).GetProperty("findings").EnumerateArray().ToArray();

        var source = findings[0].GetProperty("location");
        Assert.Equal(("source", "src/Api/AuthMiddleware.cs", 42, 17, 42, 61), (
            source.GetProperty("kind").GetString(), source.GetProperty("file").GetString(),
            source.GetProperty("line").GetInt32(), source.GetProperty("column").GetInt32(),
            source.GetProperty("endLine").GetInt32(), source.GetProperty("endColumn").GetInt32()));

        var pact = findings[3].GetProperty("location");
        Assert.Equal(("pact", "pacts/api-auth.json", "a request to validate a good key", "api", "auth"), (
            pact.GetProperty("kind").GetString(), pact.GetProperty("pactFile").GetString(),
            pact.GetProperty("interaction").GetString(), pact.GetProperty("consumer").GetString(),
            pact.GetProperty("provider").GetString()));

        var endpoint = findings[4].GetProperty("location");
        Assert.Equal("endpoint", endpoint.GetProperty("kind").GetString());
        Assert.Equal("GET", endpoint.GetProperty("method").GetString());
        Assert.Equal("https://models.example.test/mlflow/api/2.0/mlflow/experiments/list?api_key=hk_live_[REDACTED]", endpoint.GetProperty("url").GetString());
    }

    [Fact]
    public void Lists_only_the_rules_the_findings_use()
    {
        var rules = Render(SampleFindings.All).GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(["CORD003", "CORD101", "CORD201", "CORD402"], rules.Select(rule => rule.GetProperty("id").GetString()));
        Assert.Equal("Operation removed", rules[2].GetProperty("title").GetString());
        Assert.Equal("https://concord.example.test/rules/CORD201", rules[2].GetProperty("helpUri").GetString());
        Assert.Equal(JsonValueKind.Null, rules[1].GetProperty("helpUri").ValueKind);
    }

    [Fact]
    public void Hostile_text_round_trips_exactly()
    {
        var message = Render(SampleFindings.All).GetProperty("findings")[3].GetProperty("message").GetString();
        Assert.Equal("The provider rejected a request sent with Bearer sk_live_[REDACTED]: " + SampleFindings.Hostile, message);
    }
}
