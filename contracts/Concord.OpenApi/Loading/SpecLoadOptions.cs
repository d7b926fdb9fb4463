namespace Concord.OpenApi.Loading;

/// <summary>
/// Limits and permissions for loading a document. The defaults are safe for untrusted input and still fit
/// the largest public descriptions (a single 60 MB file; a description split over thousands of files).
/// </summary>
public sealed record SpecLoadOptions
{
    /// <summary>The most bytes read from any one file (default 64 MiB). Bytes are counted as they are read.</summary>
    public long MaxDocumentBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most bytes read from all files of one document together (default 256 MiB).</summary>
    public long MaxTotalBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays accepted (default 256).</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>How many nodes YAML aliases may expand to in total, against "billion laughs" (default 100,000).</summary>
    public int MaxAliasExpansion { get; init; } = 100_000;

    /// <summary>
    /// How many files one document may pull in through <c>$ref</c> (default 10,000: descriptions split
    /// into one file per operation and schema reach a few thousand).
    /// </summary>
    public int MaxReferencedFiles { get; init; } = 10_000;

    /// <summary>
    /// Allows <c>$ref</c> to files outside the folder of the root document. Remote (http, https, any URI
    /// scheme) references are never fetched, whatever this says.
    /// </summary>
    public bool AllowFilesOutsideRoot { get; init; }

    /// <summary>The safe defaults.</summary>
    public static SpecLoadOptions Default { get; } = new();
}
