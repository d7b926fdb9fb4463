using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Concord.Cli;
using Concord.Templates.Tests.Support;
using Xunit.Abstractions;

namespace Concord.Templates.Tests;

/// <summary>
/// <c>dotnet new concord-system</c> as a user runs it: from the packed template, against Concord's packed packages,
/// the system it makes builds without a warning, its own tests pass and <c>concord check</c> finds nothing.
/// </summary>
[Trait("Category", "Packaging")]
public sealed partial class ConcordSystemTemplateTests(InstantiatedSystem system, ITestOutputHelper output) : IClassFixture<InstantiatedSystem>
{
    private static readonly string[] Projects =
    [
        "src/Shop.Inventory/Shop.Inventory.csproj",
        "src/Shop.Storefront/Shop.Storefront.csproj",
        "tests/Shop.Inventory.Tests/Shop.Inventory.Tests.csproj",
        "tests/Shop.Storefront.Tests/Shop.Storefront.Tests.csproj",
    ];

    [Fact]
    public void The_template_package_is_a_template_pack_with_the_concord_system_template()
    {
        using var archive = ZipFile.OpenRead(system.TemplatePackage);
        XElement metadata;
        using (var nuspec = archive.GetEntry("Concord.Templates.nuspec")!.Open())
        {
            metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        }

        string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
        var packageType = metadata.Descendants().Single(e => e.Name.LocalName == "packageType");
        Assert.Equal("Template", packageType.Attribute("name")?.Value);
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("icon.png", Value("icon"));
        Assert.Contains("concord-system", Value("description"), StringComparison.Ordinal);

        var entries = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("content/ConcordSystem/.template.config/template.json", entries);
        Assert.Contains("content/ConcordSystem/.gitignore", entries);
        Assert.Contains("content/ConcordSystem/pacts/Storefront-Inventory.json", entries);
        Assert.Contains("content/ConcordSystem/src/ConcordSystem.Inventory/openapi.json", entries);
        Assert.DoesNotContain(entries, e => e.Contains("/bin/", StringComparison.Ordinal) || e.Contains("/obj/", StringComparison.Ordinal));

        // The packed template's concordVersion defaults to the version it was packed under (here the test's), so a user
        // who installs a template pack gets the Concord packages released with it.
        using var templateJson = archive.GetEntry("content/ConcordSystem/.template.config/template.json")!.Open();
        var template = JsonNode.Parse(templateJson)!;
        Assert.Equal("concord-system", template["shortName"]!.GetValue<string>());
        Assert.Equal("ConcordSystem", template["sourceName"]!.GetValue<string>());
        Assert.Equal("Concord.Templates.ConcordSystem.CSharp", template["identity"]!.GetValue<string>());
        Assert.Equal(system.Version, template["symbols"]!["concordVersion"]!["defaultValue"]!.GetValue<string>());

        // In the repository it is the version every package gets (the pack refuses any other).
        var repositoryVersion = XDocument.Load(Repository.PathOf("Directory.Build.props")).Descendants("Version").Single().Value;
        var committed = JsonNode.Parse(File.ReadAllText(Repository.PathOf("templates", "Concord.Templates", "content", "ConcordSystem", ".template.config", "template.json")))!;
        Assert.Equal(repositoryVersion, committed["symbols"]!["concordVersion"]!["defaultValue"]!.GetValue<string>());
    }

    [Fact]
    public void Dotnet_new_names_every_project_namespace_and_solution_after_the_system()
    {
        Assert.True(File.Exists(Path.Combine(system.Root, "Shop.sln")));
        foreach (var project in Projects)
        {
            Assert.True(File.Exists(Path.Combine(system.Root, project)), project);
        }

        foreach (var file in new[] { "concord.json", ".gitignore", "pacts/Storefront-Inventory.json", "src/Shop.Inventory/openapi.json", "src/Shop.Storefront/openapi.json" })
        {
            Assert.True(File.Exists(Path.Combine(system.Root, file)), file);
        }

        var sources = Directory.EnumerateFiles(system.Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.All(sources, f => Assert.DoesNotContain("ConcordSystem", File.ReadAllText(f), StringComparison.Ordinal));
        Assert.Contains("namespace Shop.Storefront.Inventory;", File.ReadAllText(Path.Combine(system.Root, "src/Shop.Storefront/Inventory/InventoryClient.cs")), StringComparison.Ordinal);
        Assert.Contains($"<ConcordVersion>{system.Version}</ConcordVersion>", File.ReadAllText(Path.Combine(system.Root, "Directory.Packages.props")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_system_builds_without_a_warning_on_the_packed_packages_and_the_pact_core_reaches_only_the_tests()
    {
        output.WriteLine(string.Join('\n', system.Timings.Take(system.SetUpSteps)));
        Assert.True(system.Build.Exit == 0, system.Build.ToString());
        Assert.Matches(@"\b0 Warning\(s\)", system.Build.Output);

        // Every project restored Concord's analyzers from the feed, at the packed version.
        foreach (var project in Projects)
        {
            var assets = File.ReadAllText(Path.Combine(system.Root, Path.GetDirectoryName(project)!, "obj", "project.assets.json"));
            Assert.Contains($"\"Concord.Analyzers/{system.Version}\"", assets, StringComparison.Ordinal);
        }

        // The native Pact core comes with the Concord.Pact package (runtimes/<rid>/native, seven platforms): the test
        // projects get the host's, the inventory app leaves it out (ExcludeAssets="native") though it references the package.
        var library = Path.Combine("runtimes", HostRid(), "native", NativeLibraryName());
        Assert.True(File.Exists(Path.Combine(system.Root, "tests/Shop.Storefront.Tests/bin/Debug/net10.0", library)), library);
        Assert.True(File.Exists(Path.Combine(system.Root, "tests/Shop.Inventory.Tests/bin/Debug/net10.0", library)), library);
        Assert.False(Directory.Exists(Path.Combine(system.Root, "src/Shop.Inventory/bin/Debug/net10.0/runtimes")));
    }

    [Fact]
    public async Task Its_tests_pass_and_write_the_pact_the_template_commits()
    {
        var pact = Path.Combine(system.Root, "pacts", "Storefront-Inventory.json");
        var committed = await File.ReadAllTextAsync(pact);
        var written = DateTime.UtcNow;

        var test = await system.TimedAsync("dotnet test", system.Root, "test", "--no-build");
        output.WriteLine(system.Timings[^1]);

        Assert.True(test.Exit == 0, test.ToString());
        var totals = TestTotals().Matches(test.Output).Select(m => (Passed: int.Parse(m.Groups["passed"].Value), Failed: int.Parse(m.Groups["failed"].Value))).ToList();
        Assert.Equal(2, totals.Count);
        Assert.Equal(3, totals.Sum(t => t.Passed));
        Assert.Equal(0, totals.Sum(t => t.Failed));

        // The consumer test rewrote the pact (after this test began), and wrote what the template ships.
        Assert.True(File.GetLastWriteTimeUtc(pact) >= written.AddSeconds(-1), "the consumer test did not write the pact");
        Assert.Equal(committed, await File.ReadAllTextAsync(pact));
    }

    [Fact]
    public void Concord_check_runs_every_lens_on_it_and_finds_nothing()
    {
        Assert.True(system.Build.Exit == 0, system.Build.ToString());
        var report = new StringWriter();
        var progress = new StringWriter();

        var clock = Stopwatch.StartNew();
        var exit = ConcordApp.Run(["check", system.Root, "--format", "json"], report, progress);
        output.WriteLine($"concord check: {clock.Elapsed.TotalSeconds:F1} s (exit {exit})");
        output.WriteLine(progress.ToString());

        Assert.True(exit == ExitCodes.Clean, $"exit {exit}\n{progress}\n{report}");
        using var json = JsonDocument.Parse(report.ToString());
        Assert.Empty(json.RootElement.GetProperty("findings").EnumerateArray());
        // The system it checked: both services, the storefront's calls wired to the inventory, and the two in agreement.
        var map = json.RootElement.GetProperty("system");
        Assert.Equal(["Inventory", "Storefront"], map.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        var edge = Assert.Single(map.GetProperty("edges").EnumerateArray());
        Assert.Equal(("Storefront", "Inventory", "agrees"), (edge.GetProperty("consumer").GetString(), edge.GetProperty("provider").GetString(), edge.GetProperty("status").GetString()));

        // And the pact was verified against the running inventory, not skipped.
        Assert.Matches(@"(?m)^concord check .*\bpact.*\bInventory\b", progress.ToString());
    }

    [Fact]
    public async Task The_analyzers_check_the_storefronts_calls_against_the_inventorys_committed_document()
    {
        // A second instance, so the first stays as dotnet new made it; the storefront calls a route the inventory does not serve.
        var broken = await system.InstantiateAsync("Drifted");
        var client = Path.Combine(broken, "src/Drifted.Storefront/Inventory/InventoryClient.cs");
        var code = await File.ReadAllTextAsync(client);
        Assert.Contains("$\"/stock/{", code, StringComparison.Ordinal);
        await File.WriteAllTextAsync(client, code.Replace("$\"/stock/{", "$\"/stocks/{", StringComparison.Ordinal));

        var build = await system.TimedAsync("dotnet build (drifted storefront)", broken, "build", "src/Drifted.Storefront");
        output.WriteLine(system.Timings[^1]);

        Assert.True(build.Exit == 0, build.ToString());
        Assert.Matches(@"InventoryClient\.cs\(\d+,\d+\): warning CORD006: /stocks/\{sku\} is not in Inventory's document; did you mean /stock/\{sku\}", build.Output);
    }

    private static string HostRid()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        return $"{os}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
    }

    private static string NativeLibraryName() =>
        OperatingSystem.IsWindows() ? "pact_ffi.dll" : OperatingSystem.IsMacOS() ? "libpact_ffi.dylib" : "libpact_ffi.so";

    [GeneratedRegex(@"(Passed|Failed)!\s+-\s+Failed:\s+(?<failed>\d+),\s+Passed:\s+(?<passed>\d+)")]
    private static partial Regex TestTotals();
}
