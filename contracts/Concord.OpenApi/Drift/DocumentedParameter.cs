namespace Concord.OpenApi.Drift;

/// <summary>A path or query parameter an operation documents, with the value a probe sends for it (null when the schema gives none).</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="In"><c>path</c> or <c>query</c>.</param>
/// <param name="Required">Whether the document requires it; a probe sends every required query parameter.</param>
/// <param name="ProbeValue">A value valid for its schema (see <see cref="ProbeValues"/>), or null.</param>
public sealed record DocumentedParameter(string Name, string In, bool Required, string? ProbeValue);
