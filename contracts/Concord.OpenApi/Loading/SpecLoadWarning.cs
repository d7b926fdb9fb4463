namespace Concord.OpenApi.Loading;

/// <summary>
/// Something the OpenAPI reader did not accept but could read past (a keyword in a place the specification
/// does not list it, say). The document is still compared; the warning is listed in the report.
/// </summary>
/// <param name="Document">The document as the user named it.</param>
/// <param name="Message">The reader's words, one line.</param>
/// <param name="Pointer">Where, as a JSON pointer starting with '#'.</param>
/// <param name="Line">The 1-based line, when known.</param>
/// <param name="Column">The 1-based column, when known.</param>
public sealed record SpecLoadWarning(string Document, string Message, string Pointer, int? Line, int? Column);
