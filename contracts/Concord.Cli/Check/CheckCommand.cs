using System.CommandLine;
using Concord.Cli.CommandLine;
using Concord.Cli.Commands;
using Concord.Cli.Output;
using Concord.Cli.Pacts;
using Concord.Cli.Systems;
using Concord.Core.Findings;
using Concord.Core.Reports;

namespace Concord.Cli.Check;

/// <summary><c>concord check [system]</c>: every lens over one system, one or more reports.</summary>
internal static class CheckCommand
{
    private const string Description = """
        Run every lens over a system: build every project once with Concord's analyzers (injected, whether or
        not a project references them), start each service on 127.0.0.1, verify every pact against its
        provider, diff each served OpenAPI document against the committed one, check the routes consumers call
        and probe every documented route live (drift, CORD400-CORD499). Progress goes to standard error.

        The system is discovered from what you have: no argument (the current folder), a folder, a solution
        (.sln/.slnx: web projects are services, projects that make HTTP calls are consumers), an Aspire app host
        project (its resources and references), or a system file (concord.json/.yaml) that lists services or
        overrides what discovery found.

        Examples:
          concord check
          concord check Shop.slnx --report sarif=out/check.sarif --report html=out/check.html
          concord check AppHost/AppHost.csproj
          concord check contracts/samples/concord.as-reported.json --no-build
          concord check --baseline main-check.json --report sarif=out/check.sarif
          concord check --broker https://broker.example.com --consumer-version-selector '{"mainBranch":true}'

        Broker credentials: --broker-token or PACT_BROKER_TOKEN (bearer), --broker-username/--broker-password or
        PACT_BROKER_USERNAME/PACT_BROKER_PASSWORD (basic); never written to any output.

        Exit codes: 0 nothing at the --fail-on level, 1 findings at that level,
                    2 could not decide (bad system file, a failed build, a service that did not start).
        """;

    public static Command Create(TextWriter output, TextWriter error, string workingDirectory, Func<string, string?>? environment = null)
    {
        var systemArgument = new Argument<string?>("system")
        {
            Description = "A system file, solution, Aspire app host project or folder (default: the current folder).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format", "-f") { Description = "Format of the report on standard output (or in --output).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. ReportWriters.Formats]);
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write that report to this file (atomically) instead of standard output." };
        var reports = new Option<string[]>("--report")
        {
            Description = $"Also write a report: <format>=<file>, e.g. sarif=out/check.sarif (repeatable; formats: {string.Join(", ", ReportWriters.Formats)}).",
            AllowMultipleArgumentsPerToken = false,
        };
        var baseline = BaselineOption.Create();
        var noBuild = new Option<bool>("--no-build") { Description = "Use the last build check made (its analyzers' results and assemblies) instead of building." };
        var startTimeout = new Option<int>("--start-timeout")
        {
            Description = "Seconds the started services may take to answer (default 60); a service that builds its database at start-up may need more.",
            DefaultValueFactory = _ => (int)CheckRun.DefaultStartTimeout.TotalSeconds,
        };
        OptionBounds.AtLeast(startTimeout, 1);
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "warning" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var broker = new BrokerOptions("A Pact Broker (or PactFlow) base URL: each service's pacts as provider (the latest of each consumer, or those the selectors choose) are fetched from it and checked with the pact folder's.");
        var command = new Command("check", Description) { systemArgument, format, outputFile, reports, noBuild, startTimeout, failOn, baseline };
        foreach (var option in broker.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parsed, cancellationToken) =>
        {
            var targets = new List<ReportTarget>
            {
                new(parsed.GetValue(format) ?? "text", parsed.GetValue(outputFile) is { } file ? Path.GetFullPath(file, workingDirectory) : null),
            };
            foreach (var report in parsed.GetValue(reports) ?? [])
            {
                var equals = report.IndexOf('=', StringComparison.Ordinal);
                var kind = equals > 0 ? report[..equals] : "";
                if (!ReportWriters.Formats.Contains(kind) || equals == report.Length - 1)
                {
                    error.WriteLine($"concord: error: --report {report}: expected <format>=<file> with a format among {string.Join(", ", ReportWriters.Formats)}.");
                    return Task.FromResult(ExitCodes.CouldNotDecide);
                }

                targets.Add(new ReportTarget(kind, Path.GetFullPath(report[(equals + 1)..], workingDirectory)));
            }

            var (pactBroker, brokerProblem) = broker.Read(parsed, environment ?? Environment.GetEnvironmentVariable);
            if (brokerProblem is not null)
            {
                error.WriteLine($"concord: error: {brokerProblem}");
                return Task.FromResult(ExitCodes.CouldNotDecide);
            }

            var severity = parsed.GetValue(failOn) switch { "error" => Severity.Error, "info" => Severity.Info, _ => Severity.Warning };
            var console = new CheckConsole(
                GlobalOptions.VerbosityOf(parsed),
                GlobalOptions.ColorOf(parsed, output, toFile: false),
                GlobalOptions.ColorOf(parsed, output, toFile: true))
            {
                Baseline = parsed.GetValue(baseline),
                WorkingDirectory = workingDirectory,
            };
            return RunAsync(parsed.GetValue(systemArgument), workingDirectory, new CheckOptions(parsed.GetValue(noBuild), severity, targets, pactBroker, TimeSpan.FromSeconds(parsed.GetValue(startTimeout))), output, error, console, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        string? argument, string workingDirectory, CheckOptions options, TextWriter output, TextWriter error, CheckConsole console, CancellationToken interrupted)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(interrupted);
        using var hangUp = HangUpSignals.Cancel(cancellation);
        var cancellationToken = cancellation.Token;
        IReadOnlyList<Finding> findings;
        SystemSource source;
        CheckRun run;
        try
        {
            source = SystemSource.Locate(argument, workingDirectory);
            run = new CheckRun(source, options, new CheckProgress(console.Verbosity == Verbosity.Quiet ? TextWriter.Null : error));
            findings = await run.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SystemFileException or CheckFailedException or Concord.OpenApi.Loading.SpecLoadException)
        {
            error.WriteLine($"concord: error: {e.Message}");
            console.WriteCauses(e, error);
            return ExitCodes.CouldNotDecide;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine("concord: cancelled; the services it started are stopped.");
            return ExitCodes.CouldNotDecide;
        }
        catch (OperationCanceledException e)
        {
            // Not the user: a request to a started service ran out of time. Saying "cancelled" would send them
            // looking for who pressed Ctrl-C.
            error.WriteLine($"concord: error: check could not finish: a request to a started service got no answer in time ({e.Message}); the services it started are stopped.");
            return ExitCodes.CouldNotDecide;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException or HttpRequestException)
        {
            // Whatever went wrong, the user gets one line that says what, never a stack trace.
            error.WriteLine($"concord: error: check could not finish: {e.Message}");
            console.WriteCauses(e, error);
            return ExitCodes.CouldNotDecide;
        }

        var root = RepositoryRoot(source.Directory);
        var context = new ReportContext
        {
            Title = $"concord check {Path.GetRelativePath(root, source.Path)}",
            BasePaths = [root],
            Rules = new RuleCatalog(run.Rules.DistinctBy(r => r.Id, StringComparer.Ordinal)),
            SystemMap = run.Map,
        };
        if (BaselineOption.Apply(console.Baseline, findings, context, console.WorkingDirectory, error, console.Verbosity) is not { } fresh)
        {
            return ExitCodes.CouldNotDecide;
        }

        findings = fresh;
        foreach (var target in options.Reports)
        {
            var report = new StringWriter();
            var (terminal, noColor) = target.File is null ? console.StandardOutputColor : console.FileColor;
            ReportWriters.Get(target.Format).Write(findings, context with { OutputIsTerminal = terminal, NoColor = noColor }, report);
            try
            {
                if (target.File is not null)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(target.File)!);
                    AtomicFile.Write(target.File, report.ToString(), File.Exists(source.Path) ? [source.Path] : []);
                    if (console.Verbosity == Verbosity.Verbose)
                    {
                        error.WriteLine($"concord: wrote the {target.Format} report to {target.File}");
                    }
                }
                else
                {
                    await output.WriteAsync(report.ToString()).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutputRefusedException)
            {
                error.WriteLine($"concord: error: cannot write {target.File}: {e.Message}");
                return ExitCodes.CouldNotDecide;
            }
        }

        return findings.Any(f => f.Severity >= options.FailOn) ? ExitCodes.Found : ExitCodes.Clean;
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
