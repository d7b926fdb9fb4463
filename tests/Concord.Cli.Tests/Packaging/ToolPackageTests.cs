using Concord.Cli.Tests.Support;
using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Concord.Cli.Tests.Packaging;

/// <summary>
/// The concord tool as users get it: packed from what the tests' build produced, its metadata read from the
/// nuspec, installed from a folder feed with <c>dotnet tool install</c>, and run.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class ToolPackageTests(PackedTool tool) : IClassFixture<PackedTool>
{
    private readonly string _work = tool.Work;
    private readonly string _version = tool.Version;

    private string Feed => tool.Feed;

    private string PackagePath => tool.PackagePath;

    [Fact]
    public void The_nuspec_has_the_metadata_a_user_reads_and_the_release_notes_of_this_version()
    {
        using var archive = ZipFile.OpenRead(PackagePath);
        using var stream = archive.GetEntry("Concord.Cli.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";

        Assert.Equal("Concord.Cli", Value("id"));
        Assert.Equal(_version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("icon.png", Value("icon"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("https://github.com/concord-contracts/concord", Value("projectUrl"));
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("https://github.com/concord-contracts/concord.git", repository.Attribute("url")?.Value);
        Assert.Contains("pact", Value("tags").Split(' '));
        Assert.Contains("openapi", Value("tags").Split(' '));
        foreach (var command in new[] { "concord check", "concord init", "concord diff", "concord rules" })
        {
            Assert.Contains(command, Value("description"), StringComparison.Ordinal);
        }

        // The release notes are the section of CHANGELOG.md for the version in Directory.Build.props.
        var props = XDocument.Load(Path.Combine(Repository.Root, "Directory.Build.props"));
        var version = props.Descendants("Version").Single().Value;
        var changelog = File.ReadAllText(Path.Combine(Repository.Root, "CHANGELOG.md")).ReplaceLineEndings("\n");
        var section = Regex.Match(changelog, $@"(?s)\n## {Regex.Escape(version)}[^\n]*\n(.*?)(?=\n## |\z)").Groups[1].Value.Trim();
        Assert.NotEmpty(section);
        Assert.Equal(section, Value("releaseNotes").ReplaceLineEndings("\n").Trim());

        // The README's install snippets name the same version: a user who copies one gets this release.
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var named = Regex.Matches(readme, @"Include=""Concord\.[A-Za-z.]+"" Version=""([^""]+)""").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(named);
        Assert.All(named, v => Assert.Equal(version, v));
    }

    [Fact]
    public void The_package_carries_the_tool_its_analyzers_and_the_native_pact_core_for_seven_platforms()
    {
        using var archive = ZipFile.OpenRead(PackagePath);
        var entries = archive.Entries.ToDictionary(e => e.FullName, e => e.Length, StringComparer.Ordinal);

        Assert.Contains("README.md", entries.Keys);
        Assert.Contains("icon.png", entries.Keys);
        Assert.Contains("tools/net10.0/any/concord.dll", entries.Keys);
        Assert.Contains("tools/net10.0/any/Concord.Analyzers.dll", entries.Keys);
        Assert.Contains("tools/net10.0/any/Check/Build/Concord.Check.targets", entries.Keys);
        var natives = entries.Keys.Where(name => name.Contains("/native/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "tools/net10.0/any/runtimes/linux-arm64/native/libpact_ffi.so",
                "tools/net10.0/any/runtimes/linux-musl-arm64/native/libpact_ffi.so",
                "tools/net10.0/any/runtimes/linux-musl-x64/native/libpact_ffi.so",
                "tools/net10.0/any/runtimes/linux-x64/native/libpact_ffi.so",
                "tools/net10.0/any/runtimes/osx-arm64/native/libpact_ffi.dylib",
                "tools/net10.0/any/runtimes/osx-x64/native/libpact_ffi.dylib",
                "tools/net10.0/any/runtimes/win-x64/native/pact_ffi.dll",
            ],
            natives);
        Assert.All(natives, name => Assert.True(entries[name] > 1_000_000, $"{name} is {entries[name]} bytes"));
    }

    [Fact]
    public async Task The_installed_tool_runs_and_prints_the_package_version()
    {
        var tools = Path.Combine(_work, "tools");
        var (exit, output) = await DotnetAsync(_work, "tool", "install", "--tool-path", tools, "--add-source", Feed, "Concord.Cli", "--version", _version);
        Assert.True(exit == 0, output);

        // The package was packed under a test version; the tool says the version Directory.Build.props sets,
        // the one every assembly and report carries.
        var (versionExit, version) = await RunAsync(Path.Combine(tools, OperatingSystem.IsWindows() ? "concord.exe" : "concord"), _work, "--version");
        Assert.Equal(0, versionExit);
        Assert.Equal(XDocument.Load(Path.Combine(Repository.Root, "Directory.Build.props")).Descendants("Version").Single().Value, version.Trim());
        var (rulesExit, rules) = await RunAsync(Path.Combine(tools, OperatingSystem.IsWindows() ? "concord.exe" : "concord"), _work, "explain", "CORD002");
        Assert.Equal(0, rulesExit);
        Assert.StartsWith("# CORD002: Service URL falls back to a loopback address", rules, StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Output)> DotnetAsync(string folder, params string[] arguments) => PackedTool.RunAsync("dotnet", folder, arguments);

    private static Task<(int Exit, string Output)> RunAsync(string program, string folder, params string[] arguments) => PackedTool.RunAsync(program, folder, arguments);
}

/// <summary>The tool, packed once for the test class from what the tests' build produced, into a folder feed of its own.</summary>
public sealed class PackedTool : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    public string Work { get; } = Directory.CreateTempSubdirectory("concord-tool-package-").FullName;

    public string Version { get; } = "0.0.0-test." + Guid.NewGuid().ToString("N")[..12];

    public string Feed => Path.Combine(Work, "feed");

    public string PackagePath => Path.Combine(Feed, $"Concord.Cli.{Version}.nupkg");


    public async Task InitializeAsync()
    {
        var configuration = typeof(PackedTool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var project = Path.Combine(Repository.Root, "contracts", "Concord.Cli", "Concord.Cli.csproj");
        var (exit, output) = await RunAsync("dotnet", Work, "pack", project, "--no-build", "--no-restore", "-c", configuration, "-o", Feed, $"-p:PackageVersion={Version}");
        if (exit != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack failed (exit {exit}):\n{output}");
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Work, recursive: true);
        return Task.CompletedTask;
    }

    public static async Task<(int Exit, string Output)> RunAsync(string program, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A child build starts from a clean environment, not the test host's MSBuild one, and leaves no node behind.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k == "DOTNET_HOST_PATH").ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
