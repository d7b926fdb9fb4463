using System.Collections.Immutable;
using Concord.Analyzers.Tests.Corpus;
using Microsoft.CodeAnalysis;

namespace Concord.Benchmarks.RealCode;

/// <summary>
/// What a build of a checkout would give each of its projects, as far as the analyzers see it: whether it is a test
/// project, the systems it is built for, and what it compiles against besides its project references: the .NET
/// shared framework; ASP.NET Core's when it or a project it references asks for it (a framework reference flows to the
/// projects that reference it); and a stand-in for each package it, a project it references, or a Directory.Build.props
/// above it (unconditionally), references.
/// </summary>
internal sealed class CheckoutBuild
{
    private static readonly ImmutableArray<MetadataReference> SharedFrameworks = LoadSharedFrameworks();
    private static readonly ImmutableHashSet<string> FrameworkAssemblyNames =
        SharedFrameworks.Select(reference => Path.GetFileNameWithoutExtension(reference.Display!)).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);

    private readonly string _checkout;
    private readonly Dictionary<string, SourceProject> _byFile;
    private readonly bool _propsMarkTestProjects;
    private readonly Dictionary<string, ImmutableArray<MetadataReference>> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PropsFile> _props = new(StringComparer.Ordinal);

    public CheckoutBuild(string checkout, ImmutableArray<SourceProject> projects)
    {
        _checkout = checkout;
        _propsMarkTestProjects = PropsMarkTestProjects(checkout);
        _byFile = projects.ToDictionary(project => Path.Combine(project.Directory, project.Name + ".csproj"), StringComparer.Ordinal);
    }

    public IEnumerable<MetadataReference> ReferencesOf(SourceProject project)
    {
        var file = Path.Combine(project.Directory, project.Name + ".csproj");
        if (_cache.TryGetValue(file, out var known))
        {
            return known;
        }

        var closure = Closure(project);
        var usesAspNetCore = closure.Any(member => member.ReferencesAspNetCore);
        var packageIds = closure
            .SelectMany(member => member.PackageReferences.Concat(BuildPropsPackages(member.Directory).Where(package => !package.Conditional).Select(package => package.Id)))
            .ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);

        // A package that ASP.NET Core's shared framework also carries (Microsoft.Extensions.Http, say) is taken from
        // there: its types then bind as the package's would, so a call through IHttpClientFactory is seen as one.
        var references = SharedFrameworks
            .Where(reference => usesAspNetCore || !IsAspNetCore(reference) || packageIds.Contains(Path.GetFileNameWithoutExtension(reference.Display!)))
            .Concat(packageIds.Where(id => !FrameworkAssemblyNames.Contains(id)).Select(PackageStandIns.For))
            .ToImmutableArray();
        _cache[file] = references;
        return references;
    }

    private List<SourceProject> Closure(SourceProject project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<SourceProject>();
        var pending = new Stack<SourceProject>();
        pending.Push(project);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!seen.Add(Path.Combine(next.Directory, next.Name)))
            {
                continue;
            }

            members.Add(next);
            foreach (var reference in next.ProjectReferences)
            {
                if (_byFile.TryGetValue(reference, out var referenced))
                {
                    pending.Push(referenced);
                }
            }
        }

        return members;
    }

    /// <summary>
    /// A test project as its build would say: by its own file, or by a Directory.Build.props above it that adds a test
    /// SDK to every project. A checkout's props files often add the SDK, or set IsTestProject, only under a condition
    /// on the project's name (<c>$(MSBuildProjectName.EndsWith('.Tests'))</c>), sometimes from a file a Directory.Build.props
    /// imports; conditions and imports are not evaluated here, so when any props file of the checkout does either, a
    /// project is a test project by the usual convention: a name that ends in Test or Tests.
    /// </summary>
    public bool IsTestProject(SourceProject project) =>
        project.IsTestProject
        || BuildPropsPackages(project.Directory).Any(package => TestSdks.Contains(package.Id) && !package.Conditional)
        || (_propsMarkTestProjects && (project.Name.EndsWith("Test", StringComparison.OrdinalIgnoreCase) || project.Name.EndsWith("Tests", StringComparison.OrdinalIgnoreCase)));

    private static bool PropsMarkTestProjects(string checkout) =>
        EnumerateProps(checkout).Any(file =>
        {
            var text = File.ReadAllText(file);
            return text.Contains("<IsTestProject>true</IsTestProject>", StringComparison.OrdinalIgnoreCase)
                || TestSdks.Any(sdk => text.Contains($"Include=\"{sdk}\"", StringComparison.OrdinalIgnoreCase));
        });

    private static IEnumerable<string> EnumerateProps(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*.props"))
        {
            yield return file;
        }

        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            if (Path.GetFileName(child) is not ("bin" or "obj" or ".git" or "node_modules"))
            {
                foreach (var file in EnumerateProps(child))
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>
    /// The <c>RuntimeIdentifiers</c> the project is built for, as the analyzers package hands them over
    /// (<c>build_property.ConcordRuntimeIdentifiers</c>, comma-separated): from its own file, else from the nearest
    /// Directory.Build.props above it that sets them (MSBuild reads that file before the project's). Conditional
    /// settings and the parts of a value made of other properties are not evaluated here, and left out.
    /// </summary>
    public string RuntimeIdentifiersOf(SourceProject project) =>
        project.RuntimeIdentifiers
        ?? BuildProps(project.Directory).Select(props => props.RuntimeIdentifiers).FirstOrDefault(list => list is not null)
        ?? string.Empty;

    private static readonly ImmutableHashSet<string> TestSdks = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "Microsoft.NET.Test.Sdk", "xunit.v3", "TUnit");

    // Directory.Build.props files of the checkout add packages to every project below them (analyzers, a shared test
    // framework), some only under a condition this reader does not evaluate.
    private IEnumerable<(string Id, bool Conditional)> BuildPropsPackages(string directory) =>
        BuildProps(directory).SelectMany(props => props.Packages);

    // The Directory.Build.props files above a folder, nearest first, each read once: every project below one, and every
    // project that references one, asks again.
    private IEnumerable<PropsFile> BuildProps(string directory)
    {
        for (var folder = directory; folder is not null && folder.Length >= _checkout.Length; folder = Path.GetDirectoryName(folder))
        {
            var path = Path.Combine(folder, "Directory.Build.props");
            if (File.Exists(path))
            {
                if (!_props.TryGetValue(path, out var props))
                {
                    _props[path] = props = PropsFile.Read(path);
                }

                yield return props;
            }
        }
    }

    /// <summary>What the scanner reads from a Directory.Build.props: the packages it adds, and the systems it builds for.</summary>
    private sealed record PropsFile(List<(string Id, bool Conditional)> Packages, string? RuntimeIdentifiers)
    {
        public static PropsFile Read(string path)
        {
            try
            {
                var document = System.Xml.Linq.XDocument.Load(path);
                var packages = document.Descendants()
                    .Where(element => element.Name.LocalName == "PackageReference" && element.Attribute("Include") is not null)
                    .Select(element => (element.Attribute("Include")!.Value.Trim(), element.Attribute("Condition") is not null || element.Parent?.Attribute("Condition") is not null))
                    .ToList();
                return new PropsFile(packages, RepositoryProjects.RuntimeIdentifiersIn(document));
            }
            catch (System.Xml.XmlException)
            {
                return new PropsFile(new List<(string, bool)>(), null);
            }
        }
    }

    private static bool IsAspNetCore(MetadataReference reference) =>
        reference.Display!.Contains($"{Path.DirectorySeparatorChar}Microsoft.AspNetCore.App{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    // The shared frameworks this process runs on (it references ASP.NET Core's), not the packages it was built with.
    private static ImmutableArray<MetadataReference> LoadSharedFrameworks()
    {
        var trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var shared = $"{Path.DirectorySeparatorChar}shared{Path.DirectorySeparatorChar}";
        return trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.Contains(shared, StringComparison.Ordinal) && path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
