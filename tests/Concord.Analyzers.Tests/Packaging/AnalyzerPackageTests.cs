using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Concord.Analyzers.Tests.Corpus;
using Concord.Analyzers.Tests.Verification;

namespace Concord.Analyzers.Tests.Packaging;

/// <summary>
/// The analyzers as users get them: the packed nupkg, added by PackageReference from a local
/// folder feed to a throw-away project on disk, in a real <c>dotnet build</c>.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class AnalyzerPackageTests(PackedAnalyzerPackage package) : IClassFixture<PackedAnalyzerPackage>
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public void The_package_holds_both_analyzer_assemblies_and_the_build_props_and_no_library()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("analyzers/dotnet/cs/Concord.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Concord.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("build/Concord.Analyzers.props", entries);
        Assert.Contains("build/Concord.Analyzers.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal));

        using var nuspecStream = archive.GetEntry("Concord.Analyzers.nuspec")!.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;

        Assert.Equal(PackedAnalyzerPackage.PackageId, Value("id"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Null(metadata.Elements().SingleOrDefault(element => element.Name.LocalName == "dependencies"));

        // What a user reads on the package page: readme, icon, links, tags and this version's release notes.
        Assert.Contains("icon.png", entries);
        Assert.Equal("icon.png", Value("icon"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("https://github.com/concord-contracts/concord", Value("projectUrl"));
        Assert.Equal("https://github.com/concord-contracts/concord.git", metadata.Elements().Single(element => element.Name.LocalName == "repository").Attribute("url")?.Value);
        Assert.Contains("roslyn", Value("tags")!.Split(' '));
        Assert.Contains("CORD007", Value("releaseNotes"), StringComparison.Ordinal);
        foreach (var id in ShippedAnalyzers.RuleIds.Where(id => id is not ("CORD090" or "CORD091")))
        {
            Assert.Contains(id, Value("description"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_project_referencing_the_package_gets_each_shipped_rules_warning_from_dotnet_build()
    {
        var missing = ShippedAnalyzers.RuleIds.Where(id => !SeedMistakes.ByRuleId.ContainsKey(id)).ToList();
        Assert.True(missing.Count == 0, $"Add a seed mistake to Corpus/SeedMistakes.cs for {string.Join(", ", missing)}.");

        var project = WriteConsumerProject(isTestProject: false);
        var build = await BuildAsync(project);

        foreach (var id in ShippedAnalyzers.RuleIds)
        {
            // Each rule fires on its own seed file: ".../CORD005.cs(10,64): warning CORD005: ...".
            var warning = new Regex($@"{id}\.cs\(\d+,\d+\): warning {id}: ");
            Assert.True(warning.IsMatch(build.Output), $"No 'warning {id}:' on {id}.cs in the build output:\n{build.Output}");
        }

        // build/Concord.Analyzers.props reached the build: the analyzers can see IsTestProject, present and empty in a
        // project that never sets it (the rules then take the build's word that it is no test project).
        var generatedConfig = Directory.EnumerateFiles(Path.Combine(project, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).Single();
        Assert.Matches(new Regex(@"^build_property\.IsTestProject = ?\r?$", RegexOptions.Multiline), File.ReadAllText(generatedConfig));
    }

    [Fact]
    public async Task The_same_project_marked_as_a_test_project_with_skip_test_projects_gets_no_warning()
    {
        // Only IsTestProject differs from the project above; the rules learn it through the
        // package's build props, since the project references no test framework.
        var project = WriteConsumerProject(isTestProject: true);
        var build = await BuildAsync(project);

        Assert.DoesNotMatch(new Regex(@"warning CORD\d{3}:"), build.Output);
    }

    [Fact]
    public async Task A_project_built_for_macOS_gets_its_application_key_as_a_suggestion_and_keeps_every_warning()
    {
        // The list a self-hosted server declares; the package's build targets hand it to the analyzers with commas,
        // since the compiler would end the value at the first ';'.
        var project = WriteConsumerProject(isTestProject: false, runtimeIdentifiers: "win-x64;linux-x64;osx-arm64");
        File.WriteAllText(Path.Combine(project, "MetadataProvider.cs"), """
            namespace Seeds;

            public static class MetadataProvider
            {
                // The project key a metadata service issued to this application; every copy carries it.
                public const string ApiKey = "184e1a2b1fe3b94935365411f919f638";
            }
            """);
        var sarif = Path.Combine(project, "build.sarif");
        var build = await BuildAsync(project, $"-p:ErrorLog={sarif},version=2.1");

        var generatedConfig = Directory.EnumerateFiles(Path.Combine(project, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).Single();
        Assert.Matches(new Regex(@"^build_property\.ConcordRuntimeIdentifiers = win-x64,linux-x64,osx-arm64\r?$", RegexOptions.Multiline), File.ReadAllText(generatedConfig));

        // The application key is CORD009, a suggestion (not printed at this verbosity, so read from the log); every
        // seed still warns, the live account key of CORD004's seed included.
        Assert.DoesNotMatch(new Regex(@"MetadataProvider\.cs\(\d+,\d+\): warning"), build.Output);
        Assert.Matches(new Regex(@"""ruleId"":\s*""CORD009"""), File.ReadAllText(sarif));
        foreach (var id in ShippedAnalyzers.RuleIds)
        {
            Assert.Matches(new Regex($@"{id}\.cs\(\d+,\d+\): warning {id}: "), build.Output);
        }
    }

    private static async Task<DotnetResult> BuildAsync(string project, params string[] extraArguments)
    {
        var build = await DotnetCli.RunAsync(project, BuildTimeout, ["build", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:minimal", .. extraArguments]);
        Assert.True(build.ExitCode == 0, $"dotnet build of the consumer project failed (exit {build.ExitCode}):\n{build.Output}");
        return build;
    }

    /// <summary>
    /// A console service in the fixture's temp folder, one file per seed mistake, restoring from the
    /// folder feed, with <c>concord.skip_test_projects = true</c> in its .editorconfig.
    /// </summary>
    private string WriteConsumerProject(bool isTestProject, string? runtimeIdentifiers = null)
    {
        var project = Path.Combine(package.WorkDirectory, "consumer-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(project);

        // Stop MSBuild from importing anything that happens to sit above the temp folder.
        File.WriteAllText(Path.Combine(project, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(project, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(project, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(project, ".editorconfig"), "root = true\n\n[*.cs]\nconcord.skip_test_projects = true\n");

        // The local feed is added to the machine's own sources; the unique version means only it can answer.
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="concord-under-test" value="{package.FeedDirectory}" />
              </packageSources>
            </configuration>
            """);

        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                {(isTestProject ? "<IsTestProject>true</IsTestProject>" : string.Empty)}
                {(runtimeIdentifiers is null ? string.Empty : $"<RuntimeIdentifiers>{runtimeIdentifiers}</RuntimeIdentifiers>")}
                <!-- A service, as the seed's proxy is: CORD002 judges a deployed program's settings, not a library's defaults. -->
                <OutputType>Exe</OutputType>
                <!-- A package cache of its own, so a stale copy of this version can never be used. -->
                <RestorePackagesPath>{Path.Combine(package.WorkDirectory, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackedAnalyzerPackage.PackageId}" Version="[{package.Version}]" />
              </ItemGroup>
            </Project>
            """);

        File.WriteAllText(Path.Combine(project, "Program.cs"), "internal static class Program { private static void Main() { } }\n");
        foreach (var (id, source) in SeedMistakes.ByRuleId)
        {
            File.WriteAllText(Path.Combine(project, id + ".cs"), source);
        }

        return project;
    }
}
