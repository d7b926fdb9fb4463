using System.Reflection;
using System.Text.Json;

namespace Concord.Cli.Tests.CommandLine;

/// <summary><c>concord help</c>, <c>--version</c>, shell completion and the global options, through the real command.</summary>
public sealed class HelpAndVersionTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("check")]
    [InlineData("diff")]
    [InlineData("init")]
    [InlineData("rules")]
    [InlineData("explain")]
    public void Help_of_a_command_is_that_commands_help(string command)
    {
        var (exit, output, _) = _cli.Run("help", command);
        var (_, expected, _) = _cli.Run(command, "--help");

        Assert.Equal(ExitCodes.Clean, exit);
        Assert.Equal(expected, output);
        Assert.Contains($"concord {command}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_without_a_command_lists_every_command()
    {
        var (exit, output, _) = _cli.Run("help");

        Assert.Equal(ExitCodes.Clean, exit);
        foreach (var command in new[] { "check", "diff", "init", "rules", "explain", "help" })
        {
            Assert.Contains($"  {command}", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_of_an_unknown_command_suggests_the_nearest()
    {
        var (exit, _, error) = _cli.Run("help", "chek");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal("concord: error: 'chek' is not a concord command. Did you mean 'check'?", CliRun.Lines(error)[0]);
    }

    [Fact]
    public void Every_command_help_lists_the_global_options()
    {
        var (_, output, _) = _cli.Run("diff", "--help");

        Assert.Contains("--quiet", output, StringComparison.Ordinal);
        Assert.Contains("--verbose", output, StringComparison.Ordinal);
        Assert.Contains("--color", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_is_the_package_version_the_reports_name()
    {
        var (exit, output, _) = _cli.Run("--version");
        var version = output.Trim();

        Assert.Equal(ExitCodes.Clean, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", version);
        var informational = typeof(ConcordApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.StartsWith(version, informational, StringComparison.Ordinal);

        _cli.Write("a.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
        var (_, report, _) = _cli.Run("diff", "a.yaml", "a.yaml", "--format", "json");
        Assert.Equal(version, JsonDocument.Parse(report).RootElement.GetProperty("tool").GetProperty("version").GetString());
    }

    [Fact]
    public void The_suggest_directive_completes_command_names_for_dotnet_suggest()
    {
        var (exit, output, _) = _cli.Run("[suggest:2]", "ch");

        Assert.Equal(ExitCodes.Clean, exit);
        Assert.Equal(["check"], CliRun.Lines(output));
    }

    [Fact]
    public void Verbose_diff_says_what_it_read_and_wrote_and_quiet_says_nothing()
    {
        _cli.Write("a.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses: {'200': {description: ok}}\n");

        var (_, _, verbose) = _cli.Run("diff", "a.yaml", "a.yaml", "--verbose");
        var (_, _, quiet) = _cli.Run("--quiet", "diff", "a.yaml", "a.yaml");

        Assert.Equal(
            ["concord: read a.yaml: OpenAPI 3.0.3, 1 path(s), 0 warning(s)", "concord: read a.yaml: OpenAPI 3.0.3, 1 path(s), 0 warning(s)", "concord: 0 finding(s), text report written to standard output"],
            CliRun.Lines(verbose));
        Assert.Empty(quiet);
    }

    [Theory]
    [InlineData("always", true)]
    [InlineData("never", false)]
    [InlineData("auto", false)] // the test's output is no terminal
    public void Color_colours_the_text_report_only_when_asked_or_on_a_terminal(string color, bool coloured)
    {
        _cli.Write("a.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses: {'200': {description: ok}}\n");
        _cli.Write("b.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '2'}\npaths: {}\n");

        var (exit, output, _) = _cli.Run("diff", "a.yaml", "b.yaml", "--color", color);

        Assert.Equal(ExitCodes.Found, exit);
        Assert.Contains("CORD200", output, StringComparison.Ordinal);
        Assert.Equal(coloured, output.Contains('\u001b', StringComparison.Ordinal));
    }
}
