namespace Concord.Cli.Output;

/// <summary>
/// A path with every symbolic link in it resolved, component by component (what <c>realpath</c> does),
/// so that two spellings of one file compare equal. Components that do not exist are kept as written.
/// </summary>
internal static class RealPath
{
    /// <summary>How paths compare on this OS.</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    // Linux's own limit on links followed while resolving one path; a loop ends here instead of spinning.
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>The real path, or <c>null</c> when <paramref name="path"/> is not a valid path at all (e.g. <c>git:main:api.yaml</c> on Windows).</summary>
    public static string? TryOf(string path)
    {
        try
        {
            return string.IsNullOrWhiteSpace(path) ? null : Of(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is not null)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"too many levels of symbolic links in {full}");
                }

                next = Resolve(Path.GetFullPath(target, current), ref links);
            }

            current = next;
        }

        return current;
    }
}
