using System.Collections.Immutable;
using System.Xml.Linq;

namespace Concord.Analyzers.Tests.Corpus;

/// <summary>
/// The C# projects of this checkout, read from their .csproj files: sources (every .cs file below
/// the project folder that no nearer project owns), project references, and the few settings that
/// change how the sources bind. Files that belong to no project form one extra, loose group.
/// </summary>
internal static class RepositoryProjects
{
    private static readonly string[] SkippedFolders = { "bin", "obj", ".git", "node_modules", "artifacts", "TestResults", "BenchmarkDotNet.Artifacts" };

    // Packages whose build props set IsTestProject to true in the project that references them.
    private static readonly string[] TestSdkPackages = { "Microsoft.NET.Test.Sdk", "xunit.v3", "TUnit" };

    public static ImmutableArray<SourceProject> Load(string root)
    {
        // Two project files in one folder (Build/Common.csproj beside Build/Version.csproj) would glob the same sources:
        // the first by name stands for the folder, so its files are compiled once.
        var projectFiles = Files(root, "*.csproj")
            .GroupBy(file => Path.GetDirectoryName(file)!, StringComparer.Ordinal)
            .Select(folder => folder.OrderBy(file => file, StringComparer.Ordinal).First())
            .ToList();
        var projectDirectories = projectFiles.ToDictionary(file => Path.GetDirectoryName(file)!, StringComparer.Ordinal);
        var sourcesByProject = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var source in Files(root, "*.cs"))
        {
            var owner = OwnerOf(source, root, projectDirectories) ?? root;
            if (!sourcesByProject.TryGetValue(owner, out var list))
            {
                sourcesByProject[owner] = list = new List<string>();
            }

            list.Add(source);
        }

        var projects = projectFiles.Select(file => Read(file, root, sourcesByProject.GetValueOrDefault(Path.GetDirectoryName(file)!) ?? new List<string>())).ToList();
        if (sourcesByProject.TryGetValue(root, out var loose))
        {
            projects.Add(new SourceProject("LooseFiles", root, ".", IsTestProject: false, IsExecutable: false, UsesImplicitUsings: true, IsWebProject: false, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, loose.ToImmutableArray()));
        }

        return projects.OrderBy(project => project.RelativeDirectory, StringComparer.Ordinal).ToImmutableArray();
    }

    private static SourceProject Read(string projectFile, string root, List<string> sources)
    {
        var document = XDocument.Load(projectFile);
        var directory = Path.GetDirectoryName(projectFile)!;

        // By local name: an old-style project file puts every element in the MSBuild XML namespace.
        IEnumerable<XElement> Elements(string name) => document.Descendants().Where(element => element.Name.LocalName == name);
        string? Property(string name) => Elements(name).Select(element => element.Value.Trim()).LastOrDefault();

        var outputType = Property("OutputType");
        var references = Elements("ProjectReference")
            .Select(element => (string?)element.Attribute("Include"))
            .OfType<string>()
            .Select(include => Path.GetFullPath(Path.Combine(directory, include.Replace('\\', Path.DirectorySeparatorChar))))
            .ToImmutableArray();
        var usings = Elements("Using")
            .Select(element => (string?)element.Attribute("Include"))
            .OfType<string>()
            .ToImmutableArray();
        var sdk = (string?)document.Root?.Attribute("Sdk");
        var packages = Elements("PackageReference")
            .Select(element => ((string?)element.Attribute("Include"))?.Trim())
            .OfType<string>()
            .Concat(ImplicitPackagesOf(sdk))
            .ToImmutableArray();
        var isWebProject = sdk?.Contains("Web", StringComparison.Ordinal) == true;

        return new SourceProject(
            Path.GetFileNameWithoutExtension(projectFile),
            directory,
            Path.GetRelativePath(root, directory),
            IsTestProject: IsTestProject(Property("IsTestProject"), sdk, Elements("PackageReference")),
            IsExecutable: string.Equals(outputType, "Exe", StringComparison.OrdinalIgnoreCase) || IsWindowsApplication(outputType),
            UsesImplicitUsings: !string.Equals(Property("ImplicitUsings"), "disable", StringComparison.OrdinalIgnoreCase),
            IsWebProject: isWebProject,
            references,
            usings,
            sources.ToImmutableArray(),
            IsWindowsApplication(outputType))
        {
            PackageReferences = packages,
            ReferencesAspNetCore = isWebProject || Elements("FrameworkReference").Any(element => (string?)element.Attribute("Include") == "Microsoft.AspNetCore.App"),
            RuntimeIdentifiers = RuntimeIdentifiersIn(document),
        };
    }

    /// <summary>
    /// The last unconditional <c>RuntimeIdentifiers</c> a project or props file sets, comma-separated as the analyzers
    /// package hands the list over, without the parts made of other properties (<c>$(…)</c>, not evaluated here); null
    /// when the file sets none.
    /// </summary>
    public static string? RuntimeIdentifiersIn(XDocument document)
    {
        var setting = document.Descendants().LastOrDefault(element => element.Name.LocalName == "RuntimeIdentifiers"
            && element.Attribute("Condition") is null && element.Parent?.Attribute("Condition") is null);
        return setting is null
            ? null
            : string.Join(",", setting.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(part => !part.Contains("$(", StringComparison.Ordinal)));
    }

    // The packages an SDK adds by itself: Aspire's app host SDK references Aspire.Hosting.AppHost (Aspire 9.2 and later),
    // so an app host's project file names no Aspire package.
    private static IEnumerable<string> ImplicitPackagesOf(string? sdk) =>
        sdk?.Split(';').Any(part => part.Trim().StartsWith("Aspire.AppHost.Sdk", StringComparison.OrdinalIgnoreCase)) == true
            ? new[] { "Aspire.Hosting.AppHost" }
            : Array.Empty<string>();

    /// <summary>
    /// A test project as a build would say: the project's own <c>IsTestProject</c> when it sets one (it is read after
    /// the packages' props), else a test SDK that sets it to true: MSTest.Sdk, or a reference to Microsoft.NET.Test.Sdk,
    /// xunit.v3 or TUnit. A reference to a test framework alone (a library shipping test helpers) is not a test project.
    /// </summary>
    private static bool IsTestProject(string? isTestProject, string? sdk, IEnumerable<XElement> packageReferences)
    {
        if (!string.IsNullOrEmpty(isTestProject))
        {
            return string.Equals(isTestProject, "true", StringComparison.OrdinalIgnoreCase);
        }

        return sdk?.Split(';').Any(part => part.Trim().StartsWith("MSTest.Sdk", StringComparison.OrdinalIgnoreCase)) == true
            || packageReferences
                .Select(element => (string?)element.Attribute("Include"))
                .Any(id => TestSdkPackages.Contains(id?.Trim(), StringComparer.OrdinalIgnoreCase));
    }

    private static bool IsWindowsApplication(string? outputType) => string.Equals(outputType, "WinExe", StringComparison.OrdinalIgnoreCase);

    private static string? OwnerOf(string source, string root, Dictionary<string, string> projectDirectories)
    {
        for (var directory = Path.GetDirectoryName(source); directory is not null && directory.Length >= root.Length; directory = Path.GetDirectoryName(directory))
        {
            if (projectDirectories.ContainsKey(directory))
            {
                return directory;
            }
        }

        return null;
    }

    private static IEnumerable<string> Files(string directory, string pattern)
    {
        foreach (var file in Directory.EnumerateFiles(directory, pattern))
        {
            yield return file;
        }

        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            if (SkippedFolders.Contains(Path.GetFileName(child), StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var file in Files(child, pattern))
            {
                yield return file;
            }
        }
    }
}

/// <summary>One project of the checkout, as far as compiling its sources needs.</summary>
internal sealed record SourceProject(
    string Name,
    string Directory,
    string RelativeDirectory,
    bool IsTestProject,
    bool IsExecutable,
    bool UsesImplicitUsings,
    bool IsWebProject,
    ImmutableArray<string> ProjectReferences,
    ImmutableArray<string> ExtraUsings,
    ImmutableArray<string> Sources,
    bool IsWindowsApplication = false)
{
    /// <summary>The ids of the packages the project file references itself (not those its project references bring).</summary>
    public ImmutableArray<string> PackageReferences { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Built on ASP.NET Core by its own file: the Web SDK, or a framework reference to it.</summary>
    public bool ReferencesAspNetCore { get; init; }

    /// <summary>The systems the project's own file says it is built for (<see cref="RepositoryProjects.RuntimeIdentifiersIn"/>); null when it sets none.</summary>
    public string? RuntimeIdentifiers { get; init; }

    /// <summary>Test and sample code holds Concord's mistakes on purpose; everything else is held to "no warning".</summary>
    public bool HoldsMistakesOnPurpose =>
        RelativeDirectory.Split(Path.DirectorySeparatorChar).Any(part => part is "tests" or "samples");
}
