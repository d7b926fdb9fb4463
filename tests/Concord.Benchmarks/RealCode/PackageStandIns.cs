using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Concord.Benchmarks.RealCode;

/// <summary>
/// Empty assemblies named after the packages a project references. A checkout is compiled without restore, so its
/// packages' types do not bind; but what the analyzers judge a project by is the names of the assemblies it references
/// (a desktop framework, a test framework, a media server's plugin API), and those a stand-in gives, as a build would.
/// </summary>
internal static class PackageStandIns
{
    private static readonly ConcurrentDictionary<string, MetadataReference> Cache = new(StringComparer.OrdinalIgnoreCase);

    // Packages whose main assembly is named otherwise than the package.
    private static readonly Dictionary<string, string> AssemblyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ppy.osu.Framework"] = "osu.Framework",
        ["Jellyfin.Controller"] = "MediaBrowser.Controller",
        ["Jellyfin.Model"] = "MediaBrowser.Model",
        ["Jellyfin.Common"] = "MediaBrowser.Common",
        ["NUnit"] = "nunit.framework",
        ["xunit"] = "xunit.core",
        ["xunit.v3"] = "xunit.v3.core",
        ["MSTest.TestFramework"] = "Microsoft.VisualStudio.TestPlatform.TestFramework",
    };

    public static MetadataReference For(string packageId)
    {
        var assemblyName = AssemblyNames.GetValueOrDefault(packageId, packageId);
        return Cache.GetOrAdd(assemblyName, static name =>
        {
            var empty = CSharpCompilation.Create(name, options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var emitted = empty.Emit(image);
            if (!emitted.Success)
            {
                throw new InvalidOperationException($"could not build a stand-in for {name}: {emitted.Diagnostics.First()}");
            }

            return MetadataReference.CreateFromImage(image.ToArray(), filePath: name + ".dll");
        });
    }
}
