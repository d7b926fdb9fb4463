namespace ModelRegistry.Sample.Tests.Support;

/// <summary>Where the sample lives in the repository.</summary>
public static class SamplePaths
{
    public static string Repository { get; } = FindRepository();

    public static string Samples { get; } = Path.Combine(Repository, "contracts", "samples");

    /// <summary>The committed pacts of a variant: <c>fixed</c> or <c>as-reported</c>.</summary>
    public static string Pacts(string variant) => Path.Combine(Samples, "pacts", variant);

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Contracts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Contracts.sln not found above the test assembly.");
    }
}
