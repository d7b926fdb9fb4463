using System.Collections.Immutable;
using System.Text;
using Concord.Analyzers.Tests.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Concord.Analyzers.Tests.Robustness;

/// <summary>Turns corpus sources into compilations that bind the way a real build of them would.</summary>
internal static class CorpusCompilations
{
    public static readonly CSharpParseOptions ParseOptions = new(
        LanguageVersion.Preview,
        preprocessorSymbols: new[] { "NET", "NET10_0", "NET10_0_OR_GREATER", "NETCOREAPP", "DEBUG", "TRACE" });

    /// <summary>The SDK's implicit usings for plain projects, and the extra ones of the Web SDK.</summary>
    private static readonly string[] ImplicitUsings =
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    };

    private static readonly string[] WebImplicitUsings =
    {
        "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    };

    /// <summary>
    /// One compilation per project, in dependency order, each referencing the compilations of its project references.
    /// What else a project compiles against is <paramref name="referencesOf"/>'s answer; by default, the test host's
    /// assemblies and the packages the project's restore wrote.
    /// </summary>
    public static ImmutableArray<(SourceProject Project, Compilation Compilation)> OfRepository(
        ImmutableArray<SourceProject> projects, Func<SourceProject, IEnumerable<MetadataReference>>? referencesOf = null)
    {
        var ownAssemblies = projects.Select(project => project.Name).ToHashSet(StringComparer.Ordinal);
        var references = RuntimeReferences.Except(ownAssemblies);
        referencesOf ??= project =>
        {
            // A package's own build of an assembly wins over the runtime's copy of the same name.
            var packages = RestoredPackages.Of(project.Directory);
            var packageNames = packages.Select(reference => Path.GetFileNameWithoutExtension(reference.Display!)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return references.Where(reference => !packageNames.Contains(Path.GetFileNameWithoutExtension(reference.Display!))).Concat(packages);
        };
        var byFile = projects.ToDictionary(ProjectFile, StringComparer.Ordinal);
        var built = new Dictionary<string, Compilation>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<(SourceProject, Compilation)>();

        Compilation Build(SourceProject project, ImmutableHashSet<string> visiting)
        {
            var file = ProjectFile(project);
            if (built.TryGetValue(file, out var done))
            {
                return done;
            }

            var projectReferences = project.ProjectReferences
                .Where(reference => byFile.ContainsKey(reference) && !visiting.Contains(reference))
                .Select(reference => Build(byFile[reference], visiting.Add(file)).ToMetadataReference());

            var trees = project.Sources
                .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions, path, Encoding.UTF8))
                .Append(GlobalUsings(project));

            var compilation = CSharpCompilation.Create(
                project.Name,
                trees,
                referencesOf(project).Concat(projectReferences),
                Options(project.IsWindowsApplication ? OutputKind.WindowsApplication
                    : project.IsExecutable ? OutputKind.ConsoleApplication
                    : OutputKind.DynamicallyLinkedLibrary));
            built[file] = compilation;
            result.Add((project, compilation));
            return compilation;
        }

        foreach (var project in projects)
        {
            Build(project, ImmutableHashSet<string>.Empty);
        }

        return result.ToImmutable();
    }

    /// <summary>A compilation of loose sources (generated or extracted), with the usings a typical service project has.</summary>
    public static Compilation OfSources(string name, IEnumerable<string> sources, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
    {
        var trees = sources
            .Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, $"/{name}/{index}.cs", Encoding.UTF8))
            .Append(CSharpSyntaxTree.ParseText(UsingsText(ImplicitUsings.Concat(WebImplicitUsings).Concat(new[]
            {
                "System.Net.Http.Headers", "System.Text", "System.Text.Json", "System.Text.Json.Nodes", "System.Text.Json.Serialization",
                "Microsoft.Extensions.Options",
            })), ParseOptions, $"/{name}/GlobalUsings.g.cs", Encoding.UTF8));

        return CSharpCompilation.Create(name, trees, RuntimeReferences.Except(new HashSet<string>()), Options(kind));
    }

    private static CSharpCompilationOptions Options(OutputKind kind) =>
        new(kind, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true, concurrentBuild: true);

    private static string ProjectFile(SourceProject project) => Path.Combine(project.Directory, project.Name + ".csproj");

    private static SyntaxTree GlobalUsings(SourceProject project)
    {
        var usings = (project.UsesImplicitUsings ? ImplicitUsings : Array.Empty<string>())
            .Concat(project.UsesImplicitUsings && project.IsWebProject ? WebImplicitUsings : Array.Empty<string>())
            .Concat(project.ExtraUsings);
        return CSharpSyntaxTree.ParseText(UsingsText(usings), ParseOptions, Path.Combine(project.Directory, "obj", "GlobalUsings.g.cs"), Encoding.UTF8);
    }

    private static string UsingsText(IEnumerable<string> namespaces) =>
        string.Concat(namespaces.Distinct(StringComparer.Ordinal).Select(name => $"global using global::{name};\n"));
}
