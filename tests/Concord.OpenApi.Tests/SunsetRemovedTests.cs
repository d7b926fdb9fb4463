using Concord.OpenApi.Diff;
using static Concord.OpenApi.Tests.Docs;

namespace Concord.OpenApi.Tests;

/// <summary>CORD399: an x-sunset dropped from something that stays deprecated, on operations, parameters and properties.</summary>
public sealed class SunsetRemovedTests
{
    private static readonly SpecDiffOptions Options = new() { Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    private static string Operation(string members) => OpWithResponses(members);

    private static string Parameter(string members) => Param("{\"name\":\"q\",\"in\":\"query\"" + members + ",\"schema\":{\"type\":\"string\"}}");

    private static string Property(string members) => Res("{\"type\":\"object\",\"properties\":{\"b\":{\"type\":\"string\"" + members + "}}}");

    public static TheoryData<string> Shapes => ["operation", "parameter", "property"];

    private static string Shape(string shape, string members) => shape switch
    {
        "operation" => Operation(members.TrimStart(',')),
        "parameter" => Parameter(members),
        _ => Property(members),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_sunset_dropped_while_still_deprecated_is_a_warning(string shape)
    {
        var before = Shape(shape, ",\"deprecated\":true,\"x-sunset\":\"2031-06-01\"");
        var after = Shape(shape, ",\"deprecated\":true");

        var finding = Assert.Single(Compare(before, after, Options));

        Assert.Equal("CORD399", finding.RuleId);
        Assert.Equal(Concord.Core.Findings.Severity.Warning, finding.Severity);
        Assert.Contains("sunset 2031-06-01 was removed", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_sunset_dropped_with_the_deprecation_is_not_reported(string shape)
    {
        var before = Shape(shape, ",\"deprecated\":true,\"x-sunset\":\"2031-06-01\"");
        var after = Shape(shape, string.Empty);

        Assert.DoesNotContain(Compare(before, after, Options), f => f.RuleId == "CORD399");
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_sunset_kept_or_never_announced_is_not_reported(string shape)
    {
        var kept = Shape(shape, ",\"deprecated\":true,\"x-sunset\":\"2031-06-01\"");
        var never = Shape(shape, ",\"deprecated\":true");

        Assert.Empty(Compare(kept, kept, Options));
        Assert.Empty(Compare(never, never, Options));
    }

    [Fact]
    public void The_other_spelling_x_sunset_date_counts_and_a_text_that_is_no_date_is_quoted()
    {
        var dated = Parameter(",\"deprecated\":true,\"x-sunset-date\":\"2031-06-01\"");
        var worded = Parameter(",\"deprecated\":true,\"x-sunset\":\"next spring\"");
        var none = Parameter(",\"deprecated\":true");

        Assert.Equal("CORD399", Assert.Single(Compare(dated, none, Options)).RuleId);
        Assert.Contains("sunset next spring was removed", Assert.Single(Compare(worded, none, Options)).Message, StringComparison.Ordinal);
    }
}
