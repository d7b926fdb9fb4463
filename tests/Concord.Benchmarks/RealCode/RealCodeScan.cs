using System.Collections.Immutable;
using Concord.Analyzers.Tests.Corpus;
using Concord.Analyzers.Tests.Robustness;
using Concord.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Concord.Benchmarks.RealCode;

/// <summary>
/// Every Concord rule over a checkout of somebody else's code, the way its build would run them, for the verdicts the
/// analyzers' real-code figures rest on (tests/Concord.Benchmarks/RealCode/README.md). The sources are compiled without
/// restore: each project against the .NET shared framework (and ASP.NET Core's where its project file or a project it
/// references asks for it), an empty stand-in for each package it and its project references use, and the compilations
/// of its project references; a test project is one its build would mark as such, and the systems a project is built
/// for are those its file or a Directory.Build.props above it lists.
///
/// <code>
/// dotnet run -c Release --project tests/Concord.Benchmarks -- real-code CHECKOUT [--ships-to-users]
/// </code>
/// Prints one line per warning, <c>RULE path(line,col): message</c>, then one summary line; exit code 2 when the
/// checkout cannot be read, 3 when an analyzer threw.
/// </summary>
internal static class RealCodeScan
{
    public const string Command = "real-code";

    public static async Task<int> RunAsync(string[] args)
    {
        var checkout = args.FirstOrDefault(arg => !arg.StartsWith("--", StringComparison.Ordinal));
        if (checkout is null || !Directory.Exists(checkout))
        {
            Console.Error.WriteLine($"real-code: give the folder of a checkout (got '{checkout}')");
            return 2;
        }

        checkout = Path.GetFullPath(checkout).TrimEnd(Path.DirectorySeparatorChar);
        var configuration = args.Contains("--ships-to-users") ? ImmutableDictionary<string, string>.Empty.Add("concord.ships_to_users", "true") : ImmutableDictionary<string, string>.Empty;

        var (projects, warnings, exceptions, compilerErrors) = await ScanAsync(checkout, configuration);
        foreach (var warning in warnings.OrderBy(warning => warning.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(warning => warning.Location.SourceSpan.Start))
        {
            var position = warning.Location.GetLineSpan();
            Console.WriteLine($"{warning.Id} {Path.GetRelativePath(checkout, position.Path)}({position.StartLinePosition.Line + 1},{position.StartLinePosition.Character + 1}): {warning.GetMessage()}");
        }

        foreach (var exception in exceptions)
        {
            Console.WriteLine($"EXCEPTION {exception}");
        }

        var byRule = string.Join(", ", warnings.GroupBy(warning => warning.Id).OrderBy(group => group.Key, StringComparer.Ordinal).Select(group => $"{group.Key} {group.Count()}"));
        Console.WriteLine(
            $"{Path.GetFileName(checkout)}: {projects.Length} projects, {projects.Sum(project => project.Sources.Length)} files, {compilerErrors} compiler errors, "
            + $"{exceptions.Count} analyzer exceptions; {(byRule.Length == 0 ? "no warning" : byRule)}");
        return exceptions.Count == 0 ? 0 : 3;
    }

    /// <summary>Every Concord diagnostic of every project below <paramref name="folder"/>, compiled as described above.</summary>
    public static async Task<Scan> ScanAsync(string folder, ImmutableDictionary<string, string> configuration)
    {
        var projects = RepositoryProjects.Load(folder);
        var build = new CheckoutBuild(folder, projects);
        var warnings = new List<Diagnostic>();
        var exceptions = new List<string>();
        var compilerErrors = 0;
        foreach (var (project, compilation) in CorpusCompilations.OfRepository(projects, build.ReferencesOf))
        {
            var buildProperties = AnalyzerRun.BuildProperties(build.IsTestProject(project))
                .Add("build_property.ConcordRuntimeIdentifiers", build.RuntimeIdentifiersOf(project));
            var run = await AnalyzerRun.RunAsync(project.RelativeDirectory, compilation, buildProperties.AddRange(configuration), ShippedAnalyzers.Create());
            warnings.AddRange(run.ConcordDiagnostics);
            exceptions.AddRange(run.Exceptions);
            compilerErrors += run.CompilerErrors;
        }

        return new Scan(projects, warnings, exceptions, compilerErrors);
    }

    /// <summary>What one scan found: the projects read, the Concord diagnostics, analyzer exceptions and the compiler's errors.</summary>
    public sealed record Scan(ImmutableArray<SourceProject> Projects, List<Diagnostic> Warnings, List<string> Exceptions, int CompilerErrors);
}
