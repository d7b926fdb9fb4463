namespace ConcordSystem.Inventory.Tests;

/// <summary>The system's root folder (the one holding concord.json), found from where the tests run.</summary>
internal static class SystemFolder
{
    public static string Root { get; } = Find();

    /// <summary>Where pacts are written and read: the folder concord.json names ("pacts").</summary>
    public static string Pacts => Path.Combine(Root, "pacts");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "concord.json")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No concord.json above {AppContext.BaseDirectory}: the tests run from inside the system's folder.");
    }
}
