using Concord.Core.Files;

namespace Concord.Cli.Output;

/// <summary>
/// Writes a report so readers see the old content or the whole new content, never half of it, and
/// only ever as a regular file: a path that is a symbolic link, a FIFO, a device node (<c>/dev/null</c>)
/// or a folder, or that is one of the command's own inputs, is refused with an
/// <see cref="OutputRefusedException"/> before anything is written.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>; refuses what is not a regular file.</summary>
    public static void Write(string path, string content) => Write(path, content, []);

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> unless the path is not a regular file
    /// or names the same file as one of <paramref name="inputs"/> (compared after resolving symbolic links),
    /// in which case it throws <see cref="OutputRefusedException"/> and writes nothing.
    /// </summary>
    /// <param name="path">The report's path, absolute or relative to the current directory.</param>
    /// <param name="content">The whole report.</param>
    /// <param name="inputs">The files the command read (e.g. diff's two documents), absolute or relative to the current directory.</param>
    public static void Write(string path, string content, IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(inputs);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new OutputRefusedException("the output path is empty");
        }

        var full = Path.GetFullPath(path);
        EnsureWritable(full, [.. inputs]);
        var folder = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            // CreateNew: never open something already at the temporary name, not even a planted link.
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(content);
            }

            KeepPermissions(full, temporary);

            // Checked again just before the rename, which would replace whatever is at the path by then.
            EnsureWritable(full, []);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static void EnsureWritable(string full, IReadOnlyList<string> inputs)
    {
        var refusal = FileKind.Of(full) switch
        {
            FileKindName.Missing or FileKindName.RegularFile => null,
            FileKindName.SymbolicLink => "it is a symbolic link",
            FileKindName.Directory => "it is a folder",
            FileKindName.Fifo => "it is a FIFO (named pipe)",
            FileKindName.CharacterDevice or FileKindName.BlockDevice => "it is a device node",
            FileKindName.Socket => "it is a socket",
            _ => "it is not a regular file",
        };
        if (refusal is not null)
        {
            throw new OutputRefusedException($"{refusal}; reports are written only to regular files, and nothing else is replaced");
        }

        var real = RealPath.Of(full);
        foreach (var input in inputs)
        {
            if (RealPath.TryOf(input) is { } inputPath && string.Equals(inputPath, real, RealPath.Comparison))
            {
                throw new OutputRefusedException($"it is one of this command's inputs ({input}); choose another output file");
            }
        }
    }

    // Replacing a report keeps the mode its owner gave it (the new file would otherwise get the umask's).
    private static void KeepPermissions(string full, string temporary)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(full))
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
        }
    }
}
