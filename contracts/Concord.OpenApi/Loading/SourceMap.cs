namespace Concord.OpenApi.Loading;

/// <summary>
/// Where each object and array of a document starts in its text, by JSON pointer, so findings
/// and errors can name a line. A pointer below a mapped node resolves to its nearest mapped ancestor.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    /// <summary>A map that knows no positions.</summary>
    public static SourceMap Empty { get; } = new();

    internal void Add(string pointer, int line, int column) => _positions.TryAdd(pointer, (line, column));

    /// <summary>The 1-based line and column of the node or its nearest mapped ancestor.</summary>
    public (int Line, int Column)? Find(string pointer)
    {
        var current = pointer;
        while (true)
        {
            if (_positions.TryGetValue(current, out var position))
            {
                return position;
            }

            var slash = current.LastIndexOf('/');
            if (slash < 0)
            {
                return null;
            }

            current = current[..slash];
        }
    }
}
