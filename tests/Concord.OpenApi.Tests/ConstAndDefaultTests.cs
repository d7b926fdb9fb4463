using static Concord.OpenApi.Tests.Docs;

namespace Concord.OpenApi.Tests;

/// <summary>const judged by the way data flows; parameter defaults compared like request property defaults.</summary>
public sealed class ConstAndDefaultTests
{
    [Theory]
    [InlineData("post", """{"type":"string"}""", """{"type":"string","const":"a"}""", "CORD345")]
    [InlineData("post", """{"type":"string","const":"a"}""", """{"type":"string"}""", "CORD329")]
    [InlineData("get", """{"type":"string"}""", """{"type":"string","const":"a"}""", "CORD396")]
    [InlineData("get", """{"type":"string","const":"a"}""", """{"type":"string"}""", "CORD395")]
    public void Const_added_or_removed_is_judged_by_the_way_data_flows(string side, string before, string after, string expected)
    {
        static string V31(string document) => document.Replace("3.0.3", "3.1.0", StringComparison.Ordinal);
        var (b, r) = side == "post" ? (Req(before), Req(after)) : (Res(before), Res(after));
        var fired = Compare(V31(b), V31(r));

        var finding = Assert.Single(fired);
        Assert.Equal(expected, finding.RuleId);
    }

    [Theory]
    [InlineData("""{"type":"integer","default":10}""", """{"type":"integer","default":20}""", "CORD343")]
    [InlineData("""{"type":"integer"}""", """{"type":"integer","default":20}""", "CORD276")]
    [InlineData("""{"type":"integer","default":10}""", """{"type":"integer"}""", "CORD277")]
    public void Parameter_defaults_are_compared_like_request_property_defaults(string before, string after, string expected)
    {
        static string Limit(string schema) => Param("{\"name\":\"limit\",\"in\":\"query\",\"schema\":" + schema + "}");
        var fired = Compare(Limit(before), Limit(after));

        var finding = Assert.Single(fired);
        Assert.Equal(expected, finding.RuleId);
        Assert.Contains("limit", finding.Message, StringComparison.Ordinal);
    }
}
