using System.Diagnostics;
using System.Text.Json;

namespace Concord.Cli.Check;

/// <summary>
/// Builds a project with <c>dotnet build</c>, asking the compiler for a SARIF log of its diagnostics (so the
/// analyzers the project uses run exactly as in any build), its output assembly and its compiled files.
/// </summary>
internal static class ProjectBuild
{
    public static async Task<BuiltProject> RunAsync(string project, CancellationToken cancellationToken)
    {
        var projectDirectory = Path.GetDirectoryName(project)!;
        var sarif = Path.Combine(projectDirectory, "obj", "concord-check.sarif");
        var built = await BuildAsync(project, sarif, cancellationToken).ConfigureAwait(false);
        if (!File.Exists(sarif) || File.GetLastWriteTimeUtc(sarif) < File.GetLastWriteTimeUtc(built.IntermediateAssembly))
        {
            // The compiler did not run (the project was up to date), so it wrote no log: make it compile once more.
            if (File.Exists(built.IntermediateAssembly))
            {
                File.Delete(built.IntermediateAssembly);
            }

            built = await BuildAsync(project, sarif, cancellationToken).ConfigureAwait(false);
        }

        return built;
    }

    private static async Task<BuiltProject> BuildAsync(string project, string sarif, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "build", project, "-t:Build", "-nologo", "-v:q",
            $"-p:ErrorLog={sarif}%2Cversion=2.1",
            "-getProperty:TargetPath", "-getProperty:ProjectDir", "-getProperty:IntermediateOutputPath", "-getProperty:TargetFileName",
            "-getItem:Compile",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new CheckFailedException("could not start dotnet build");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var text = await output.ConfigureAwait(false);
        var json = text.IndexOf('{', StringComparison.Ordinal);
        if (process.ExitCode != 0 || json < 0)
        {
            var errors = string.Join(Environment.NewLine, (text + await error.ConfigureAwait(false)).Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(5));
            throw new CheckFailedException($"dotnet build {project} failed:{Environment.NewLine}{errors}");
        }

        using var document = JsonDocument.Parse(text[json..]);
        var properties = document.RootElement.GetProperty("Properties");
        string Property(string name) => properties.GetProperty(name).GetString() ?? "";
        var compile = document.RootElement.GetProperty("Items").GetProperty("Compile").EnumerateArray()
            .Select(item => item.GetProperty("FullPath").GetString()!)
            .Where(file => !file.Contains("/obj/", StringComparison.Ordinal) && !file.Contains("\\obj\\", StringComparison.Ordinal))
            .ToList();
        var intermediate = Path.GetFullPath(Path.Combine(Property("ProjectDir"), Property("IntermediateOutputPath").Replace('\\', '/'), Property("TargetFileName")));
        return new BuiltProject(project, Property("TargetPath"), intermediate, sarif, compile);
    }
}
