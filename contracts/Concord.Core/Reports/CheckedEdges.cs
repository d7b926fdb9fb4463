using System.Collections.Immutable;

namespace Concord.Core.Reports;

/// <summary>
/// What a run checked on each edge of its map, as the text and Markdown reports list it under the findings: an
/// edge without findings agrees only where something was checked, so every edge says what that was, or that
/// nothing was.
/// </summary>
internal static class CheckedEdges
{
    /// <summary>The words for an edge where the run checked nothing.</summary>
    public const string Nothing = "nothing checked";

    /// <summary>One entry per edge of a run that says what it checked; none when the run does not say.</summary>
    public static IReadOnlyList<CheckedEdge> Of(MapModel map) =>
        [.. map.Edges
            .Where(edge => edge.Checked is not null)
            .Select(edge => new CheckedEdge($"{edge.Consumer} → {edge.Provider}", edge.Checked!.Value))];
}

/// <summary>An edge and what was checked on it; <see cref="Text"/> joins the phrases, or says nothing was.</summary>
internal sealed record CheckedEdge(string Edge, ImmutableArray<string> Done)
{
    public bool IsUnchecked => Done.IsEmpty;

    public string Text => IsUnchecked ? CheckedEdges.Nothing : string.Join("; ", Done);
}
