namespace Concord.Core.Reports;

/// <summary>
/// What a run checked on each edge of its map, as the text and Markdown reports list it under the findings: an
/// edge without findings agrees only where something was checked, so every edge says what that was, or that
/// nothing was.
/// </summary>
internal static class CheckedEdges
{
    /// <summary>One line per edge of a run that says what it checked; none when the run does not say.</summary>
    public static IReadOnlyList<(string Edge, string Checked)> Of(MapModel map) =>
        [.. map.Edges
            .Where(edge => edge.Checked is not null)
            .Select(edge => ($"{edge.Consumer} → {edge.Provider}", edge.Checked is { IsEmpty: false } done ? string.Join("; ", done) : "nothing checked"))];
}
