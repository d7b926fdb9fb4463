using Concord.OpenApi.Diff;
using static Concord.OpenApi.Tests.Docs;

namespace Concord.OpenApi.Tests;

/// <summary>x-stability-level windows and levels, x-sunset on operations, parameters and properties.</summary>
public sealed class StabilityAndSunsetTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static string Operation(string level, string sunset) =>
        OpWithResponses($"\"deprecated\":true,\"x-sunset\":\"{sunset}\"" + (level.Length > 0 ? $",\"x-stability-level\":\"{level}\"" : ""));

    [Theory]
    [InlineData("", true)]
    [InlineData("stable", true)]
    [InlineData("beta", false)]
    [InlineData("alpha", false)]
    [InlineData("draft", false)]
    public void A_45_day_sunset_is_too_soon_for_stable_but_not_for_a_30_day_beta_window(string level, bool tooSoon)
    {
        var options = new SpecDiffOptions { Now = Now, DeprecationWindowDays = 180, BetaDeprecationWindowDays = 30 };
        var fired = Compare(OpWithResponses(level.Length > 0 ? $"\"x-stability-level\":\"{level}\"" : ""), Operation(level, "2030-02-15"), options);

        Assert.Equal(tooSoon, fired.Any(f => f.RuleId == "CORD381"));
    }

    [Fact]
    public void A_beta_sunset_inside_its_own_window_is_reported_with_the_beta_window()
    {
        var options = new SpecDiffOptions { Now = Now, DeprecationWindowDays = 180, BetaDeprecationWindowDays = 60 };
        var fired = Compare(OpWithResponses("\"x-stability-level\":\"beta\""), Operation("beta", "2030-02-15"), options);

        var finding = Assert.Single(fired, f => f.RuleId == "CORD381");
        Assert.Contains("60-day beta deprecation window", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_beta_window_beta_operations_use_the_stable_one()
    {
        var options = new SpecDiffOptions { Now = Now, DeprecationWindowDays = 90 };
        var fired = Compare(OpWithResponses("\"x-stability-level\":\"beta\""), Operation("beta", "2030-02-15"), options);

        Assert.Contains(fired, f => f.RuleId == "CORD381");
    }

    [Theory]
    [InlineData("stable", "beta", true)]
    [InlineData("beta", "alpha", true)]
    [InlineData("beta", "stable", false)]
    [InlineData("draft", "beta", false)]
    [InlineData("stable", "", false)]
    [InlineData("", "beta", false)]
    [InlineData("stable", "experimental", false)]
    [InlineData("beta", "1", false)]
    public void Stability_going_down_between_declared_levels_is_breaking(string before, string after, bool decreased)
    {
        static string Leveled(string level) => OpWithResponses(level.Length > 0 ? $"\"x-stability-level\":\"{level}\"" : "");
        var fired = Compare(Leveled(before), Leveled(after), new SpecDiffOptions { Now = Now });

        Assert.Equal(decreased, fired.Any(f => f.RuleId == "CORD377"));
    }

    [Theory]
    [InlineData("draft", "CORD213")]
    [InlineData("alpha", "CORD213")]
    [InlineData("beta", "CORD201")]
    [InlineData("stable", "CORD201")]
    public void Removing_a_draft_or_alpha_operation_is_information_and_beta_or_stable_still_breaks(string level, string expected)
    {
        var before = Doc("{\"/items\":{\"get\":{\"responses\":" + Ok + "},\"post\":{\"x-stability-level\":\"" + level + "\",\"responses\":" + Ok + "}}}");
        var fired = Compare(before, OpWithResponses(""), new SpecDiffOptions { Now = Now });

        var finding = Assert.Single(fired);
        Assert.Equal(expected, finding.RuleId);
    }

    [Theory]
    [InlineData("2031-01-01", "CORD378")]
    [InlineData("2029-01-01", "CORD389")]
    public void A_deprecated_parameter_removed_before_its_sunset_breaks_and_after_it_is_expected(string sunset, string expected)
    {
        var before = Param("{\"name\":\"q\",\"in\":\"query\",\"deprecated\":true,\"x-sunset\":\"" + sunset + "\",\"schema\":{\"type\":\"string\"}}");
        var fired = Compare(before, OpWithResponses(""), new SpecDiffOptions { Now = Now });

        var finding = Assert.Single(fired);
        Assert.Equal(expected, finding.RuleId);
    }

    [Theory]
    [InlineData("post", "2031-01-01", "CORD379")]
    [InlineData("post", "2029-01-01", "CORD315")]
    [InlineData("get", "2031-01-01", "CORD379")]
    [InlineData("get", "2029-01-01", "CORD318")]
    [InlineData("get", "2029-01-01\",\"deprecated\":true,\"x-note\":\"", "CORD398")]
    [InlineData("post", "2029-01-01\",\"deprecated\":true,\"x-note\":\"", "CORD398")]
    [InlineData("get", "2031-01-01\",\"deprecated\":true,\"x-note\":\"", "CORD379")]
    public void A_property_removed_before_its_sunset_breaks_on_either_side(string side, string sunset, string expected)
    {
        var withSunset = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"string\",\"x-sunset\":\"" + sunset + "\"}}}";
        const string Without = """{"type":"object","properties":{"a":{"type":"string"}}}""";
        var (before, after) = side == "post" ? (Req(withSunset), Req(Without)) : (Res(withSunset), Res(Without));
        var fired = Compare(before, after, new SpecDiffOptions { Now = Now });

        var finding = Assert.Single(fired);
        Assert.Equal(expected, finding.RuleId);
        Assert.Contains("'b'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_referenced_from_a_component_carries_its_sunset()
    {
        const string Components = """{"schemas":{"Old":{"type":"string","deprecated":true,"x-sunset":"2031-01-01"}}}""";
        var before = Res("""{"type":"object","properties":{"a":{"type":"string"},"b":{"$ref":"#/components/schemas/Old"}}}""", Components);
        var after = Res("""{"type":"object","properties":{"a":{"type":"string"}}}""", Components);

        Assert.Contains(Compare(before, after, new SpecDiffOptions { Now = Now }), f => f.RuleId == "CORD379");
    }

    [Theory]
    [InlineData("\"x-sunset\":\"2031-06-01\"", "\"x-sunset\":\"2030-06-01\"", "CORD388")]
    [InlineData("\"x-sunset\":\"2031-06-01\"", "\"x-sunset\":\"2032-06-01\"", null)]
    [InlineData("\"x-sunset\":\"2031-06-01\"", "\"x-sunset\":\"next year\"", "CORD387")]
    [InlineData("\"x-stability-level\":\"stable\"", "\"x-stability-level\":\"alpha\"", "CORD377")]
    [InlineData("\"x-stability-level\":\"alpha\"", "\"x-stability-level\":\"stable\"", null)]
    [InlineData("\"x-stability-level\":\"beta\"", "\"x-stability-level\":\"preview\"", "CORD397")]
    [InlineData("\"x-stability-level\":\"preview\"", "\"x-stability-level\":\"preview\"", null)]
    public void Parameters_and_properties_keep_their_sunset_and_stability_promises(string before, string after, string? expected)
    {
        static string Parameter(string extension) => Param("{\"name\":\"q\",\"in\":\"query\"," + extension + ",\"schema\":{\"type\":\"string\"}}");
        static string Property(string extension) => Res("{\"type\":\"object\",\"properties\":{\"b\":{\"type\":\"string\"," + extension + "}}}");
        var options = new SpecDiffOptions { Now = Now };

        foreach (var (b, r, what) in new[] { (Parameter(before), Parameter(after), "parameter 'q'"), (Property(before), Property(after), "property 'b'") })
        {
            var fired = Compare(b, r, options);
            if (expected is null)
            {
                Assert.Empty(fired);
                continue;
            }

            var finding = Assert.Single(fired);
            Assert.Equal(expected, finding.RuleId);
            Assert.Contains(what, finding.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2030-02-01", "", true)]
    [InlineData("2031-01-01", "", false)]
    [InlineData("2030-02-15", ",\"x-stability-level\":\"beta\"", false)]
    [InlineData("2030-01-15", ",\"x-stability-level\":\"beta\"", true)]
    public void Newly_deprecated_parameters_and_properties_give_the_window_of_their_level(string sunset, string level, bool tooSoon)
    {
        var options = new SpecDiffOptions { Now = Now, DeprecationWindowDays = 90, BetaDeprecationWindowDays = 30 };
        var deprecated = ",\"deprecated\":true,\"x-sunset\":\"" + sunset + "\"" + level;
        static string Parameter(string extra) => Param("{\"name\":\"q\",\"in\":\"query\"" + extra + ",\"schema\":{\"type\":\"string\"}}");
        static string Property(string extra) => Res("{\"type\":\"object\",\"properties\":{\"b\":{\"type\":\"string\"" + extra + "}}}");

        Assert.Equal(tooSoon, Compare(Parameter(level), Parameter(deprecated), options).Any(f => f.RuleId == "CORD381"));
        Assert.Equal(tooSoon, Compare(Property(level), Property(deprecated), options).Any(f => f.RuleId == "CORD381"));
    }
}
