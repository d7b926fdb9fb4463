namespace Concord.Core.Files;

/// <summary>
/// The path a file really has once every link on the way is followed, component by component (like
/// realpath(3), but parts that do not exist are kept as written, so "not found" can still name them).
/// Two spellings of one file give one real path; a link out of a folder is seen for what it is.
/// </summary>
public static class RealPath
{
    // As the kernel does, a chain of more links than this is a loop.
    private const int MaxLinks = 40;

    /// <summary>How paths compare on this OS.</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The real path of <paramref name="path"/> (made absolute first); an <see cref="IOException"/> for a link loop.</summary>
    public static string Of(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var links = 0;
        var pending = new Stack<string>(Parts(fullPath).Reverse());
        var current = Path.GetPathRoot(fullPath) ?? "/";
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".")
            {
                continue;
            }

            // Resolved after the links before it, as the kernel does: "link/.." is the link target's parent.
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"too many levels of links in {fullPath} (a link loop?)");
            }

            // The link's target replaces it: absolute from the root, relative from the link's folder.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? "/";
            }

            foreach (var targetPart in Parts(target).Reverse())
            {
                pending.Push(targetPart);
            }
        }

        return current;
    }

    /// <summary>The real path, or <c>null</c> when <paramref name="path"/> is not a usable path at all (empty, invalid, a link loop).</summary>
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

    private static IEnumerable<string> Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
