using System.Reflection;
using Concord.Analyzers.Tests.Corpus;

namespace Concord.Analyzers.Tests.Packaging;

/// <summary>
/// The Concord.Analyzers nupkg, packed once per test run into a local folder feed of its own.
/// It packs what the build already produced (<c>--no-build</c>), so it never races a build of the
/// same projects, and it takes a version no other feed can hold, so restore always takes this one.
/// </summary>
public sealed class PackedAnalyzerPackage : IAsyncLifetime
{
    public const string PackageId = "Concord.Analyzers";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(2);

    public PackedAnalyzerPackage()
    {
        var runId = Guid.NewGuid().ToString("N")[..12];
        WorkDirectory = Path.Combine(Path.GetTempPath(), "concord-package-" + runId);
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        Version = "0.0.0-test." + runId;
    }

    public string WorkDirectory { get; }

    public string FeedDirectory { get; }

    public string Version { get; }

    public string PackagePath => Path.Combine(FeedDirectory, $"{PackageId}.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        var project = Path.Combine(RepositoryRoot.Path, "analyzers", "Concord.Analyzers.Package", "Concord.Analyzers.Package.csproj");
        var result = await DotnetCli.RunAsync(
            WorkDirectory,
            PackTimeout,
            "pack", project,
            "--no-build", "--no-restore",
            "-c", BuildConfiguration(),
            "-o", FeedDirectory,
            $"-p:PackageVersion={Version}",
            $"-p:NuspecOutputPath={Path.Combine(WorkDirectory, "nuspec")}{Path.DirectorySeparatorChar}");

        if (result.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack of {project} failed (exit {result.ExitCode}); no {PackagePath}:\n{result.Output}");
        }
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the run over it is not.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }

    /// <summary>The configuration these tests were built in, which is the one the package project was built in too.</summary>
    private static string BuildConfiguration() =>
        typeof(PackedAnalyzerPackage).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration
            ? configuration
            : "Debug";
}
