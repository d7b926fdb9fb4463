namespace Concord.OpenApi.Loading;

/// <summary>
/// A document read from standard input (the argument <c>-</c>), named <c>&lt;stdin&gt;</c> in errors and
/// findings. It has no folder, so a file reference in it is refused, as for a document in memory. The input
/// is read once, as it arrives, and never past the per-file limit.
/// </summary>
internal sealed class StandardInputSpecSource(Func<Stream> open) : SpecSource
{
    public const string Name = "<stdin>";

    private byte[]? _bytes;

    public override string DisplayName => Name;

    internal override string RootKey => Name;

    internal override string? Locate(string fromKey, string relativePath, SpecLoadOptions options, out string refusal)
    {
        refusal = $"'{relativePath}' is a file reference and a document read from standard input has no folder (give the file's path instead of -)";
        return null;
    }

    internal override byte[] Read(string key, SpecLoadOptions options)
    {
        if (_bytes is null)
        {
            try
            {
                using var stream = open();
                _bytes = CappedRead.All(stream, options.MaxDocumentBytes, () => new SpecLoadException(
                    Name, $"standard input is over the {options.MaxDocumentBytes}-byte limit (--max-file-bytes)"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                throw new SpecLoadException(Name, "cannot be read: " + e.Message, inner: e);
            }
        }

        return _bytes.Length > 0 ? _bytes : throw new SpecLoadException(Name, "standard input is empty (pipe a document into it, or give a file)");
    }

    internal override string Display(string key) => key;
}
