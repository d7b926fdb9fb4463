using static Concord.OpenApi.Tests.Docs;

namespace Concord.OpenApi.Tests;

/// <summary>readOnly and writeOnly: what clients send and what they receive.</summary>
public sealed class VisibilityTests
{
    [Theory]
    [InlineData("post", "readOnly", "[\"a\"]", "CORD313")]
    [InlineData("post", "readOnly", "[]", "CORD314")]
    [InlineData("get", "writeOnly", "[\"a\"]", "CORD317")]
    public void A_property_clients_never_saw_that_becomes_visible_is_new_to_them(string side, string keyword, string required, string expected)
    {
        var hidden = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"" + keyword + "\":true}},\"required\":" + required + "}";
        var visible = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}},\"required\":" + required + "}";
        var (before, after) = side == "post" ? (Req(hidden), Req(visible)) : (Res(hidden), Res(visible));

        var finding = Assert.Single(Compare(before, after));
        Assert.Equal(expected, finding.RuleId);
        Assert.Contains("property 'a'", finding.Message, StringComparison.Ordinal);
    }
}
