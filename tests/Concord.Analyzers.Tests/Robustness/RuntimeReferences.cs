using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Tests.Robustness;

/// <summary>
/// What the corpus compiles against: every managed assembly the running test host trusts, which is
/// the .NET and ASP.NET Core shared frameworks plus the test's own packages (xunit, Roslyn).
/// Loaded once; every compilation shares the same metadata.
/// </summary>
internal static class RuntimeReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> All = new(Load);

    /// <summary>All trusted assemblies except those built from this repository, whose sources the corpus compiles itself.</summary>
    public static ImmutableArray<MetadataReference> Except(IReadOnlySet<string> assemblyNames) =>
        All.Value.Where(reference => !assemblyNames.Contains(Path.GetFileNameWithoutExtension(reference.Display!))).ToImmutableArray();

    private static ImmutableArray<MetadataReference> Load()
    {
        var trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
            ?? throw new InvalidOperationException("The runtime exposes no TRUSTED_PLATFORM_ASSEMBLIES list.");

        return trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
