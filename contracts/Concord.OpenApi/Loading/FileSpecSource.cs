namespace Concord.OpenApi.Loading;

/// <summary>A document on disk; referenced files must sit in its folder (or below) unless options allow more.</summary>
internal sealed class FileSpecSource : SpecSource
{
    private readonly string _rootFile;
    private readonly string _rootFolder;
    private readonly string _displayName;

    public FileSpecSource(string path, string displayName)
    {
        _rootFile = Path.GetFullPath(path);
        _rootFolder = Path.GetDirectoryName(_rootFile) ?? Path.GetPathRoot(_rootFile) ?? "/";
        _displayName = displayName;
    }

    public override string DisplayName => _displayName;

    internal override string RootKey => _rootFile;

    internal override string? Locate(string fromKey, string relativePath, SpecLoadOptions options, out string refusal)
    {
        var fromFolder = Path.GetDirectoryName(fromKey) ?? _rootFolder;
        var candidate = Path.GetFullPath(Path.Combine(fromFolder, relativePath));
        if (!options.AllowFilesOutsideRoot && !IsInside(candidate, _rootFolder))
        {
            refusal = $"'{relativePath}' is outside the document's folder (allow it with --allow-external-refs)";
            return null;
        }

        refusal = string.Empty;
        return candidate;
    }

    internal override byte[] Read(string key, SpecLoadOptions options)
    {
        var info = new FileInfo(key);
        if (!info.Exists)
        {
            throw new SpecLoadException(Display(key), "file not found");
        }

        // A link inside the folder must not lead outside it.
        if (!options.AllowFilesOutsideRoot && info.ResolveLinkTarget(returnFinalTarget: true) is { } target && !IsInside(target.FullName, _rootFolder))
        {
            throw new SpecLoadException(Display(key), "the file is a link to outside the document's folder");
        }

        if (info.Length > options.MaxDocumentBytes)
        {
            throw new SpecLoadException(Display(key), $"the file is {info.Length} bytes, over the {options.MaxDocumentBytes}-byte limit");
        }

        return File.ReadAllBytes(key);
    }

    internal override string Display(string key)
    {
        if (string.Equals(key, _rootFile, StringComparison.Ordinal))
        {
            return _displayName;
        }

        var relative = Path.GetRelativePath(_rootFolder, key);
        var displayFolder = Path.GetDirectoryName(_displayName);
        return string.IsNullOrEmpty(displayFolder) ? relative : Path.Combine(displayFolder, relative);
    }

    private static bool IsInside(string path, string folder)
    {
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }
}
