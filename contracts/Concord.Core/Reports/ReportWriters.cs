using System.Collections.Frozen;
using Concord.Core.Reports.GitLab;
using Concord.Core.Reports.Html;
using Concord.Core.Reports.Json;
using Concord.Core.Reports.JUnit;
using Concord.Core.Reports.Markdown;
using Concord.Core.Reports.Sarif;
using Concord.Core.Reports.Text;

namespace Concord.Core.Reports;

/// <summary>Every report format Concord writes, looked up by the name typed after <c>--format</c>.</summary>
public static class ReportWriters
{
    /// <summary>Every writer, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<IReportWriter> All { get; } =
    [
        new TextReportWriter(),
        new MarkdownReportWriter(),
        new JsonReportWriter(),
        new SarifReportWriter(),
        new JUnitReportWriter(),
        new HtmlReportWriter(),
        new GitLabCodeQualityReportWriter(),
    ];

    // Declared after All: static initialisers run in the order they are written.
    private static readonly FrozenDictionary<string, IReportWriter> s_byFormat =
        All.ToFrozenDictionary(writer => writer.Format, StringComparer.OrdinalIgnoreCase);

    /// <summary>The format names, e.g. for a command-line option's completions: text, markdown, json, sarif, junit, html, gitlab.</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. All.Select(writer => writer.Format)];

    /// <summary>The writer for <paramref name="format"/> (case-insensitive), or <c>null</c> when there is none.</summary>
    public static IReportWriter? Find(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return s_byFormat.GetValueOrDefault(format.Trim());
    }

    /// <summary>The writer for <paramref name="format"/>; an unknown format throws with the list of known ones.</summary>
    public static IReportWriter Get(string format) =>
        Find(format)
        ?? throw new ArgumentException(
            $"Unknown report format '{format}'; known formats: {string.Join(", ", Formats)}.", nameof(format));
}
