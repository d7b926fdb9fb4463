using System.Diagnostics;

namespace Concord.Cli.Check.Build;

/// <summary>
/// One <c>dotnet build</c> of the whole system (restore included, parallel, incremental), with Concord's
/// analyzers and their HTTP inventory injected through <c>Concord.Check.targets</c>, whether or not the projects
/// reference the analyzer package. Each project describes its build in a file under the run's cache folder;
/// a project whose compiler was skipped as up to date, and so wrote no SARIF log, is compiled once more.
/// </summary>
internal sealed class SystemBuild(string cacheFolder, CheckProgress progress)
{
    private static readonly string s_toolFolder = AppContext.BaseDirectory;

    /// <summary>Where each project's build description goes; also read by <c>--no-build</c>.</summary>
    public string DescriptionFolder { get; } = Path.Combine(cacheFolder, "projects") + Path.DirectorySeparatorChar;

    /// <summary>The analyzer assembly that is injected: the tool's own copy.</summary>
    public static string AnalyzerAssembly => Path.Combine(s_toolFolder, "Concord.Analyzers.dll");

    private static string TargetsFile => Path.Combine(s_toolFolder, "Check", "Build", "Concord.Check.targets");

    /// <summary>
    /// Builds <paramref name="entry"/> (a solution, or a project such as an Aspire app host) or, when it is null,
    /// <paramref name="projects"/> through a solution file written to the cache folder. Returns every C# project built.
    /// </summary>
    public async Task<IReadOnlyList<BuildInfo>> RunAsync(string? entry, IReadOnlyList<string> projects, CancellationToken cancellationToken)
    {
        var target = entry ?? WriteSolution(projects);
        WriteProjectList(entry is not null && IsSolution(entry) ? Systems.SolutionFile.Projects(entry) : projects);
        var started = DateTime.UtcNow;
        using (progress.Step($"building {Describe(entry, projects)} with Concord's analyzers (dotnet build)"))
        {
            await BuildAsync(target, cancellationToken).ConfigureAwait(false);
        }

        var built = ReadDescriptions(projects, newerThan: started.AddSeconds(-2), entry);
        var stale = built.Where(b => !HasFreshLog(b)).ToList();
        if (stale.Count > 0)
        {
            // Up to date before check ran: the compiler was skipped and wrote no log for this run. Compile those again.
            foreach (var project in stale)
            {
                File.Delete(project.IntermediateAssembly);
            }

            using (progress.Step($"compiling {string.Join(", ", stale.Select(s => s.Name))} again for the analyzers' log"))
            {
                await BuildAsync(target, cancellationToken).ConfigureAwait(false);
            }
        }

        return built;
    }

    /// <summary><c>--no-build</c>: what the last build of these projects described, if it is complete.</summary>
    public IReadOnlyList<BuildInfo> Previous(IReadOnlyList<string> projects, string? entry)
    {
        var built = ReadDescriptions(projects, newerThan: DateTime.MinValue, entry);
        if (built.Count == 0 || built.Any(b => !File.Exists(b.TargetPath) || !File.Exists(b.SarifLog)))
        {
            throw new CheckFailedException($"--no-build: no complete earlier build of this system under {cacheFolder}; run concord check once without --no-build.");
        }

        return built;
    }

    /// <summary>
    /// Whether this build's compiler wrote the project's log. A log that does not parse (a run killed while the
    /// compiler wrote it) counts as missing, so the project is compiled again instead of failing every later check.
    /// </summary>
    private static bool HasFreshLog(BuildInfo built) =>
        File.Exists(built.SarifLog) && File.Exists(built.IntermediateAssembly)
        && File.GetLastWriteTimeUtc(built.SarifLog) >= File.GetLastWriteTimeUtc(built.IntermediateAssembly)
        && SarifDiagnostics.IsReadable(built.SarifLog);

    private List<BuildInfo> ReadDescriptions(IReadOnlyList<string> projects, DateTime newerThan, string? entry)
    {
        if (!Directory.Exists(DescriptionFolder))
        {
            return [];
        }

        var wanted = projects.ToHashSet(StringComparer.Ordinal);
        return [.. Directory.GetFiles(DescriptionFolder, "*.build.txt")
            .Where(file => File.GetLastWriteTimeUtc(file) >= newerThan || newerThan == DateTime.MinValue)
            .Select(BuildInfo.Read)
            .OfType<BuildInfo>()
            .Where(info => entry is not null || wanted.Contains(info.Project))
            .Where(info => File.Exists(info.Project))
            // A project built for several frameworks: the highest one runs.
            .GroupBy(info => info.Project, StringComparer.Ordinal)
            .Select(group => group.OrderByDescending(info => info.TargetFramework, StringComparer.Ordinal).First())
            .OrderBy(info => info.Project, StringComparer.Ordinal)];
    }

    /// <summary>The file that tells Concord.Check.targets which projects are the system's own ("|a.csproj|b.csproj|").</summary>
    private string ProjectListFile => Path.Combine(cacheFolder, "projects.txt");

    private static bool IsSolution(string path) =>
        path.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The system's own projects: the ones named, or a solution's. An Aspire app host's are the projects it
    /// references, so the app host is listed with every project under the system's folder.
    /// </summary>
    private void WriteProjectList(IReadOnlyList<string> projects)
    {
        Directory.CreateDirectory(cacheFolder);
        var listed = projects.Count == 1 && !IsSolution(projects[0]) && Systems.AspireAppHost.IsAppHost(projects[0])
            ? [.. projects, .. AppHostResources(projects[0])]
            : projects;
        File.WriteAllText(ProjectListFile, "|" + string.Join("|", listed) + "|");
    }

    /// <summary>The projects an app host references (its resources), read from its project file.</summary>
    private static IEnumerable<string> AppHostResources(string appHost)
    {
        var folder = Path.GetDirectoryName(appHost)!;
        return System.Xml.Linq.XDocument.Load(appHost).Descendants().Where(element => element.Name.LocalName == "ProjectReference")
            .Select(reference => (string?)reference.Attribute("Include"))
            .OfType<string>()
            .Select(include => Path.GetFullPath(Path.Combine(folder, include.Replace('\\', '/'))));
    }

    private string WriteSolution(IReadOnlyList<string> projects)
    {
        Directory.CreateDirectory(cacheFolder);
        var solution = Path.Combine(cacheFolder, "system.slnx");
        var lines = projects.Select(p => $"  <Project Path=\"{System.Security.SecurityElement.Escape(p)}\" />");
        File.WriteAllText(solution, $"<Solution>{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{Environment.NewLine}</Solution>{Environment.NewLine}");
        return solution;
    }

    private async Task BuildAsync(string target, CancellationToken cancellationToken)
    {
        // Descriptions are rewritten only when they change; clearing them first would lose the --no-build state
        // of a failed build, so stale ones are filtered by time instead.
        Directory.CreateDirectory(DescriptionFolder);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(target)!,
        };
        foreach (var argument in new[]
        {
            "build", target, "-nologo", "-v:m", "-clp:NoSummary", "-m",
            $"-p:CustomAfterMicrosoftCommonTargets={TargetsFile}",
            $"-p:ConcordAnalyzerAssembly={AnalyzerAssembly}",
            $"-p:ConcordCheckOutput={DescriptionFolder}",
            $"-p:ConcordCheckProjects={ProjectListFile}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        using var process = Process.Start(start) ?? throw new CheckFailedException("could not start dotnet build");
        var errors = new List<string>();
        var output = PumpAsync(process.StandardOutput, errors);
        var error = PumpAsync(process.StandardError, errors);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await Task.WhenAll(output, error).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var shown = errors.Count > 0 ? string.Join(Environment.NewLine, errors.Distinct(StringComparer.Ordinal).Take(5)) : "(no error line; run the build yourself to see why)";
            throw new CheckFailedException($"dotnet build {target} failed:{Environment.NewLine}{shown}");
        }
    }

    /// <summary>Says which project was built as each finishes; keeps error lines for the failure message.</summary>
    private async Task PumpAsync(StreamReader reader, List<string> errors)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            var arrow = line.IndexOf(" -> ", StringComparison.Ordinal);
            if (arrow > 0 && !line.Contains(": error ", StringComparison.Ordinal) && !line.Contains(": warning ", StringComparison.Ordinal))
            {
                progress.Say($"built {line[..arrow].Trim()}");
            }
            else if (line.Contains(": error ", StringComparison.Ordinal) || line.Contains("error MSB", StringComparison.Ordinal))
            {
                lock (errors)
                {
                    errors.Add(line.Trim());
                }
            }
        }
    }

    private static string Describe(string? entry, IReadOnlyList<string> projects) =>
        entry is not null ? Path.GetFileName(entry) : projects.Count == 1 ? Path.GetFileName(projects[0]) : $"{projects.Count} projects";
}
