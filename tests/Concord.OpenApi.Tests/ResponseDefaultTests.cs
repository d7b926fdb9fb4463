using Concord.Core.Findings;
using static Concord.OpenApi.Tests.Docs;

namespace Concord.OpenApi.Tests;

/// <summary>
/// CORD256-258: a default on a returned value tells clients what its absence means, so adding, removing and
/// changing one is reported for responses as CORD276/277/343 do for requests.
/// </summary>
public sealed class ResponseDefaultTests
{
    private static string Returned(string property) => Res("{\"type\":\"object\",\"properties\":{\"limit\":" + property + "}}");

    [Theory]
    [InlineData("""{"type":"integer"}""", """{"type":"integer","default":20}""", "CORD256", Severity.Info)]
    [InlineData("""{"type":"integer","default":10}""", """{"type":"integer"}""", "CORD257", Severity.Info)]
    [InlineData("""{"type":"integer","default":10}""", """{"type":"integer","default":20}""", "CORD258", Severity.Warning)]
    public void A_response_property_default_added_removed_or_changed_is_reported(string before, string after, string expected, Severity severity)
    {
        var finding = Assert.Single(Compare(Returned(before), Returned(after)));

        Assert.Equal(expected, finding.RuleId);
        Assert.Equal(severity, finding.Severity);
        Assert.Contains("'limit'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"integer","default":10}""")]
    [InlineData("""{"type":"string","default":"a"}""")]
    [InlineData("""{"type":"integer"}""")]
    public void An_unchanged_response_default_is_not_reported(string property) =>
        Assert.Empty(Compare(Returned(property), Returned(property)));

    [Fact]
    public void A_response_header_default_change_is_reported()
    {
        static string WithHeader(string schema) => Op(
            "\"responses\":{\"200\":{\"description\":\"ok\",\"headers\":{\"X-Page-Size\":{\"schema\":" + schema + "}}}}");

        var finding = Assert.Single(Compare(WithHeader("""{"type":"integer","default":10}"""), WithHeader("""{"type":"integer","default":50}""")));

        Assert.Equal("CORD258", finding.RuleId);
        Assert.Contains("from 10 to 50", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_component_in_a_request_and_a_response_gets_the_rule_of_each_side()
    {
        const string Before = """{"schemas":{"Page":{"type":"object","properties":{"size":{"type":"integer","default":10}}}}}""";
        const string After = """{"schemas":{"Page":{"type":"object","properties":{"size":{"type":"integer","default":50}}}}}""";
        static string Both(string components) => Doc(
            """{"/items":{"post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Page"}}}},"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Page"}}}}}}}}""",
            components);

        var rules = Compare(Both(Before), Both(After)).Select(f => f.RuleId).Order(StringComparer.Ordinal);

        Assert.Equal(["CORD258", "CORD343"], rules);
    }
}
