using Concord.Pact.Matchers;

namespace Concord.Pact.Tests.Migration;

/// <summary>PactNet's Match.Regex takes (example, regex); ours takes (regex, example). A swap never passes silently.</summary>
public sealed class RegexArgumentOrderTests
{
    [Fact]
    public void Swapped_arguments_are_refused_naming_which_is_which()
    {
        var refused = Assert.Throws<ArgumentException>(() => Match.Regex("2025-01-01", "\\d{4}-\\d{2}-\\d{2}"));

        Assert.Equal("regex", refused.ParamName);
        Assert.Contains("the example \"\\d{4}-\\d{2}-\\d{2}\" (second argument) does not match the regex /2025-01-01/ (first argument)", refused.Message);
        Assert.Contains("The arguments look swapped: Concord.Pact takes Match.Regex(regex, example); PactNet takes Match.Regex(example, regex).", refused.Message);
    }

    [Fact]
    public void A_swap_whose_example_is_not_a_valid_regex_is_refused_too()
    {
        var refused = Assert.Throws<ArgumentException>(() => Match.Regex("Bearer abc(", "Bearer \\S+"));

        Assert.Contains("the first argument, the regex /Bearer abc(/, is not a valid regular expression", refused.Message, StringComparison.Ordinal);
        Assert.Contains("The arguments look swapped", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_example_that_does_not_match_says_which_argument_is_which_without_claiming_a_swap()
    {
        var refused = Assert.Throws<ArgumentException>(() => Match.Regex("[a-z]+", "ABC"));

        Assert.Equal("example", refused.ParamName);
        Assert.DoesNotContain("swapped", refused.Message);
        Assert.Contains("the example \"ABC\" (second argument) does not match the regex /[a-z]+/ (first argument)", refused.Message);
    }

    [Fact]
    public void Arguments_in_order_are_accepted()
    {
        Assert.Equal("""{"pact:matcher:type":"regex","regex":"\\d{4}-\\d{2}-\\d{2}","value":"2025-01-01"}""", Match.Regex("\\d{4}-\\d{2}-\\d{2}", "2025-01-01").ToString());
    }
}
