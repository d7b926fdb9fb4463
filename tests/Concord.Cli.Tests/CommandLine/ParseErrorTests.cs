namespace Concord.Cli.Tests.CommandLine;

/// <summary>What the real command says about a command line it cannot run: the token, the command, a suggestion, its help.</summary>
public sealed class ParseErrorTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("chek", "check")]
    [InlineData("dif", "diff")]
    [InlineData("exlpain", "explain")]
    [InlineData("rule", "rules")]
    public void A_mistyped_command_is_named_with_the_nearest_command(string typed, string meant)
    {
        var (exit, output, error) = _cli.Run(typed);

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Empty(output);
        Assert.Equal(
            [$"concord: error: '{typed}' is not a concord command. Did you mean '{meant}'?", "Run 'concord --help' for usage."],
            CliRun.Lines(error));
    }

    [Fact]
    public void A_mistyped_option_is_named_with_the_command_it_was_given_to_and_that_commands_help()
    {
        // check takes an optional argument, so the parser alone would take --fromat for a system path.
        var (exit, _, error) = _cli.Run("check", "--fromat", "json");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal(
            ["concord: error: unknown option '--fromat' for 'concord check'. Did you mean '--format'?", "Run 'concord check --help' for usage."],
            CliRun.Lines(error));
    }

    [Fact]
    public void A_mistyped_option_of_diff_points_to_diff_help()
    {
        var (exit, _, error) = _cli.Run("diff", "a.yaml", "b.yaml", "--fail-of", "warning");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        var lines = CliRun.Lines(error);
        Assert.Equal("concord: error: unknown option '--fail-of' for 'concord diff'. Did you mean '--fail-on'?", lines[0]);
        Assert.Equal("Run 'concord diff --help' for usage.", lines[^1]);
    }

    [Fact]
    public void Errors_of_a_command_point_to_the_help_of_that_command_not_diff()
    {
        var (exit, _, error) = _cli.Run("rules", "--lens", "cde");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal(
            ["concord: error: --lens 'cde' is not one of code, contract, drift, spec. Did you mean 'code'?", "Run 'concord rules --help' for usage."],
            CliRun.Lines(error));
    }

    [Fact]
    public void A_value_outside_the_choices_is_named_with_the_choices_and_the_nearest_one()
    {
        var (exit, _, error) = _cli.Run("diff", "a.yaml", "b.yaml", "--fail-on", "warn");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal("concord: error: --fail-on 'warn' is not one of breaking, info, warning. Did you mean 'warning'?", CliRun.Lines(error)[0]);
    }

    [Fact]
    public void A_start_limit_under_one_second_is_refused_before_anything_starts()
    {
        var (exit, _, error) = _cli.Run("check", "no-such-system.json", "--start-timeout", "0");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal("concord: error: --start-timeout must be at least 1; got 0", CliRun.Lines(error)[0]);
    }

    [Theory]
    [InlineData("--deprecation-days", "x", "concord: error: --deprecation-days 'x' is not a whole number up to 2147483647.")]
    [InlineData("--max-depth", "99999999999", "concord: error: --max-depth '99999999999' is not a whole number up to 2147483647.")]
    [InlineData("--max-file-bytes", "lots", "concord: error: --max-file-bytes 'lots' is not a whole number up to 9223372036854775807.")]
    public void A_value_that_is_not_a_number_says_so_without_a_dotnet_type_name(string option, string value, string expected)
    {
        var (exit, _, error) = _cli.Run("diff", "a.yaml", "b.yaml", option, value);

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal(expected, CliRun.Lines(error)[0]);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_argument_is_named_with_what_it_is()
    {
        var (exit, _, error) = _cli.Run("diff", "a.yaml");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.StartsWith("concord: error: 'concord diff' needs <revision>: ", CliRun.Lines(error)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_without_its_value_lists_the_values_it_takes()
    {
        var (exit, _, error) = _cli.Run("diff", "a.yaml", "b.yaml", "--format");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal("concord: error: --format needs a value: one of gitlab, html, json, junit, markdown, sarif, text.", CliRun.Lines(error)[0]);
    }

    [Fact]
    public void An_extra_argument_is_named()
    {
        var (exit, _, error) = _cli.Run("diff", "a.yaml", "b.yaml", "c.yaml");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal(["concord: error: unexpected argument 'c.yaml' for 'concord diff'.", "Run 'concord diff --help' for usage."], CliRun.Lines(error));
    }

    [Fact]
    public void No_command_lists_the_commands()
    {
        var (exit, _, error) = _cli.Run();

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal("concord: error: 'concord' needs a command: check, diff, compare, init, rules, explain, help.", CliRun.Lines(error)[0]);
    }

    [Fact]
    public void After_a_double_dash_a_leading_dash_is_an_argument_not_an_option()
    {
        _cli.Write("-v1.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
        _cli.Write("v2.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '2'}\npaths: {}\n");

        var (exit, _, error) = _cli.Run("diff", "--", "-v1.yaml", "v2.yaml");

        Assert.Equal(ExitCodes.Clean, exit);
        Assert.Empty(error);
    }

    [Fact]
    public void Quiet_and_verbose_together_are_refused()
    {
        var (exit, _, error) = _cli.Run("check", "--quiet", "--verbose");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal(["concord: error: --quiet and --verbose cannot be used together.", "Run 'concord check --help' for usage."], CliRun.Lines(error));
    }

    [Fact]
    public void A_one_letter_slip_gets_no_guess_from_every_short_alias()
    {
        var (exit, _, error) = _cli.Run("check", "-x");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal("concord: error: unknown option '-x' for 'concord check'.", CliRun.Lines(error)[0]);
    }
}
