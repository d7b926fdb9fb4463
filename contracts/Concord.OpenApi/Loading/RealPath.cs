namespace Concord.OpenApi.Loading;

/// <summary>
/// The path a file really has once every link on the way is followed (like realpath(3), but a missing
/// last part is kept as it is, so "file not found" can still name it).
/// </summary>
internal static class RealPath
{
    // As the kernel does, a chain of more links than this is a loop.
    private const int MaxLinks = 40;

    public static string Of(string fullPath)
    {
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

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            FileSystemInfo entry = new FileInfo(next);
            var target = entry.LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new SpecLoadException(fullPath, "too many levels of links (a link loop?)");
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

    private static IEnumerable<string> Parts(string path) =>
        path.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
}
