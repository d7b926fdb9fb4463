using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Tests.Robustness;

/// <summary>
/// The compile-time assemblies of a project's NuGet packages, read from the <c>obj/project.assets.json</c>
/// its restore wrote, so that the corpus binds package types (OpenAPI, YAML, …) as a real build does.
/// A project that was never restored simply gets none.
/// </summary>
internal static class RestoredPackages
{
    private static readonly ConcurrentDictionary<string, MetadataReference> Cache = new(StringComparer.Ordinal);

    public static ImmutableArray<MetadataReference> Of(string projectDirectory)
    {
        var assets = Path.Combine(projectDirectory, "obj", "project.assets.json");
        if (!File.Exists(assets))
        {
            return ImmutableArray<MetadataReference>.Empty;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(assets));
        var root = document.RootElement;
        var packageFolders = root.GetProperty("packageFolders").EnumerateObject().Select(folder => folder.Name).ToList();
        var libraries = root.GetProperty("libraries");
        var target = root.GetProperty("targets").EnumerateObject().FirstOrDefault();
        if (target.Value.ValueKind != JsonValueKind.Object)
        {
            return ImmutableArray<MetadataReference>.Empty;
        }

        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var library in target.Value.EnumerateObject())
        {
            if (library.Value.GetProperty("type").GetString() != "package"
                || !library.Value.TryGetProperty("compile", out var compile)
                || !libraries.TryGetProperty(library.Name, out var entry)
                || !entry.TryGetProperty("path", out var libraryPath))
            {
                continue;
            }

            foreach (var asset in compile.EnumerateObject().Select(item => item.Name).Where(name => name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            {
                var path = packageFolders
                    .Select(folder => Path.Combine(folder, libraryPath.GetString()!, asset))
                    .FirstOrDefault(File.Exists);
                if (path is not null)
                {
                    references.Add(Cache.GetOrAdd(path, static file => MetadataReference.CreateFromFile(file)));
                }
            }
        }

        return references.ToImmutable();
    }
}
