namespace Concord.OpenApi.PactComparison;

/// <summary>
/// A pact file could not be read. <see cref="Exception.Message"/> is one line naming the file and, when
/// known, the 1-based line and column: <c>pacts/a-b.json:12:5: 'interactions' is not an array</c>.
/// </summary>
public sealed class PactReadException : Exception
{
    public PactReadException(string file, string reason, int? line = null, int? column = null, Exception? inner = null)
        : base(Format(file, reason, line, column), inner)
    {
        File = file;
        Reason = reason.ReplaceLineEndings(" ");
        Line = line;
        Column = column;
    }

    public PactReadException()
        : this("(unknown)", "the pact could not be read")
    {
    }

    public PactReadException(string message)
        : this("(unknown)", message)
    {
    }

    public PactReadException(string message, Exception innerException)
        : this("(unknown)", message, inner: innerException)
    {
    }

    /// <summary>The pact file, as the user named it.</summary>
    public string File { get; }

    /// <summary>What is wrong, without the file and place.</summary>
    public string Reason { get; }

    /// <summary>The 1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column, when known.</summary>
    public int? Column { get; }

    private static string Format(string file, string reason, int? line, int? column)
    {
        var where = line is { } l ? column is { } c ? $"{file}:{l}:{c}" : $"{file}:{l}" : file;
        return $"{where}: {reason.ReplaceLineEndings(" ")}";
    }
}
