using Concord.Core.Files;

namespace Concord.OpenApi.Loading;

/// <summary>
/// A document on disk; referenced files must sit in its folder (or below) unless options allow more.
/// Every path is judged by its real path (links followed), so neither a linked file nor a linked folder
/// inside the document's folder leads outside it, and a linked root document is judged where it really is.
/// </summary>
internal sealed class FileSpecSource : SpecSource
{
    private readonly string _rootFile;
    private readonly string _rootFolder;
    private readonly string _displayName;
    private readonly string _argumentFolder;

    public FileSpecSource(string path, string displayName)
    {
        var full = Path.GetFullPath(path);
        _argumentFolder = Path.GetDirectoryName(full) ?? Path.GetPathRoot(full) ?? "/";
        _rootFile = Real(full);
        _rootFolder = Path.GetDirectoryName(_rootFile) ?? Path.GetPathRoot(_rootFile) ?? "/";
        _displayName = displayName;
    }

    public override string DisplayName => _displayName;

    internal override string RootKey => _rootFile;

    internal override string? Locate(string fromKey, string relativePath, SpecLoadOptions options, out string refusal)
    {
        var fromFolder = Path.GetDirectoryName(fromKey) ?? _rootFolder;
        var candidate = Real(Path.GetFullPath(Path.Combine(fromFolder, relativePath)));
        if (!options.AllowFilesOutsideRoot && !IsInside(candidate, _rootFolder))
        {
            refusal = $"'{relativePath}' is outside the document's folder, once links are followed (allow it with --allow-external-refs)";
            return null;
        }

        refusal = string.Empty;
        return candidate;
    }

    internal override byte[] Read(string key, SpecLoadOptions options)
    {
        if (Directory.Exists(key))
        {
            throw new SpecLoadException(Display(key), "is a folder, not a file");
        }

        var info = new FileInfo(key);
        if (!info.Exists)
        {
            throw new SpecLoadException(Display(key), "file not found");
        }

        // A FIFO or a device (/dev/zero, /dev/urandom) reports no length: opening a FIFO would wait for a
        // writer forever and a device never ends, so only files with content are opened.
        if (info.Length == 0)
        {
            throw new SpecLoadException(Display(key), "the file is empty or not a regular file (a pipe or a device)");
        }

        if (info.Length > options.MaxDocumentBytes)
        {
            throw new SpecLoadException(Display(key), $"the file is {info.Length} bytes, over the {options.MaxDocumentBytes}-byte limit (--max-file-bytes)");
        }

        try
        {
            using var stream = new FileStream(key, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            return CappedRead.All(stream, options.MaxDocumentBytes, () => new SpecLoadException(
                Display(key), $"the file grew past the {options.MaxDocumentBytes}-byte limit while it was read (--max-file-bytes)"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SpecLoadException(Display(key), "cannot be read: " + e.Message, inner: e);
        }
    }

    internal override string Display(string key)
    {
        if (string.Equals(key, _rootFile, StringComparison.Ordinal))
        {
            return _displayName;
        }

        // Referenced files are named relative to the root document as the user named it.
        var relative = IsInside(key, _rootFolder) ? Path.GetRelativePath(_rootFolder, key) : Path.GetRelativePath(_argumentFolder, key);
        var displayFolder = Path.GetDirectoryName(_displayName);
        return string.IsNullOrEmpty(displayFolder) ? relative : Path.Combine(displayFolder, relative);
    }

    private static bool IsInside(string path, string folder)
    {
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>The real path (links followed); a link loop is a document that cannot be read.</summary>
    private static string Real(string fullPath)
    {
        try
        {
            return RealPath.Of(fullPath);
        }
        catch (IOException)
        {
            throw new SpecLoadException(fullPath, "too many levels of links (a link loop?)");
        }
    }
}
