namespace Concord.Benchmarks.OpenApi;

/// <summary>
/// The OpenAPI pairs the spec lens is measured on. They live beside the clone, in
/// <c>../shared/bench/openapi/&lt;pair&gt;/{base,revision}.json</c>, not in the repository.
/// </summary>
internal static class BenchPairs
{
    public static readonly string[] Names = ["stripe", "openai", "argo", "github", "kubernetes", "digitalocean"];

    /// <summary>A multi-file description is a folder per version with its entry point inside.</summary>
    private const string DigitalOceanEntry = "specification/DigitalOcean-public.v2.yaml";

    public static (string Base, string Revision) Files(string pair)
    {
        var folder = Path.Combine(SharedFolder(), pair);
        return File.Exists(Path.Combine(folder, "base.json"))
            ? (Path.Combine(folder, "base.json"), Path.Combine(folder, "revision.json"))
            : (Path.Combine(folder, "base", DigitalOceanEntry), Path.Combine(folder, "revision", DigitalOceanEntry));
    }

    private static string SharedFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Contracts.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "bench", "openapi"));
                return Directory.Exists(shared)
                    ? shared
                    : throw new DirectoryNotFoundException($"benchmark pairs not found at {shared} (expected ../shared/bench/openapi beside the clone)");
            }
        }

        throw new DirectoryNotFoundException("could not find the repository root (Contracts.sln) above " + AppContext.BaseDirectory);
    }
}
