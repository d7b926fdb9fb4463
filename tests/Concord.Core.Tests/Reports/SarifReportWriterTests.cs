using System.Text.Json;
using Concord.Core.Findings;
using Concord.Core.Reports;
using Concord.Core.Reports.Sarif;
using Concord.Core.Tests.Tools;

namespace Concord.Core.Tests.Reports;

public sealed class SarifReportWriterTests
{
    private static readonly SarifReportWriter s_writer = new();

    private static JsonElement Run(IReadOnlyList<Finding> findings) =>
        JsonDocument.Parse(SampleFindings.Render(s_writer, findings)).RootElement.GetProperty("runs")[0].Clone();

    private static JsonElement[] Results(JsonElement run) => [.. run.GetProperty("results").EnumerateArray()];

    [Fact]
    public async Task The_SARIF_SDK_validator_finds_nothing_to_complain_about()
    {
        using var scratch = new TemporaryFolder();
        var file = scratch.File("report.sarif");
        await File.WriteAllTextAsync(file, SampleFindings.Render(s_writer, SampleFindings.All));

        var issues = await SarifValidator.ValidateAsync(file, scratch);

        Assert.Empty(issues.Where(issue => issue.Level is "error" or "warning").Select(issue => $"{issue.Level} {issue.RuleId} {issue.Text}"));
    }

    [Fact]
    public async Task An_empty_log_validates_too()
    {
        using var scratch = new TemporaryFolder();
        var file = scratch.File("empty.sarif");
        await File.WriteAllTextAsync(file, SampleFindings.Render(s_writer, []));

        var issues = await SarifValidator.ValidateAsync(file, scratch);

        Assert.Empty(issues.Where(issue => issue.Level is "error" or "warning").Select(issue => $"{issue.Level} {issue.RuleId} {issue.Text}"));
        Assert.Empty(Results(Run([])));
    }

    [Fact]
    public async Task GitHub_code_scanning_rules_find_nothing_even_for_rules_the_run_did_not_describe()
    {
        using var scratch = new TemporaryFolder();
        var file = scratch.File("bare.sarif");
        var unknown = new Finding("CORD499", Severity.Warning, Lens.Drift, "Unknown rule.", SampleFindings.BaseMlflowRoute);
        using (var output = new StringWriter())
        {
            s_writer.Write([.. SampleFindings.All, unknown], new ReportContext { Title = "concord check concord.json" }, output);
            await File.WriteAllTextAsync(file, output.ToString());
        }

        var issues = await SarifValidator.ValidateAsync(file, scratch);

        Assert.Empty(issues.Where(issue => issue.Level is "error" or "warning").Select(issue => $"{issue.Level} {issue.RuleId} {issue.Text}"));
        var driver = JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal(ReportContext.ProjectUri.AbsoluteUri, driver.GetProperty("informationUri").GetString());
    }

    [Fact]
    public void Every_rule_has_a_full_description_help_text_and_a_help_link()
    {
        var context = SampleFindings.Context with
        {
            Rules = new RuleCatalog(
            [
                new RuleDescriptor("CORD201", "Operation removed", Lens.Spec, Severity.Error, new Uri("https://concord.example.test/rules/CORD201"))
                {
                    FullDescription = "An operation the base document had is gone from the revision.",
                    Help = "Keep the operation, or deprecate it first.",
                },
                new RuleDescriptor("CORD402", "Documented route answers 404", Lens.Drift, Severity.Info),
            ]),
        };
        using var output = new StringWriter();
        s_writer.Write(SampleFindings.All, context, output);
        var rules = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("runs")[0]
            .GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToDictionary(rule => rule.GetProperty("id").GetString()!);

        Assert.Equal(["CORD003", "CORD101", "CORD201", "CORD402"], rules.Keys.Order(StringComparer.Ordinal));
        foreach (var rule in rules.Values)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("help").GetProperty("text").GetString()));
            Assert.StartsWith("https://concord.example.test/", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        }

        var removed = rules["CORD201"];
        Assert.Equal("An operation the base document had is gone from the revision.", removed.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal("Keep the operation, or deprecate it first.", removed.GetProperty("help").GetProperty("text").GetString());

        // No page of its own: the help text and link point at the tool's page, never at nothing.
        var probe = rules["CORD402"];
        Assert.Equal("https://concord.example.test/", probe.GetProperty("helpUri").GetString());
        Assert.Contains("https://concord.example.test/", probe.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("CORD402: Documented route answers 404.", probe.GetProperty("fullDescription").GetProperty("text").GetString());
    }

    [Fact]
    public void Is_version_2_1_0_with_the_tool_and_every_known_rule()
    {
        var root = JsonDocument.Parse(SampleFindings.Render(s_writer, SampleFindings.All)).RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var driver = root.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("concord", driver.GetProperty("name").GetString());
        Assert.Equal("1.2.3", driver.GetProperty("version").GetString());
        Assert.Equal("https://concord.example.test/", driver.GetProperty("informationUri").GetString());

        var rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(["CORD003", "CORD101", "CORD201", "CORD250", "CORD402"], rules.Select(rule => rule.GetProperty("id").GetString()));
        var removed = rules[2];
        Assert.Equal("OperationRemoved", removed.GetProperty("name").GetString());
        Assert.Equal("Operation removed.", removed.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("https://concord.example.test/rules/CORD201", removed.GetProperty("helpUri").GetString());
        Assert.Equal("error", removed.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("note", rules[4].GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void Each_result_points_at_its_rule_with_the_right_level()
    {
        var run = Run(SampleFindings.All);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = Results(run);
        Assert.Equal(5, results.Length);
        foreach (var result in results)
        {
            var rule = rules[result.GetProperty("ruleIndex").GetInt32()];
            Assert.Equal(result.GetProperty("ruleId").GetString(), rule.GetProperty("id").GetString());
        }

        Assert.Equal(["error", "error", "error", "warning", "note"], results.Select(result => result.GetProperty("level").GetString()));
    }

    [Fact]
    public void Files_are_physical_locations_relative_to_the_source_root()
    {
        var run = Run(SampleFindings.All);
        Assert.Equal("file:///repo/", run.GetProperty("originalUriBaseIds").GetProperty(SarifReportWriter.SourceRootId).GetProperty("uri").GetString());

        var code = Results(run)[0];
        var physical = code.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("src/Api/AuthMiddleware.cs", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = physical.GetProperty("region");
        Assert.Equal((42, 17, 42, 61), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal("The API key is sent in the JSON body, but the auth service reads it from the Authorization header. Fix: Send it as Authorization: Bearer sk_live_[REDACTED].",
            code.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void Spec_locations_carry_the_file_line_and_JSON_pointer()
    {
        var removed = Results(Run(SampleFindings.All))[2];
        var location = removed.GetProperty("locations")[0];
        Assert.Equal("specs/base.yaml", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(12, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        var logical = location.GetProperty("logicalLocations")[0];
        Assert.Equal("specs/base.yaml#/paths/~1api~1mlflow~1{path}/get", logical.GetProperty("fullyQualifiedName").GetString());

        var related = Assert.Single(removed.GetProperty("relatedLocations").EnumerateArray());
        Assert.Equal(1, related.GetProperty("id").GetInt32());
        Assert.Equal("specs/revision.yaml", related.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("specs/revision.yaml#/paths/~1mlflow~1{path}/get (line 14)", related.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void Pact_interactions_and_endpoints_are_logical_locations()
    {
        var results = Results(Run(SampleFindings.All));

        Assert.Equal("pacts/api-auth.json", results[3].GetProperty("analysisTarget").GetProperty("uri").GetString());
        var pact = results[3].GetProperty("locations")[0];
        Assert.False(pact.TryGetProperty("physicalLocation", out _));
        var interaction = pact.GetProperty("logicalLocations")[0];
        Assert.Equal("a request to validate a good key", interaction.GetProperty("name").GetString());
        Assert.Equal("api -> auth: a request to validate a good key", interaction.GetProperty("fullyQualifiedName").GetString());

        var endpoint = results[4].GetProperty("locations")[0];
        Assert.False(endpoint.TryGetProperty("physicalLocation", out _));
        var live = endpoint.GetProperty("logicalLocations")[0];
        Assert.Equal("resource", live.GetProperty("kind").GetString());
        Assert.Equal("GET https://models.example.test/mlflow/api/2.0/mlflow/experiments/list?api_key=hk_live_[REDACTED]", live.GetProperty("fullyQualifiedName").GetString());
    }

    [Fact]
    public void A_relative_base_path_is_not_resolved_against_the_current_directory()
    {
        using var output = new StringWriter();
        s_writer.Write(SampleFindings.All, SampleFindings.Context with { BasePaths = ["."] }, output);
        var run = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("runs")[0];
        Assert.False(run.TryGetProperty("originalUriBaseIds", out _));
        Assert.DoesNotContain(Environment.CurrentDirectory, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_keeps_its_fingerprint_when_lines_move_but_not_when_it_changes()
    {
        static string Fingerprint(Finding finding) =>
            Results(Run([finding]))[0].GetProperty("partialFingerprints").GetProperty(Concord.Core.Reports.Baseline.FindingFingerprint.Name).GetString()!;

        var code = SampleFindings.All[1];
        var moved = code with { Location = new SourceLocation("/repo/src/Api/AuthMiddleware.cs", 80, 3) };
        var otherFile = code with { Location = new SourceLocation("/repo/src/Api/Other.cs", 42, 17) };
        var otherMessage = code with { Message = "Another disagreement." };

        Assert.Matches("^[0-9a-f]{32}$", Fingerprint(code));
        Assert.Equal(Fingerprint(code), Fingerprint(moved));
        Assert.NotEqual(Fingerprint(code), Fingerprint(otherFile));
        Assert.NotEqual(Fingerprint(code), Fingerprint(otherMessage));
        Assert.NotEqual(Fingerprint(code), Fingerprint(code with { RuleId = "CORD004" }));

        // The operations a shared schema's change reaches are a count and a list that other edits change.
        var schema = new Finding("CORD311", Severity.Error, Lens.Spec, "schema 'user' property 'id' became optional; used by 3 operations: GET /a, GET /b, GET /c", new SpecLocation("api.yaml", "/components/schemas/user/properties/id"));
        Assert.Equal(Fingerprint(schema), Fingerprint(schema with { Message = "schema 'user' property 'id' became optional; used by 2 operations: GET /a, GET /c" }));
        Assert.NotEqual(Fingerprint(schema), Fingerprint(schema with { Message = "schema 'user' property 'name' became optional; used by 3 operations: GET /a, GET /b, GET /c" }));

        // check starts services on a free port each run: the port of a loopback address is not identity.
        var live = new Finding("CORD401", Severity.Error, Lens.Drift, "GET http://127.0.0.1:5001/orders answers 404.", new EndpointLocation("GET", "http://127.0.0.1:5001/orders"));
        var nextRun = live with { Message = "GET http://127.0.0.1:6123/orders answers 404.", Location = new EndpointLocation("GET", "http://127.0.0.1:6123/orders") };
        var elsewhere = live with { Location = new EndpointLocation("GET", "http://127.0.0.1:6123/invoices") };
        Assert.Equal(Fingerprint(live), Fingerprint(nextRun));
        Assert.NotEqual(Fingerprint(live), Fingerprint(elsewhere));
        Assert.NotEqual(Fingerprint(live), Fingerprint(live with { Location = new EndpointLocation("GET", "https://api.example.test:5001/orders") }));
    }

    [Theory]
    [InlineData("specs/my api.yaml", "specs/my%20api.yaml")]
    [InlineData("git:main:specs/api.yaml", "git%3Amain%3Aspecs/api.yaml")]
    [InlineData("/elsewhere/api.yaml", "file:///elsewhere/api.yaml")]
    [InlineData("https://h.example.test/openapi.json", "https://h.example.test/openapi.json")]
    public void Paths_become_URI_references(string path, string uri) => Assert.Equal(uri, SarifUris.FromPath(path));

    [Fact]
    public void A_rule_the_catalog_does_not_know_still_gets_a_descriptor()
    {
        var finding = new Finding("CORD499", Severity.Warning, Lens.Drift, "Unknown.", SampleFindings.BaseMlflowRoute);
        var run = Run([finding]);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        var rule = rules[Results(run)[0].GetProperty("ruleIndex").GetInt32()];
        Assert.Equal("CORD499", rule.GetProperty("id").GetString());
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }
}
