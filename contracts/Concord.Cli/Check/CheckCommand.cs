using System.CommandLine;
using Concord.Core.Findings;
using Concord.Core.Reports;
using Concord.Cli.Output;
using Concord.OpenApi.Drift;

namespace Concord.Cli.Check;

/// <summary><c>concord check &lt;system-file&gt;</c>: every lens over one system, one report.</summary>
internal static class CheckCommand
{
    private const string Description = """
        Run every lens over a system described by a system file (concord.json): build each project with
        Concord's analyzers, start each service on 127.0.0.1, verify every pact against its provider,
        diff each served OpenAPI document against the committed one, check the routes consumers call and
        probe every documented route live (drift, CORD400-CORD499). Progress goes to standard error.

        Examples:
          concord check contracts/samples/concord.as-reported.json
          concord check concord.json --format sarif --output check.sarif

        Exit codes: 0 nothing at the --fail-on level, 1 findings at that level,
                    2 could not decide (bad system file, a failed build, a service that did not start).
        """;

    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var systemArgument = new Argument<string>("system-file") { Description = "The system file, e.g. concord.json." };
        var format = new Option<string>("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. ReportWriters.Formats]);
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of standard output." };
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "warning" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var command = new Command("check", Description) { systemArgument, format, outputFile, failOn };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            Path.GetFullPath(parsed.GetValue(systemArgument)!, workingDirectory),
            parsed.GetValue(format) ?? "text",
            parsed.GetValue(outputFile) is { } file ? Path.GetFullPath(file, workingDirectory) : null,
            parsed.GetValue(failOn) switch { "error" => Severity.Error, "info" => Severity.Info, _ => Severity.Warning },
            output,
            error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string systemPath, string format, string? outputPath, Severity failOn, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        IReadOnlyList<Finding> findings;
        SystemFile system;
        try
        {
            system = SystemFile.Load(systemPath);
            findings = await new CheckRun(system, error).RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SystemFileException or CheckFailedException or Concord.OpenApi.Loading.SpecLoadException)
        {
            error.WriteLine($"concord: error: {e.Message}");
            return ExitCodes.CouldNotDecide;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("concord: cancelled; the services it started are stopped.");
            return ExitCodes.CouldNotDecide;
        }

        var context = new ReportContext
        {
            Title = $"concord check {Path.GetRelativePath(RepositoryRoot(system.Directory), system.Path)}",
            BasePaths = [RepositoryRoot(system.Directory)],
            Rules = new RuleCatalog(DriftRules.Descriptors),
            OutputIsTerminal = outputPath is null && !Console.IsOutputRedirected,
            NoColor = ReportContext.NoColorRequested(Environment.GetEnvironmentVariable),
        };
        var report = new StringWriter();
        ReportWriters.Get(format).Write(findings, context, report);
        try
        {
            if (outputPath is not null)
            {
                AtomicFile.Write(outputPath, report.ToString());
            }
            else
            {
                await output.WriteAsync(report.ToString()).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"concord: error: cannot write {outputPath}: {e.Message}");
            return ExitCodes.CouldNotDecide;
        }

        return findings.Any(f => f.Severity >= failOn) ? ExitCodes.Found : ExitCodes.Clean;
    }

    private static string RepositoryRoot(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            if (Directory.Exists(Path.Combine(current.FullName, ".git")) || File.Exists(Path.Combine(current.FullName, ".git")))
            {
                return current.FullName;
            }
        }

        return directory;
    }
}
