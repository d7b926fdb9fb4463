using System.Diagnostics;
using System.Text;
using Concord.Cli;

namespace Concord.Cli.Tests;

/// <summary><c>concord diff -</c>: either side read from standard input, named <c>&lt;stdin&gt;</c> in findings and errors.</summary>
public sealed class DiffStandardInputTests : IDisposable
{
    private const string Two = """
        openapi: 3.0.3
        info: {title: registry, version: '1'}
        paths:
          /models:
            get:
              responses: {'200': {description: ok}}
          /runs:
            get:
              responses: {'200': {description: ok}}
        """;

    private const string One = """
        openapi: 3.0.3
        info: {title: registry, version: '1'}
        paths:
          /models:
            get:
              responses: {'200': {description: ok}}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("concord-stdin-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(_folder, name), text);
        return name;
    }

    private (int Exit, string Output, string Error, int Opened) Run(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var opened = 0;
        var exit = ConcordApp.Run(args, output, error, _folder, Environment.GetEnvironmentVariable, () =>
        {
            opened++;
            return new MemoryStream(Encoding.UTF8.GetBytes(input));
        });
        return (exit, output.ToString(), error.ToString(), opened);
    }

    [Fact]
    public void The_base_can_come_from_standard_input()
    {
        var (exit, output, error, opened) = Run(Two, "diff", "-", Write("v2.yaml", One));

        Assert.Equal(ExitCodes.Found, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(1, opened);
        Assert.Contains("CORD200", output, StringComparison.Ordinal);
        Assert.Contains("<stdin>#/paths/~1runs", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_revision_can_come_from_standard_input()
    {
        var (exit, output, _, _) = Run(One, "diff", Write("v1.yaml", Two), "-", "--format", "json");

        Assert.Equal(ExitCodes.Found, exit);
        Assert.Contains("\"document\": \"<stdin>\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_not_opened_when_both_sides_are_files()
    {
        var (exit, _, _, opened) = Run(string.Empty, "diff", Write("v1.yaml", Two), Write("v2.yaml", Two));

        Assert.Equal(ExitCodes.Clean, exit);
        Assert.Equal(0, opened);
    }

    [Fact]
    public void Both_sides_from_standard_input_is_refused_before_reading()
    {
        var (exit, output, error, opened) = Run(Two, "diff", "-", "-");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(0, opened);
        Assert.Contains("cannot both be -", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_on_standard_input_names_stdin_line_and_column()
    {
        var broken = One + "\n    bad: [\n";

        var (exit, output, error, _) = Run(broken, "diff", "-", Write("v2.yaml", One));

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("concord: error: <stdin>:8:1: invalid YAML", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Empty_standard_input_and_a_file_reference_in_it_are_clear_errors()
    {
        var file = Write("v2.yaml", One);

        var empty = Run(string.Empty, "diff", "-", file);
        var referencing = Run(One.Replace("responses: {'200': {description: ok}}", "responses: {'200': {$ref: 'responses.yaml#/ok'}}", StringComparison.Ordinal), "diff", "-", file);

        Assert.Equal(ExitCodes.CouldNotDecide, empty.Exit);
        Assert.Contains("<stdin>: standard input is empty", empty.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.CouldNotDecide, referencing.Exit);
        Assert.Matches(@"<stdin>:\d+:\d+: \$ref refused: 'responses.yaml' is a file reference and a document read from standard input has no folder", referencing.Error);
    }

    [Fact]
    public void Standard_input_over_the_file_limit_is_refused()
    {
        var (exit, _, error, _) = Run(Two, "diff", "-", Write("v2.yaml", One), "--max-file-bytes", "100");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Contains("<stdin>: standard input is over the 100-byte limit", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_tool_reads_a_document_piped_into_it()
    {
        var revision = Path.Combine(_folder, Write("v2.yaml", One));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "concord.dll"), "diff", "-", revision, "--summary" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(Two);
        process.StandardInput.Close();
        await process.WaitForExitAsync();

        Assert.Equal(string.Empty, await error);
        Assert.Equal(ExitCodes.Found, process.ExitCode);
        Assert.Contains("concord diff - " + revision + ": 1 change: 1 breaking, 0 warning, 0 info", await output, StringComparison.Ordinal);
    }
}
