using System.Collections.Immutable;
using System.CommandLine;
using Concord.Cli.CommandLine;
using Concord.Cli.Output;
using Concord.Cli.Pacts;
using Concord.Core.Findings;
using Concord.Core.Reports;
using Concord.OpenApi.Loading;
using Concord.OpenApi.PactComparison;
using Concord.Pact.Broker;

namespace Concord.Cli.Commands;

/// <summary><c>concord compare --openapi &lt;document&gt; --pacts &lt;file|folder|URL&gt;</c> (or <c>--broker &lt;url&gt; --provider &lt;name&gt;</c>): consumers' pacts against a provider's document, no provider running.</summary>
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
          concord compare --openapi openapi.json --pacts https://ci.example.com/artifacts/web-api.json
          concord compare --openapi openapi.json --broker https://broker.example.com --provider AuthService
          concord compare --openapi openapi.json --broker https://broker.example.com --provider AuthService \
                          --consumer-version-selector '{"mainBranch":true}' --consumer-version-selector '{"deployedOrReleased":true}'

        Broker credentials: --broker-token or PACT_BROKER_TOKEN (bearer), --broker-username/--broker-password or
        PACT_BROKER_USERNAME/PACT_BROKER_PASSWORD (basic); never written to any output.

        Exit codes: 0 nothing at the --fail-on level, 1 findings at that level,
                    2 could not decide (bad arguments, a document or pact that cannot be read).
        """;

    public static Command Create(TextWriter output, TextWriter error, string workingDirectory, Func<string, string?>? environment = null)
    {
        var openApi = new Option<string>("--openapi") { Description = "The provider's OpenAPI document: a file, or git:<ref>:<path>.", Required = true };
        var pacts = new Option<string?>("--pacts") { Description = "A pact file, a folder whose *.json pact files are all checked, or the http(s) URL of a pact file." };
        var provider = new Option<string?>("--provider") { Description = "Check only the pacts whose provider has this name (useful on a folder of many providers' pacts); with --broker, the provider whose pacts are fetched." };
        var broker = new BrokerOptions("A Pact Broker (or PactFlow) base URL: the provider's latest pacts are fetched from it (needs --provider).");
        var format = new Option<string>("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. FindingWriters.Formats]);
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of standard output." };
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var baseline = BaselineOption.Create();
        var allowExternal = new Option<bool>("--allow-external-refs") { Description = "Allow $ref to files outside the document's folder. Remote (http) refs are never fetched." };

        var command = new Command("compare", Description) { openApi, pacts, provider };
        foreach (var option in broker.All.Concat([format, outputFile, failOn, baseline, allowExternal]))
        {
            command.Options.Add(option);
        }

        var lookup = environment ?? Environment.GetEnvironmentVariable;
        command.SetAction(parsed =>
        {
            var (source, problem) = broker.Read(parsed, lookup);
            var pactUrl = parsed.GetValue(pacts) is { } given && BrokerOptions.IsUrl(given) ? new Uri(given) : null;
            return Run(
                new CompareRequest(
                    parsed.GetValue(openApi)!,
                    parsed.GetValue(pacts),
                    parsed.GetValue(provider),
                    parsed.GetValue(format) ?? "text",
                    parsed.GetValue(outputFile),
                    parsed.GetValue(failOn) switch { "warning" => Severity.Warning, "info" => Severity.Info, _ => Severity.Error },
                    new SpecLoadOptions { AllowFilesOutsideRoot = parsed.GetValue(allowExternal) })
                {
                    Baseline = parsed.GetValue(baseline),
                    Broker = parsed.GetValue(broker.Broker),
                    BrokerSource = source,
                    BrokerProblem = problem,
                    PactUrlCredentials = pactUrl is null ? null : broker.CredentialsFor(parsed, pactUrl, lookup),
                    Verbosity = GlobalOptions.VerbosityOf(parsed),
                    Color = GlobalOptions.ColorOf(parsed, output, toFile: parsed.GetValue(outputFile) is not null),
                },
                output,
                error,
                workingDirectory);
        });
        return command;
    }

    private static int Run(CompareRequest request, TextWriter output, TextWriter error, string workingDirectory)
    {
        List<Finding> findings = [];
        string pactsShown;
        try
        {
            if (Arguments(request) is { } wrong)
            {
                error.WriteLine($"concord: error: {wrong}");
                return ExitCodes.CouldNotDecide;
            }

            var document = SpecLoader.Load(SpecSource.Parse(request.OpenApi, workingDirectory), request.LoadOptions);

            // Every pact is read (or fetched) before anything is reported: a bad one stops the run with nothing half-written.
            var (read, shown) = ReadPacts(request, workingDirectory);
            pactsShown = shown;
            var selected = read.Where(p => request.Provider is null || string.Equals(p.Provider, request.Provider, StringComparison.Ordinal)).ToList();
            if (selected.Count == 0)
            {
                error.WriteLine($"concord: error: {shown}: no pact for provider '{request.Provider}' (pacts here are for: {string.Join(", ", read.Select(p => p.Provider).Distinct(StringComparer.Ordinal))})");
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
        catch (PactBrokerException e)
        {
            // A refusal says where else credentials could come from; the client has already cut any secret out.
            error.WriteLine($"concord: error: {e.Message}{(e.StatusCode is 401 or 403 ? " " + BrokerSignIn.Hint : string.Empty)}");
            return ExitCodes.CouldNotDecide;
        }

        var context = new ReportContext
        {
            Title = request.Broker is null
                ? $"concord compare --openapi {request.OpenApi} --pacts {pactsShown}"
                : $"concord compare --openapi {request.OpenApi} --broker {pactsShown} --provider {request.Provider}",
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
                    inputs: [Path.Combine(workingDirectory, request.OpenApi), .. request.Pacts is { } local && !BrokerOptions.IsUrl(local) ? [Path.Combine(workingDirectory, local)] : Array.Empty<string>()]);
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

    /// <summary>What is wrong with the pact arguments taken together, or null.</summary>
    private static string? Arguments(CompareRequest request) => (request.Pacts, request.Broker) switch
    {
        (null, null) => "give the pacts: --pacts <file|folder|URL>, or --broker <url> with --provider <name>",
        (not null, not null) => "--pacts and --broker both given; give one",
        (null, _) when request.BrokerProblem is { } problem => problem,
        (null, _) when request.Provider is null => "--broker needs --provider: the provider whose pacts are fetched",
        _ => request.BrokerProblem,
    };

    /// <summary>The pacts and how the report names where they came from (URLs without credentials).</summary>
    private static (IReadOnlyList<ConsumerPact> Pacts, string Shown) ReadPacts(CompareRequest request, string workingDirectory)
    {
        if (request.Pacts is { } given && !BrokerOptions.IsUrl(given))
        {
            var pactPath = Path.IsPathRooted(given) ? given : Path.Combine(workingDirectory, given);
            return ([.. PactPaths(pactPath, given).Select(file => PactReader.ReadFile(file, Shown(file, workingDirectory)))], given);
        }

        if (request.Pacts is { } url)
        {
            return RemotePacts.Pact(new Uri(url), request.PactUrlCredentials);
        }

        var broker = request.BrokerSource!;
        return RemotePacts.FromBroker(broker.Url, request.Provider!, broker.Selectors, broker.Credentials);
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

    private sealed record CompareRequest(string OpenApi, string? Pacts, string? Provider, string Format, string? Output, Severity FailOn, SpecLoadOptions LoadOptions)
    {
        /// <summary>An earlier report: only findings not in it are reported (<c>--baseline</c>).</summary>
        public string? Baseline { get; init; }

        /// <summary>A Pact Broker base URL (<c>--broker</c>), instead of <see cref="Pacts"/>.</summary>
        public string? Broker { get; init; }

        /// <summary>The broker to read from, when <see cref="Broker"/> was given and is usable.</summary>
        public BrokerSource? BrokerSource { get; init; }

        /// <summary>What is wrong with the broker options, or null.</summary>
        public string? BrokerProblem { get; init; }

        /// <summary>The credentials a <c>--pacts</c> URL is fetched with.</summary>
        public BrokerCredentials? PactUrlCredentials { get; init; }

        public Verbosity Verbosity { get; init; } = Verbosity.Normal;

        public (bool OutputIsTerminal, bool NoColor) Color { get; init; }
    }
}
