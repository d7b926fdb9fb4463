namespace Concord.Templates.Tests.Support;

/// <summary>
/// The repository the tests were built from, found by walking up from the test assembly to
/// <c>Contracts.sln</c>. Not from <c>[CallerFilePath]</c>: a CI build is deterministic and maps
/// source paths to <c>/_/</c>, so a compiled-in path names no real folder there.
/// </summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Contracts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("no Contracts.sln above " + AppContext.BaseDirectory);
    }
}
