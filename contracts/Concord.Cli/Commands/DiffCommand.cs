using System.CommandLine;
using Concord.Cli.CommandLine;
using Concord.Cli.Output;
using Concord.Core.Findings;
using Concord.OpenApi.Diff;
using Concord.OpenApi.Loading;
using Concord.OpenApi.Rules;

namespace Concord.Cli.Commands;

/// <summary><c>concord diff &lt;base&gt; &lt;revision&gt;</c>: what changed for clients between two OpenAPI documents.</summary>
internal static class DiffCommand
{
    private const string Description = """
        Compare two versions of an OpenAPI document (2.0, 3.0, 3.1, 3.2; JSON or YAML) and report what
        changed for clients: breaking changes, warnings and info, each with a stable rule id (CORD200-CORD399).

        Examples:
          concord diff api/v1.yaml api/v2.yaml
          concord diff git:main:api/openapi.yaml api/openapi.yaml --fail-on warning
          concord diff old.json new.json --format json --output diff.json
          concord diff old.yaml new.yaml --ignore-path '/internal/*' --ignore-rule CORD292
          concord diff base.yaml pr.yaml --baseline main-diff.json
          git show main:api.yaml | concord diff - api.yaml --summary --format json

        Exit codes: 0 nothing at the --fail-on level, 1 findings at that level,
                    2 could not decide (bad arguments or a document that cannot be read).
        """;

    private const int MaxDeprecationDays = 36_500;

    public static Command Create(TextWriter output, TextWriter error, string workingDirectory, Func<Stream> standardInput)
    {
        var baseArgument = new Argument<string>("base") { Description = "The version clients were built against: a file, git:<ref>:<path>, or - for standard input." };
        var revisionArgument = new Argument<string>("revision") { Description = "The new version: a file, git:<ref>:<path>, or - for standard input." };
        var format = new Option<string>("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. FindingWriters.Formats]);
        var summary = new Option<bool>("--summary") { Description = "Write counts per level, per operation and per rule instead of every finding (text, markdown or json)." };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of standard output." };
        var failOn = new Option<string>("--fail-on") { Description = "Lowest level that makes the exit code 1.", DefaultValueFactory = _ => "breaking" };
        failOn.AcceptOnlyFromAmong("breaking", "warning", "info");
        var ignoreRule = new Option<string[]>("--ignore-rule") { Description = "A rule id not to report, e.g. CORD292 (repeatable, or comma-separated).", AllowMultipleArgumentsPerToken = true };
        var ignorePath = new Option<string[]>("--ignore-path") { Description = "A path template whose operations are not diffed; * matches anything (repeatable).", AllowMultipleArgumentsPerToken = true };
        var baseline = BaselineOption.Create();
        var allowExternal = new Option<bool>("--allow-external-refs") { Description = "Allow $ref to files outside the document's folder. Remote (http) refs are never fetched." };
        var deprecationDays = new Option<int>("--deprecation-days") { Description = "Warn when a newly deprecated operation's, parameter's or property's x-sunset is fewer than this many days away (0: off)." };
        // AddDays past year 9999 throws; a century is more than any deprecation window.
        OptionBounds.Between(deprecationDays, 0, MaxDeprecationDays);
        // An int, not int?, so parse errors name a whole number; absent means "the same as --deprecation-days".
        var betaDeprecationDays = new Option<int>("--deprecation-days-beta") { Description = "The same window for those marked x-stability-level: beta (default: --deprecation-days)." };
        OptionBounds.Between(betaDeprecationDays, 0, MaxDeprecationDays);
        var defaults = SpecLoadOptions.Default;
        var maxFileBytes = new Option<long>("--max-file-bytes") { Description = $"The most bytes read from any one file (default {defaults.MaxDocumentBytes}).", DefaultValueFactory = _ => defaults.MaxDocumentBytes };
        var maxTotalBytes = new Option<long>("--max-total-bytes") { Description = $"The most bytes read from a document and its referenced files together (default {defaults.MaxTotalBytes}).", DefaultValueFactory = _ => defaults.MaxTotalBytes };
        var maxReferencedFiles = new Option<int>("--max-referenced-files") { Description = $"The most files one document may pull in through $ref (default {defaults.MaxReferencedFiles}).", DefaultValueFactory = _ => defaults.MaxReferencedFiles };
        var maxDepth = new Option<int>("--max-depth") { Description = $"The deepest nesting of objects and arrays read (default {defaults.MaxDepth}).", DefaultValueFactory = _ => defaults.MaxDepth };
        OptionBounds.AtLeast(maxFileBytes, 1);
        OptionBounds.AtLeast(maxTotalBytes, 1);
        OptionBounds.AtLeast(maxReferencedFiles, 1);
        OptionBounds.AtLeast(maxDepth, 1);

        var command = new Command("diff", Description)
        {
            baseArgument, revisionArgument, format, summary, outputFile, failOn, baseline, ignoreRule, ignorePath, allowExternal, deprecationDays, betaDeprecationDays,
            maxFileBytes, maxTotalBytes, maxReferencedFiles, maxDepth,
        };

        command.SetAction(parsed =>
        {
            var request = new DiffRequest(
                parsed.GetValue(baseArgument)!,
                parsed.GetValue(revisionArgument)!,
                parsed.GetValue(format) ?? "text",
                parsed.GetValue(outputFile),
                ParseLevel(parsed.GetValue(failOn) ?? "breaking"),
                parsed.GetValue(ignoreRule) ?? [],
                parsed.GetValue(ignorePath) ?? [],
                new SpecLoadOptions
                {
                    AllowFilesOutsideRoot = parsed.GetValue(allowExternal),
                    MaxDocumentBytes = parsed.GetValue(maxFileBytes),
                    MaxTotalBytes = parsed.GetValue(maxTotalBytes),
                    MaxReferencedFiles = parsed.GetValue(maxReferencedFiles),
                    MaxDepth = parsed.GetValue(maxDepth),
                },
                parsed.GetValue(deprecationDays))
            {
                Verbosity = GlobalOptions.VerbosityOf(parsed),
                Baseline = parsed.GetValue(baseline),
                Color = GlobalOptions.ColorOf(parsed, output, toFile: parsed.GetValue(outputFile) is not null),
                BetaDeprecationDays = parsed.GetResult(betaDeprecationDays) is null ? null : parsed.GetValue(betaDeprecationDays),
                Summary = parsed.GetValue(summary),
            };
            return Run(request, output, error, workingDirectory, standardInput);
        });

        return command;
    }

    private static SpecSource Source(string argument, string workingDirectory, Func<Stream> standardInput) =>
        SpecSource.IsStandardInput(argument) ? SpecSource.FromStandardInput(standardInput) : SpecSource.Parse(argument, workingDirectory);

    private static Severity ParseLevel(string level) => level switch
    {
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => Severity.Error,
    };

    private static int Run(DiffRequest request, TextWriter output, TextWriter error, string workingDirectory, Func<Stream> standardInput)
    {
        // Standard input can be read once: two documents cannot both come from it.
        if (SpecSource.IsStandardInput(request.Base) && SpecSource.IsStandardInput(request.Revision))
        {
            error.WriteLine("concord: error: <base> and <revision> cannot both be - (standard input holds one document); give one of them as a file");
            return ExitCodes.CouldNotDecide;
        }

        if (request.Summary && !DiffSummaryWriter.Formats.Contains(request.Format))
        {
            error.WriteLine($"concord: error: --summary is written as {string.Join(", ", DiffSummaryWriter.Formats)}, not {request.Format}");
            return ExitCodes.CouldNotDecide;
        }

        // A mistyped rule id would silently ignore nothing; say so instead.
        var ignoredRules = request.IgnoredRules.SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        if (ignoredRules.FirstOrDefault(id => SpecRules.Find(id) is null) is { } unknown)
        {
            error.WriteLine($"concord: error: --ignore-rule '{unknown}' is not a spec rule id (CORD200-CORD399, see contracts/docs/spec-rules.md)");
            return ExitCodes.CouldNotDecide;
        }

        var loadOptions = request.LoadOptions;
        IReadOnlyList<Finding> findings;
        try
        {
            var baseDocument = SpecLoader.Load(Source(request.Base, workingDirectory, standardInput), loadOptions);
            var revision = SpecLoader.Load(Source(request.Revision, workingDirectory, standardInput), loadOptions);
            if (request.Verbosity == Verbosity.Verbose)
            {
                foreach (var (argument, document) in new[] { (request.Base, baseDocument), (request.Revision, revision) })
                {
                    error.WriteLine($"concord: read {argument}: OpenAPI {document.SpecVersion}, {document.Model.Paths?.Count ?? 0} path(s), {document.Warnings.Count} warning(s)");
                }
            }
            findings = SpecDiff.Compare(baseDocument, revision, new SpecDiffOptions
            {
                IgnoredRules = new HashSet<string>(ignoredRules, StringComparer.OrdinalIgnoreCase),
                IgnoredPaths = request.IgnoredPaths,
                DeprecationWindowDays = request.DeprecationDays,
                BetaDeprecationWindowDays = request.BetaDeprecationDays,
            });
        }
        catch (SpecLoadException e)
        {
            error.WriteLine($"concord: error: {e.Message}");
            return ExitCodes.CouldNotDecide;
        }

        var context = new DiffReportContext(request.Base, request.Revision, request.FailOn)
        {
            OutputIsTerminal = request.Color.OutputIsTerminal,
            NoColor = request.Color.NoColor,
        };
        if (BaselineOption.Apply(request.Baseline, findings, FindingWriters.ContextFor(context), workingDirectory, error, request.Verbosity) is not { } fresh)
        {
            return ExitCodes.CouldNotDecide;
        }

        findings = fresh;
        var report = new StringWriter();
        if (request.Summary)
        {
            DiffSummaryWriter.Write(request.Format, DiffSummary.Of(findings), request.Base, request.Revision, report);
        }
        else
        {
            FindingWriters.Write(request.Format, findings, context, report);
        }

        try
        {
            if (request.Output is { } path)
            {
                AtomicFile.Write(
                    Path.IsPathRooted(path) ? path : Path.Combine(workingDirectory, path),
                    report.ToString(),
                    inputs: [.. new[] { request.Base, request.Revision }.Where(a => !SpecSource.IsStandardInput(a)).Select(a => Path.Combine(workingDirectory, a))]);
            }
            else
            {
                output.Write(report.ToString());
            }

            if (request.Verbosity == Verbosity.Verbose)
            {
                error.WriteLine($"concord: {findings.Count} finding(s), {request.Format} report written to {request.Output ?? "standard output"}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"concord: error: cannot write {request.Output}: {e.Message}");
            return ExitCodes.CouldNotDecide;
        }

        return findings.Any(f => f.Severity >= request.FailOn) ? ExitCodes.Found : ExitCodes.Clean;
    }

    private sealed record DiffRequest(
        string Base, string Revision, string Format, string? Output, Severity FailOn,
        IReadOnlyList<string> IgnoredRules, IReadOnlyList<string> IgnoredPaths, SpecLoadOptions LoadOptions, int DeprecationDays)
    {
        public Verbosity Verbosity { get; init; } = Verbosity.Normal;

        public (bool OutputIsTerminal, bool NoColor) Color { get; init; }

        public string? Baseline { get; init; }

        public int? BetaDeprecationDays { get; init; }

        public bool Summary { get; init; }
    }
}
