using System.Diagnostics;
using System.Reflection;
using Concord.Templates.Tests.Support;

namespace Concord.Templates.Tests;

/// <summary>
/// Concord's packages and the template pack, packed under a test version into a folder feed; the template installed
/// with <c>dotnet new install</c> into a hive of its own (the user's templates are untouched), instantiated as
/// <c>Shop</c> and built, once for the test class. Restore extracts the test packages into a packages folder inside
/// the work folder and reads everything else from the user's, so nothing of the run is left in the user's caches.
/// </summary>
public sealed class InstantiatedSystem : IAsyncLifetime
{
    public const string Name = "Shop";

    private static readonly string[] Packed =
    [
        "contracts/Concord.Pact/Concord.Pact.csproj",
        "contracts/Concord.Pact.AspNetCore/Concord.Pact.AspNetCore.csproj",
        "analyzers/Concord.Analyzers.Package/Concord.Analyzers.Package.csproj",
        "templates/Concord.Templates/Concord.Templates.csproj",
    ];

    public string Work { get; } = Directory.CreateTempSubdirectory("concord-template-").FullName;

    public string Version { get; } = "0.0.0-test." + Guid.NewGuid().ToString("N")[..12];

    public string Feed => Path.Combine(Work, "feed");

    public string Hive => Path.Combine(Work, "hive");

    public string Root => Path.Combine(Work, Name);

    public string TemplatePackage => Path.Combine(Feed, $"Concord.Templates.{Version}.nupkg");

    public ProcessResult Build { get; private set; } = new(-1, "not built");

    /// <summary>How long each step took, for the test log.</summary>
    public List<string> Timings { get; } = [];

    /// <summary>How many of <see cref="Timings"/> are the set-up's (pack, install, instantiate, build).</summary>
    public int SetUpSteps { get; private set; }

    public async Task InitializeAsync()
    {
        var configuration = typeof(InstantiatedSystem).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        foreach (var project in Packed)
        {
            await StepAsync($"pack {Path.GetFileNameWithoutExtension(project)}", Work, "pack", Repository.PathOf(project), "--no-build", "--no-restore", "-c", configuration, "-o", Feed, $"-p:PackageVersion={Version}");
        }

        await WriteNuGetConfigAsync();
        await StepAsync("dotnet new install", Work, "new", "install", TemplatePackage, "--debug:custom-hive", Hive);
        await StepAsync("dotnet new concord-system", Work, "new", "concord-system", "-n", Name, "-o", Root, "--debug:custom-hive", Hive);
        Build = await TimedAsync("dotnet build", Root, "build");
        SetUpSteps = Timings.Count;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Work, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Instantiates the template once more, as <paramref name="name"/>, beside the first.</summary>
    public async Task<string> InstantiateAsync(string name)
    {
        var folder = Path.Combine(Work, name);
        await StepAsync($"dotnet new concord-system -n {name}", Work, "new", "concord-system", "-n", name, "-o", folder, "--debug:custom-hive", Hive);
        return folder;
    }

    public async Task<ProcessResult> TimedAsync(string step, string folder, params string[] arguments)
    {
        var clock = Stopwatch.StartNew();
        var result = await ChildProcess.DotnetAsync(folder, arguments);
        Timings.Add($"{step}: {clock.Elapsed.TotalSeconds:F1} s (exit {result.Exit})");
        return result;
    }

    private async Task StepAsync(string step, string folder, params string[] arguments)
    {
        var result = await TimedAsync(step, folder, arguments);
        if (result.Exit != 0)
        {
            throw new InvalidOperationException($"{step} failed: {result}");
        }
    }

    /// <summary>
    /// The feed next to the user's sources, in a NuGet.Config above the system (as a user's machine-wide one would be).
    /// The user's packages folder is a fallback folder: read, never written.
    /// </summary>
    private async Task WriteNuGetConfigAsync()
    {
        var locals = await ChildProcess.DotnetAsync(Work, "nuget", "locals", "global-packages", "--list");
        var userPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } fromEnvironment ? fromEnvironment : locals.Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("global-packages:", StringComparison.Ordinal))?["global-packages:".Length..].Trim()
            ?? throw new InvalidOperationException($"dotnet nuget locals gave no global packages folder: {locals}");
        var config = new System.Xml.Linq.XElement(
            "configuration",
            new System.Xml.Linq.XElement("packageSources", Add("concord-test-feed", Feed)),
            new System.Xml.Linq.XElement("config", Add("globalPackagesFolder", Path.Combine(Work, "packages"))),
            new System.Xml.Linq.XElement("fallbackPackageFolders", Add("user-packages", userPackages)));
        await File.WriteAllTextAsync(Path.Combine(Work, "NuGet.Config"), config.ToString());

        static System.Xml.Linq.XElement Add(string key, string value) => new("add", new System.Xml.Linq.XAttribute("key", key), new System.Xml.Linq.XAttribute("value", value));
    }
}
