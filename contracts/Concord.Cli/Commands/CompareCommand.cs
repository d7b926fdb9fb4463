using System.Collections.Immutable;
using System.CommandLine;
using Concord.Cli.CommandLine;
using Concord.Cli.Output;
using Concord.Core.Findings;
using Concord.Core.Reports;
using Concord.OpenApi.Loading;
using Concord.OpenApi.PactComparison;

namespace Concord.Cli.Commands;

/// <summary><c>concord compare --openapi &lt;document&gt; --pacts &lt;file|folder&gt;</c>: consumers' pacts against a provider's document, no provider running.</summary>
internal static class CompareCommand
{
    private const string Description = """
        Check consumers' pacts (specification 2, 3 or 4) against a provider's OpenAPI document (2.0, 3.0, 3.1;
        JSON or YAML) without running the provider: every HTTP interaction must reach a documented operation,
        send what it requires (parameters, credentials, body) and expect what it documents (status, content
        type, headers, body). Rules CORD110-CORD139.

        Examples:
          concord compare --openapi auth/openapi.json --pacts pacts/
          concord compare --openapi git:main:api/openapi.yaml --pacts pacts/web-api.json --fail-on warning
          concord compare --openapi openapi.json --pacts pacts/ --provider AuthService --format sarif --output compare.sarif
          concord compare --openapi openapi.json --pacts pacts/ --baseline main-compare.json

        Exit codes: 0 nothing at the --fail-on level, 1 findings at that level,
                    2 could not decide (bad arguments, a document or pact that cannot be read).
        """;

    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var openApi = new Option<string>("--openapi") { Description = "The provider's OpenAPI document: a file, or git:<ref>:<path>.", Required = true };
        var pacts = new Option<string>("--pacts") { Description = "A pact file, or a folder whose *.json pact files are all checked.", Required = true };
        var provider = new Option<string?>("--provider") { Description = "Check only the pacts whose provider has this name (useful on a folder of many providers' pacts)." };
        var format = new Option<string>("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. FindingWriters.Formats]);
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of standard output." };
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var baseline = BaselineOption.Create();
        var allowExternal = new Option<bool>("--allow-external-refs") { Description = "Allow $ref to files outside the document's folder. Remote (http) refs are never fetched." };

        var command = new Command("compare", Description) { openApi, pacts, provider, format, outputFile, failOn, baseline, allowExternal };
        command.SetAction(parsed => Run(
            new CompareRequest(
                parsed.GetValue(openApi)!,
                parsed.GetValue(pacts)!,
                parsed.GetValue(provider),
                parsed.GetValue(format) ?? "text",
                parsed.GetValue(outputFile),
                parsed.GetValue(failOn) switch { "warning" => Severity.Warning, "info" => Severity.Info, _ => Severity.Error },
                new SpecLoadOptions { AllowFilesOutsideRoot = parsed.GetValue(allowExternal) })
            {
                Baseline = parsed.GetValue(baseline),
                Verbosity = GlobalOptions.VerbosityOf(parsed),
                Color = GlobalOptions.ColorOf(parsed, output, toFile: parsed.GetValue(outputFile) is not null),
            },
            output,
            error,
            workingDirectory));
        return command;
    }

    private static int Run(CompareRequest request, TextWriter output, TextWriter error, string workingDirectory)
    {
        List<Finding> findings = [];
        try
        {
            var pactPath = Path.IsPathRooted(request.Pacts) ? request.Pacts : Path.Combine(workingDirectory, request.Pacts);
            var files = PactPaths(pactPath, request.Pacts);
            var document = SpecLoader.Load(SpecSource.Parse(request.OpenApi, workingDirectory), request.LoadOptions);

            // Every pact is read before anything is reported: a bad one stops the run with nothing half-written.
            var read = files.Select(file => PactReader.ReadFile(file, Shown(file, workingDirectory))).ToList();
            var selected = read.Where(p => request.Provider is null || string.Equals(p.Provider, request.Provider, StringComparison.Ordinal)).ToList();
            if (selected.Count == 0)
            {
                error.WriteLine($"concord: error: {request.Pacts}: no pact for provider '{request.Provider}' (pacts here are for: {string.Join(", ", read.Select(p => p.Provider).Distinct(StringComparer.Ordinal))})");
                return ExitCodes.CouldNotDecide;
            }

            var comparer = new PactComparer(document);
            foreach (var pact in selected)
            {
                findings.AddRange(comparer.Compare(pact));
            }
        }
        catch (SpecLoadException e)
        {
            error.WriteLine($"concord: error: {e.Message}");
            return ExitCodes.CouldNotDecide;
        }
        catch (PactReadException e)
        {
            error.WriteLine($"concord: error: {e.Message}");
            return ExitCodes.CouldNotDecide;
        }
        catch (FileNotFoundException e)
        {
            error.WriteLine($"concord: error: {e.Message}");
            return ExitCodes.CouldNotDecide;
        }

        var context = new ReportContext
        {
            Title = $"concord compare --openapi {request.OpenApi} --pacts {request.Pacts}",
            ToolInformationUri = ReportContext.ProjectUri,
            BasePaths = ImmutableArray.Create(workingDirectory, Environment.CurrentDirectory),
            Rules = Catalog.Value,
            OutputIsTerminal = request.Color.OutputIsTerminal,
            NoColor = request.Color.NoColor,
        };
        if (BaselineOption.Apply(request.Baseline, findings, context, workingDirectory, error, request.Verbosity) is not { } fresh)
        {
            return ExitCodes.CouldNotDecide;
        }

        findings = [.. fresh];
        var report = new StringWriter();
        ReportWriters.Get(request.Format).Write(findings, context, report);
        try
        {
            if (request.Output is { } path)
            {
                AtomicFile.Write(
                    Path.IsPathRooted(path) ? path : Path.Combine(workingDirectory, path),
                    report.ToString(),
                    inputs: [Path.Combine(workingDirectory, request.OpenApi), Path.Combine(workingDirectory, request.Pacts)]);
            }
            else
            {
                output.Write(report.ToString());
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutputRefusedException)
        {
            error.WriteLine($"concord: error: cannot write {request.Output}: {e.Message}");
            return ExitCodes.CouldNotDecide;
        }

        return findings.Any(f => f.Severity >= request.FailOn) ? ExitCodes.Found : ExitCodes.Clean;
    }

    private static readonly Lazy<RuleCatalog> Catalog = new(() => new RuleCatalog(PactComparisonRules.Descriptors));

    /// <summary>The pact file, or the folder's *.json files in name order.</summary>
    private static IReadOnlyList<string> PactPaths(string path, string asGiven)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToList();
            return files.Count > 0 ? files : throw new FileNotFoundException($"{asGiven}: the folder holds no *.json pact file");
        }

        return File.Exists(path) ? [path] : throw new FileNotFoundException($"{asGiven}: no such pact file or folder");
    }

    // Pacts under the working directory are named relative to it, others by their full path.
    private static string Shown(string file, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, file) is var relative && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative) ? relative : file;

    private sealed record CompareRequest(string OpenApi, string Pacts, string? Provider, string Format, string? Output, Severity FailOn, SpecLoadOptions LoadOptions)
    {
        /// <summary>An earlier report: only findings not in it are reported (<c>--baseline</c>).</summary>
        public string? Baseline { get; init; }

        public Verbosity Verbosity { get; init; } = Verbosity.Normal;

        public (bool OutputIsTerminal, bool NoColor) Color { get; init; }
    }
}
