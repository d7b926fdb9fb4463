using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Concord.Pact.Native;

namespace Concord.Pact.Tests.Native;

/// <summary>The musl (Alpine) core: chosen for musl RIDs by the build and by the loader, and really the musl build.</summary>
public sealed class MuslCoreTests
{
    [Theory]
    [InlineData("-p:RuntimeIdentifier=linux-musl-x64", "linux-musl-x64", "pact-core-linux-x64-musl")]
    [InlineData("-p:RuntimeIdentifier=linux-musl-arm64", "linux-musl-arm64", "pact-core-linux-arm64-musl")]
    [InlineData("-p:PactCoreHostRid=linux-musl-x64", "linux-musl-x64", "pact-core-linux-x64-musl")]
    [InlineData("-p:PactCoreHostRid=linux-x64", "linux-x64", "pact-core-linux-x64-glibc")]
    public async Task The_build_fetches_the_musl_package_for_musl_rids(string property, string rid, string package)
    {
        var wanted = Assert.Single(await WantedPlatformsAsync(property))!;

        Assert.Equal(rid, wanted["Identity"]!.GetValue<string>());
        Assert.Equal(package, wanted["Package"]!.GetValue<string>());
        Assert.EndsWith($"/{rid}/libpact_ffi.so", wanted["Library"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_build_and_the_loader_agree_on_this_machines_platform()
    {
        var wanted = Assert.Single(await WantedPlatformsAsync())!;

        Assert.Equal(PactCoreLibrary.PortableRid(), wanted["Identity"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("linux-musl-x64", false, "linux-musl-x64")]
    [InlineData("alpine.3.20-x64", false, "linux-musl-x64")]
    [InlineData("linux-x64", true, "linux-musl-x64")]
    [InlineData("linux-x64", false, "linux-x64")]
    [InlineData("ubuntu.24.04-x64", false, "linux-x64")]
    public void The_loader_looks_for_the_musl_core_on_musl(string runtimeIdentifier, bool muslLoaderPresent, string expected)
    {
        var asked = new List<string>();

        var rid = PactCoreLibrary.PortableRid("linux", Architecture.X64, runtimeIdentifier, path =>
        {
            asked.Add(path);
            return muslLoaderPresent && path == "/lib/ld-musl-x86_64.so.1";
        });

        Assert.Equal(expected, rid);
        Assert.Equal("osx-arm64", PactCoreLibrary.PortableRid("osx", Architecture.Arm64, "osx-arm64", _ => true));
    }

    [Fact]
    public void The_fetched_musl_core_is_the_musl_build_and_the_glibc_core_is_not()
    {
        var musl = ElfDependencies.Read(MuslLibrary());
        var glibc = ElfDependencies.Read(PactCoreLibrary.LoadedFrom ?? LoadCore());

        Assert.Equal(ElfDependencies.X86_64, musl.Machine);
        Assert.Contains("libc.so", musl.Needed);
        Assert.DoesNotContain("libc.so.6", musl.Needed);
        Assert.Contains("libc.so.6", glibc.Needed);
        Assert.DoesNotContain("libc.so", glibc.Needed);
    }

    private static string LoadCore()
    {
        PactCoreLibrary.EnsureInitialised();
        return PactCoreLibrary.LoadedFrom!;
    }

    private static string MuslLibrary() =>
        typeof(MuslCoreTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "MuslPactCoreLibrary").Value!;

    /// <summary>Asks the real build which core it would fetch, without building: <c>dotnet msbuild -getItem</c>.</summary>
    private static async Task<JsonArray> WantedPlatformsAsync(params string[] properties)
    {
        var project = Path.Combine(RepositoryRoot(), "contracts", "Concord.Pact", "Concord.Pact.csproj");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "msbuild", project, "-nologo", "-nodeReuse:false", "-t:_SelectPactCorePlatforms", "-getItem:_PactCoreWanted", "-p:TargetFramework=net10.0" }.Concat(properties))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet msbuild failed ({process.ExitCode}): {await output} {await error}");
        return JsonNode.Parse(await output)!["Items"]!["_PactCoreWanted"]!.AsArray();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Contracts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Contracts.sln above {AppContext.BaseDirectory}.");
    }
}
