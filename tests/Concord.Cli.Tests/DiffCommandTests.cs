using System.Text.Json;
using Concord.Cli;

namespace Concord.Cli.Tests;

/// <summary>Runs the real <c>concord</c> command in-process against real files.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private const string Open = """
        openapi: 3.0.3
        info: {title: registry, version: '1'}
        paths:
          /mlflow/{path}:
            get:
              responses: {'200': {description: ok}}
          /api/mlflow/{path}:
            get:
              responses: {'200': {description: ok}}
        """;

    private const string Narrowed = """
        openapi: 3.0.3
        info: {title: registry, version: '2'}
        paths:
          /mlflow/{path}:
            get:
              responses: {'200': {description: ok}}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("concord-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ConcordApp.Run(args, output, error, _folder);
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(_folder, name), text);
        return name;
    }

    [Fact]
    public void A_breaking_change_exits_1_and_names_the_rule()
    {
        var (exit, output, _) = Run("diff", Write("v1.yaml", Open), Write("v2.yaml", Narrowed));

        Assert.Equal(ExitCodes.Found, exit);
        Assert.Contains("error CORD200", output, StringComparison.Ordinal);
        Assert.Contains("/api/mlflow/{path} was removed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_info_changes_exit_0_unless_fail_on_info()
    {
        var v1 = Write("v1.yaml", Narrowed);
        var v2 = Write("v2.yaml", Narrowed.Replace("version: '2'", "version: '3'", StringComparison.Ordinal));

        Assert.Equal(ExitCodes.Clean, Run("diff", v1, v2).Exit);
        Assert.Equal(ExitCodes.Found, Run("diff", v1, v2, "--fail-on", "info").Exit);
    }

    [Fact]
    public void Ignoring_the_rule_makes_the_run_clean()
    {
        var (exit, _, _) = Run("diff", Write("v1.yaml", Open), Write("v2.yaml", Narrowed), "--ignore-rule", "CORD200");
        Assert.Equal(ExitCodes.Clean, exit);
    }

    [Fact]
    public void An_unknown_rule_id_to_ignore_exits_2_instead_of_ignoring_nothing()
    {
        var (exit, _, error) = Run("diff", Write("v1.yaml", Open), Write("v2.yaml", Narrowed), "--ignore-rule", "CORD390,CORD2000");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Contains("'CORD2000' is not a spec rule id", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_goes_to_the_file_and_parses()
    {
        var (exit, output, _) = Run("diff", Write("v1.yaml", Open), Write("v2.yaml", Narrowed), "--format", "json", "--output", "report.json");

        Assert.Equal(ExitCodes.Found, exit);
        Assert.Empty(output);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "report.json")));
        var rules = report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToArray();
        Assert.Contains("CORD200", rules);
        Assert.DoesNotContain(Directory.GetFiles(_folder), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_document_exits_2_with_one_line_naming_file_and_line_and_writes_nothing()
    {
        var (exit, output, error) = Run("diff", Write("v1.yaml", Open), Write("bad.yaml", "openapi: 3.0.3\npaths: [\n"), "--output", "report.txt");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("concord: error: bad.yaml:", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "report.txt")));
    }

    [Fact]
    public void Bad_arguments_exit_2()
    {
        Assert.Equal(ExitCodes.CouldNotDecide, Run("diff", "only-one.yaml").Exit);
        Assert.Equal(ExitCodes.CouldNotDecide, Run("diff", "a.yaml", "b.yaml", "--fail-on", "sometimes").Exit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void An_empty_or_endless_document_exits_2_with_one_line(string document)
    {
        var (exit, output, error) = Run("diff", document, Write("v1.yaml", Open));

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("concord: error: ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--deprecation-days", "2147483647")]
    [InlineData("--deprecation-days", "-1")]
    [InlineData("--max-referenced-files", "0")]
    [InlineData("--max-file-bytes", "-5")]
    // Past the option's type: the parser's own error, not a stack trace from the range check.
    [InlineData("--deprecation-days", "99999999999")]
    [InlineData("--max-depth", "99999999999")]
    [InlineData("--max-total-bytes", "99999999999999999999")]
    public void A_limit_out_of_range_exits_2(string option, string value)
    {
        var (exit, _, error) = Run("diff", Write("a.yaml", Open), Write("b.yaml", Narrowed), option, value);

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.Contains(value, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_referenced_file_limit_is_an_option()
    {
        Write("pet.yaml", "type: object\nproperties:\n  owner: {$ref: 'owner.yaml'}\n");
        Write("owner.yaml", "type: string\n");
        var api = Write("api.yaml", Open.Replace("responses: {'200': {description: ok}}", "responses: {'200': {description: ok, content: {application/json: {schema: {$ref: 'pet.yaml'}}}}}", StringComparison.Ordinal));

        // Two referenced files: pet.yaml and, through it, owner.yaml.
        var limited = Run("diff", api, api, "--max-referenced-files", "1");
        var relaxed = Run("diff", api, api, "--max-referenced-files", "2");

        Assert.Equal(ExitCodes.Clean, relaxed.Exit);
        Assert.Equal(ExitCodes.CouldNotDecide, limited.Exit);
        Assert.Contains("--max-referenced-files", limited.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_teaches_with_examples_and_exit_codes()
    {
        var (exit, output, _) = Run("diff", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("concord diff git:main:api/openapi.yaml api/openapi.yaml", output, StringComparison.Ordinal);
        Assert.Contains("Exit codes", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("markdown", "CORD200")]
    [InlineData("junit", "<testsuites")]
    [InlineData("html", "<!DOCTYPE html>")]
    public void Every_report_format_of_Concord_Core_is_offered(string format, string expected)
    {
        var (exit, output, error) = Run("diff", Write("v1.yaml", Open), Write("v2.yaml", Narrowed), "--format", format);

        Assert.True(exit == ExitCodes.Found, error);
        Assert.Contains(expected, output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Gitlab_output_places_each_change_at_the_revision_document_relative_to_the_current_folder()
    {
        var (exit, output, error) = Run("diff", Write("v1.yaml", Open), Write("v2.yaml", Narrowed), "--format", "gitlab");

        Assert.True(exit == ExitCodes.Found, error);
        using var report = JsonDocument.Parse(output);
        var entry = report.RootElement.EnumerateArray().First();
        Assert.Equal("CORD200", entry.GetProperty("check_name").GetString());
        Assert.StartsWith("CORD200: ", entry.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(32, entry.GetProperty("fingerprint").GetString()!.Length);
        var path = entry.GetProperty("location").GetProperty("path").GetString()!;
        Assert.False(Path.IsPathRooted(path), path);
        Assert.EndsWith(".yaml", path, StringComparison.Ordinal);
        Assert.True(entry.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32() >= 1);
    }

    [Fact]
    public void Sarif_output_names_the_spec_rule_that_fired()
    {
        var (exit, output, _) = Run("diff", Write("v1.yaml", Open), Write("v2.yaml", Narrowed), "--format", "sarif");

        Assert.Equal(ExitCodes.Found, exit);
        using var sarif = JsonDocument.Parse(output);
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("CORD200", run.GetProperty("results")[0].GetProperty("ruleId").GetString());
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(),
            rule => rule.GetProperty("id").GetString() == "CORD200");
    }

    [Fact]
    public void The_base_can_come_from_a_git_revision()
    {
        Write("api.yaml", Open);
        Git("init", "-q");
        Git("add", "api.yaml");
        Git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "v1");
        Write("api.yaml", Narrowed);

        var (exit, output, error) = Run("diff", "git:HEAD:api.yaml", "api.yaml");

        Assert.True(exit == ExitCodes.Found, error);
        Assert.Contains("CORD200", output, StringComparison.Ordinal);
    }

    private void Git(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
