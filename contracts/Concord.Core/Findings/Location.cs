namespace Concord.Core.Findings;

/// <summary>Where a finding points. Every kind renders itself as one short line for humans.</summary>
public abstract record Location
{
    private protected Location()
    {
    }

    /// <summary>A one-line rendering, e.g. <c>src/Auth.cs:42:17</c> or <c>api.yaml#/paths/~1users/get</c>.</summary>
    public abstract string Display { get; }

    public sealed override string ToString() => Display;
}

/// <summary>A span of a source file; line and column are 1-based.</summary>
public sealed record SourceLocation(string File, int Line, int Column, int? EndLine = null, int? EndColumn = null) : Location
{
    public override string Display => $"{File}:{Line}:{Column}";
}

/// <summary>A node of an OpenAPI document, addressed by JSON pointer; line and column when the reader knew them.</summary>
public sealed record SpecLocation(string Document, string JsonPointer, int? Line = null, int? Column = null) : Location
{
    public override string Display => Line is { } line ? $"{Document}#{JsonPointer} (line {line})" : $"{Document}#{JsonPointer}";
}

/// <summary>
/// An interaction of a pact file, named by its description; <paramref name="Line"/> is the 1-based line where the
/// interaction starts in the file, when the lens read the file itself (so reports and code-scanning annotations
/// can point at it), and null otherwise.
/// </summary>
public sealed record PactLocation(string PactFile, string Interaction, string? Consumer = null, string? Provider = null, int? Line = null) : Location
{
    public override string Display => Line is { } line ? $"{PactFile}:{line} » {Interaction}" : $"{PactFile} » {Interaction}";
}

/// <summary>A live HTTP endpoint: a method and an absolute URL.</summary>
public sealed record EndpointLocation(string Method, string Url) : Location
{
    public override string Display => $"{Method.ToUpperInvariant()} {Url}";
}
