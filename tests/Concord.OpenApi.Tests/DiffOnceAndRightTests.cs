using static Concord.OpenApi.Tests.Docs;

namespace Concord.OpenApi.Tests;

/// <summary>Each change reported once, at the right place, for the operations it really reaches (shapes from large public descriptions).</summary>
public sealed class DiffOnceAndRightTests
{
    private static string TwoOperations(string aSchema, string bSchema, string components) => Doc(
        "{\"/a\":{\"get\":{\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":" + aSchema + "}}}}}},"
        + "\"/b\":{\"get\":{\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":" + bSchema + "}}}}}}}",
        components);

    private const string IssueRef = """{"$ref":"#/components/schemas/issue"}""";
    private const string SimpleRef = """{"$ref":"#/components/schemas/issue-simple"}""";

    [Fact]
    public void A_component_change_is_pinned_only_on_operations_that_reach_it_in_both_versions()
    {
        // /a returns issue in both versions; /b returned issue-simple (the same shape as the old issue) and now returns issue.
        var before = TwoOperations(IssueRef, SimpleRef,
            """{"schemas":{"issue":{"type":"object","properties":{"id":{"type":"integer"}}},"issue-simple":{"type":"object","properties":{"id":{"type":"integer"}}}}}""");
        var after = TwoOperations(IssueRef, IssueRef,
            """{"schemas":{"issue":{"type":"object","properties":{"id":{"type":"integer"},"title":{"type":"string"}}},"issue-simple":{"type":"object","properties":{"id":{"type":"integer"}}}}}""");

        var findings = Compare(before, after);

        var added = Assert.Single(findings, f => f.RuleId == "CORD317" && f.Message.StartsWith("schema 'issue' property 'title'", StringComparison.Ordinal));
        Assert.Contains("used by 1 operation: GET /a", added.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_renamed_component_is_pinned_only_on_operations_that_switched()
    {
        // /a used issue in both versions; /b switched from issue-simple to issue, which lacks a property issue-simple had.
        var components = """{"schemas":{"issue":{"type":"object","properties":{"id":{"type":"integer"}}},"issue-simple":{"type":"object","properties":{"id":{"type":"integer"},"body":{"type":"string"}}}}}""";
        var findings = Compare(TwoOperations(IssueRef, SimpleRef, components), TwoOperations(IssueRef, IssueRef, components));

        var removed = Assert.Single(findings, f => f.Message.Contains("property 'body' was removed", StringComparison.Ordinal));
        Assert.Contains("used by 1 operation: GET /b", removed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nullable_all_of_wrapper_replaced_by_a_nullable_copy_is_no_change()
    {
        var integration = """{"type":"object","properties":{"id":{"type":"integer"},"slug":{"type":"string"}},"required":["id"]}""";
        var nullableIntegration = integration.Replace("\"type\":\"object\"", "\"type\":\"object\",\"nullable\":true", StringComparison.Ordinal);
        var components = "{\"schemas\":{\"integration\":" + integration + ",\"nullable-integration\":" + nullableIntegration + "}}";
        var before = Res("""{"type":"object","properties":{"app":{"nullable":true,"allOf":[{"$ref":"#/components/schemas/integration"}]}}}""", components);
        var after = Res("""{"type":"object","properties":{"app":{"$ref":"#/components/schemas/nullable-integration"}}}""", components);

        Assert.Empty(Compare(before, after));
    }

    [Fact]
    public void The_null_of_a_nullable_all_of_wrapper_counts()
    {
        var components = """{"schemas":{"integration":{"type":"object","properties":{"id":{"type":"integer"}}}}}""";
        var wrapped = Res("""{"type":"object","properties":{"app":{"nullable":true,"allOf":[{"$ref":"#/components/schemas/integration"}]}}}""", components);
        var plain = Res("""{"type":"object","properties":{"app":{"$ref":"#/components/schemas/integration"}}}""", components);

        Assert.Contains(Compare(plain, wrapped), f => f.RuleId == "CORD321");
        Assert.Contains(Compare(wrapped, plain), f => f.RuleId == "CORD322");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_all_of_composition_and_the_same_flat_schema_are_no_change(bool request)
    {
        var components = """{"schemas":{"base":{"type":"object","properties":{"id":{"type":"integer"}},"required":["id"]}}}""";
        var composed = """{"allOf":[{"$ref":"#/components/schemas/base"},{"type":"object","properties":{"name":{"type":"string","maxLength":20}}}]}""";
        var flat = """{"type":"object","properties":{"id":{"type":"integer"},"name":{"type":"string","maxLength":20}},"required":["id"]}""";
        string Wrap(string schema) => request ? Req(schema, components) : Res(schema, components);

        Assert.Empty(Compare(Wrap(composed), Wrap(flat)));
        Assert.Empty(Compare(Wrap(flat), Wrap(composed)));
    }

    [Fact]
    public void A_property_lost_in_an_all_of_refactor_is_still_reported()
    {
        var components = """{"schemas":{"base":{"type":"object","properties":{"id":{"type":"integer"}},"required":["id"]}}}""";
        var composed = """{"allOf":[{"$ref":"#/components/schemas/base"},{"type":"object","properties":{"name":{"type":"string"}}}]}""";
        var flat = """{"type":"object","properties":{"name":{"type":"string"}}}""";

        var findings = Compare(Res(composed, components), Res(flat, components));

        Assert.Contains(findings, f => f.RuleId == "CORD316" && f.Message.Contains("'id'", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.RuleId == "CORD335");
    }

    [Fact]
    public void A_change_in_a_part_both_versions_include_is_reported_once_at_that_part()
    {
        string Components(string baseProperties) =>
            "{\"schemas\":{\"base\":{\"type\":\"object\",\"properties\":{" + baseProperties + "}},"
            + "\"issue\":{\"allOf\":[{\"$ref\":\"#/components/schemas/base\"},{\"properties\":{\"title\":{\"type\":\"string\"}}}]},"
            + "\"pull\":{\"allOf\":[{\"$ref\":\"#/components/schemas/base\"},{\"properties\":{\"head\":{\"type\":\"string\"}}}]}}}";
        var issue = """{"$ref":"#/components/schemas/issue"}""";
        var pull = """{"$ref":"#/components/schemas/pull"}""";

        var findings = Compare(
            TwoOperations(issue, pull, Components("\"id\":{\"type\":\"integer\"},\"url\":{\"type\":\"string\"}")),
            TwoOperations(issue, pull, Components("\"id\":{\"type\":\"integer\"}")));

        var removed = Assert.Single(findings, f => f.Message.Contains("'url'", StringComparison.Ordinal));
        Assert.StartsWith("schema 'base'", removed.Message, StringComparison.Ordinal);
        Assert.Contains("used by 2 operations", removed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pointing_at_an_identical_copy_is_not_a_reference_change()
    {
        var components = """{"schemas":{"A":{"type":"string"},"A2":{"type":"string"}}}""";

        Assert.Empty(Compare(Res("""{"$ref":"#/components/schemas/A"}""", components), Res("""{"$ref":"#/components/schemas/A2"}""", components)));
        Assert.Empty(Compare(Res("""{"$ref":"#/components/schemas/A"}""", components), Res("""{"type":"string"}""", components)));
    }

    private const string Label = """{"schemas":{"label":{"type":"object","properties":{"id":{"type":"integer"},"name":{"type":"string"}}}}}""";

    [Fact]
    public void A_schema_wrapped_in_one_of_is_not_a_new_alternative_and_loses_no_properties()
    {
        var before = Res("""{"type":"array","items":{"$ref":"#/components/schemas/label"}}""", Label);
        var after = Res("""{"type":"array","items":{"oneOf":[{"type":"string"},{"$ref":"#/components/schemas/label"}]}}""", Label);

        var findings = Compare(before, after);

        var added = Assert.Single(findings, f => f.RuleId == "CORD332");
        Assert.Contains("oneOf #0", added.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.RuleId is "CORD316" or "CORD318" or "CORD281");
        Assert.DoesNotContain(findings, f => f.Message.Contains("'label'", StringComparison.Ordinal) && f.RuleId == "CORD332");
    }

    [Fact]
    public void A_wrapped_inline_schema_is_compared_with_the_alternative_of_its_type()
    {
        var before = Res("""{"type":"object","properties":{"id":{"type":"integer"},"name":{"type":"string"}},"required":["id","name"]}""");
        var after = Res("""{"anyOf":[{"type":"string"},{"type":"object","properties":{"id":{"type":"integer"}},"required":["id"]}]}""");

        var findings = Compare(before, after);

        Assert.Contains(findings, f => f.RuleId == "CORD316" && f.Message.Contains("'name'", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Message.Contains("'id'", StringComparison.Ordinal));
    }

    [Fact]
    public void Unwrapping_from_one_of_reports_only_the_alternative_that_is_gone()
    {
        var before = Req("""{"oneOf":[{"type":"string"},{"$ref":"#/components/schemas/label"}]}""", Label);
        var after = Req("""{"$ref":"#/components/schemas/label"}""", Label);

        var removed = Assert.Single(Compare(before, after), f => f.RuleId == "CORD330");
        Assert.Contains("oneOf #0", removed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_wrapped_in_one_of_beside_a_distinct_alternative_is_not_breaking()
    {
        var before = Req("""{"$ref":"#/components/schemas/label"}""", Label);
        var after = Req("""{"oneOf":[{"$ref":"#/components/schemas/label"},{"type":"string"}]}""", Label);

        var findings = Compare(before, after);

        Assert.Contains(findings, f => f.RuleId == "CORD331");
        Assert.DoesNotContain(findings, f => f.RuleId == "CORD348");
    }

    [Fact]
    public void A_change_to_a_security_scheme_no_operation_uses_is_info()
    {
        const string Schemes = """{"securitySchemes":{"key":{"type":"apiKey","in":"header","name":"X-API-Key"},"old":{"type":"apiKey","in":"header","name":"X-Old"}}}""";
        const string Renamed = """{"securitySchemes":{"key":{"type":"apiKey","in":"header","name":"X-Key"},"old":{"type":"apiKey","in":"query","name":"old"}}}""";
        var before = OpWithResponses("\"security\":[{\"key\":[]}]", components: Schemes);
        var after = OpWithResponses("\"security\":[{\"key\":[]}]", components: Renamed);

        var findings = Compare(before, after);

        Assert.Single(findings, f => f.RuleId == "CORD351" && f.Message.Contains("'key'", StringComparison.Ordinal));
        var unused = findings.Where(f => f.RuleId == "CORD376").ToArray();
        Assert.Equal(2, unused.Length);
        Assert.All(unused, f => Assert.StartsWith("security scheme 'old'", f.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.RuleId == "CORD352" || (f.RuleId == "CORD351" && f.Message.Contains("'old'", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(true, "^[a-z]+$", ".*", "CORD306")]
    [InlineData(true, "^[a-z]+$", null, "CORD306")]
    [InlineData(false, "^[a-z]+$", ".*", "CORD349")]
    [InlineData(false, "^[a-z]+$", null, "CORD349")]
    [InlineData(false, null, "^.*$", null)]
    [InlineData(true, ".*", null, null)]
    public void Widening_a_pattern_is_info_not_a_warning(bool request, string? before, string? after, string? expected)
    {
        static string Schema(string? pattern) => pattern is null ? """{"type":"string"}""" : "{\"type\":\"string\",\"pattern\":\"" + pattern + "\"}";
        string Wrap(string? pattern) => request ? Req(Schema(pattern)) : Res(Schema(pattern));

        var findings = Compare(Wrap(before), Wrap(after));

        Assert.Equal(expected is null ? [] : new[] { expected }, findings.Select(f => f.RuleId).ToArray());
        Assert.DoesNotContain(findings, f => f.Severity != Concord.Core.Findings.Severity.Info);
    }
}
