using static Concord.OpenApi.Tests.Docs;

namespace Concord.OpenApi.Tests;

/// <summary>JSON Schema 2020-12 keywords (OpenAPI 3.1) in requests and responses: each constraint keyword fires, and an unchanged one is quiet.</summary>
public sealed class DiffKeywordCoverageTests
{
    private static string V31(string document) => document.Replace("3.0.3", "3.1.0", StringComparison.Ordinal);

    private const string Plain = """{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"string"}}}""";

    private static string With(string keyword) => Plain[..^1] + "," + keyword + "}";

    [Theory]
    [InlineData("\"if\":{\"required\":[\"a\"]},\"then\":{\"required\":[\"b\"]}", "if")]
    [InlineData("\"unevaluatedProperties\":false", "unevaluatedProperties")]
    [InlineData("\"patternProperties\":{\"^x-\":{\"type\":\"string\"}}", "patternProperties")]
    [InlineData("\"dependentSchemas\":{\"a\":{\"required\":[\"b\"]}}", "dependentSchemas")]
    [InlineData("\"propertyNames\":{\"maxLength\":3}", "propertyNames")]
    public void A_constraint_added_to_a_request_is_breaking_and_named(string keyword, string name)
    {
        var findings = Compare(V31(Req(Plain)), V31(Req(With(keyword))));

        var added = Assert.Single(findings, f => f.RuleId == "CORD273");
        Assert.Contains(name, added.Message, StringComparison.Ordinal);
        Assert.Empty(Compare(V31(Req(With(keyword))), V31(Req(With(keyword)))));
    }

    [Fact]
    public void The_same_constraint_added_to_a_response_is_not_breaking()
    {
        var findings = Compare(V31(Res(Plain)), V31(Res(With("\"unevaluatedProperties\":false"))));

        Assert.DoesNotContain(findings, f => f.Severity == Concord.Core.Findings.Severity.Error);
    }

    [Fact]
    public void Prefix_items_and_content_media_type_changes_are_seen()
    {
        var before = V31(Req("""{"type":"object","properties":{"pair":{"type":"array","prefixItems":[{"type":"string"}]},"blob":{"type":"string","contentMediaType":"image/png"}}}"""));
        var after = V31(Req("""{"type":"object","properties":{"pair":{"type":"array","prefixItems":[{"type":"integer"}]},"blob":{"type":"string","contentMediaType":"image/jpeg"}}}"""));

        var changed = Compare(before, after).Where(f => f.RuleId == "CORD275").Select(f => f.Message).ToArray();

        Assert.Contains(changed, m => m.Contains("prefixItems", StringComparison.Ordinal));
        Assert.Contains(changed, m => m.Contains("contentMediaType", StringComparison.Ordinal) && m.Contains("image/jpeg", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parameter_default_added_or_removed_is_reported()
    {
        static string Limit(string extra) => Param("{\"name\":\"limit\",\"in\":\"query\",\"schema\":{\"type\":\"integer\"" + extra + "}}");

        Assert.Contains(Compare(Limit(""), Limit(",\"default\":30")), f => f.RuleId == "CORD276");
        Assert.Contains(Compare(Limit(",\"default\":30"), Limit("")), f => f.RuleId == "CORD277");
        Assert.DoesNotContain(Compare(Limit(",\"default\":30"), Limit(",\"default\":30")), f => f.RuleId is "CORD276" or "CORD277" or "CORD343");
    }
}
