using System.Text;

namespace Concord.OpenApi.Loading;

/// <summary>
/// 1-based line and column (in characters) of byte offsets in UTF-8 text, asked for in increasing order.
/// Each answer continues counting from the previous one, so a whole document costs one pass: counting from
/// the start of the line each time was quadratic on minified JSON, where the whole document is one line.
/// </summary>
internal sealed class TextPositions
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];
    private int _lastLine = -1;
    private int _lastOffset;
    private int _lastColumn;

    public TextPositions(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) At(int offset)
    {
        var found = _lineStarts.BinarySearch(offset);
        var line = found >= 0 ? found : ~found - 1;
        if (line != _lastLine || offset < _lastOffset)
        {
            _lastLine = line;
            _lastOffset = _lineStarts[line];
            _lastColumn = 1;
        }

        _lastColumn += Encoding.UTF8.GetCharCount(_utf8, _lastOffset, offset - _lastOffset);
        _lastOffset = offset;
        return (line + 1, _lastColumn);
    }
}
