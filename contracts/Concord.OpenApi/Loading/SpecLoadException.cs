namespace Concord.OpenApi.Loading;

/// <summary>
/// A document could not be loaded. <see cref="Exception.Message"/> is one line that names the
/// document and, when known, the line and column: <c>api.yaml:12:5: unresolved $ref '#/x'</c>.
/// </summary>
public sealed class SpecLoadException : Exception
{
    public SpecLoadException(string document, string reason, int? line = null, int? column = null, Exception? inner = null)
        : base(Format(document, reason, line, column), inner)
    {
        Document = document;
        Reason = reason;
        Line = line;
        Column = column;
    }

    public SpecLoadException()
        : this("(unknown)", "the document could not be loaded")
    {
    }

    public SpecLoadException(string message)
        : this("(unknown)", message)
    {
    }

    public SpecLoadException(string message, Exception innerException)
        : this("(unknown)", message, inner: innerException)
    {
    }

    /// <summary>The document that failed, as the user named it.</summary>
    public string Document { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The 1-based line, when the reader knew it.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column, when the reader knew it.</summary>
    public int? Column { get; }

    private static string Format(string document, string reason, int? line, int? column)
    {
        var where = line is { } l ? column is { } c ? $"{document}:{l}:{c}" : $"{document}:{l}" : document;
        return $"{where}: {reason.ReplaceLineEndings(" ")}";
    }
}
