using Concord.Core.Findings;
using Concord.Core.Reports;

namespace Concord.Cli.Rules;

/// <summary>
/// The code lens's rules without loading Roslyn: ids and severities from the analyzers' release tracking
/// (AnalyzerReleases.Shipped.md then Unshipped.md, which the build keeps equal to the analyzers' descriptors),
/// titles from each rule's page heading (<c># CORD002: Title</c>), links to those pages.
/// </summary>
internal static class CodeRules
{
    private static readonly string s_docs = $"{ReportContext.ProjectUri.OriginalString.TrimEnd('/')}/blob/main/analyzers/docs/";

    public static IReadOnlyList<RuleDescriptor> All { get; } = Read();

    private static List<RuleDescriptor> Read()
    {
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var release in new[] { "releases/AnalyzerReleases.Shipped.md", "releases/AnalyzerReleases.Unshipped.md" })
        {
            ReadReleases(RulePages.Read(release) ?? "", severities);
        }

        return [.. severities.Select(rule => new RuleDescriptor(rule.Key, Title(rule.Key), Lens.Code, rule.Value, new Uri(s_docs + rule.Key + ".md")))];
    }

    // Tables under "### New Rules" (id | category | severity | notes), "### Changed Rules"
    // (id | new category | new severity | …) and "### Removed Rules"; a later release overrides an earlier one.
    private static void ReadReleases(string text, Dictionary<string, Severity> severities)
    {
        var section = "";
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("###", StringComparison.Ordinal))
            {
                section = line.TrimStart('#').Trim();
                continue;
            }

            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length < 3 || !cells[0].StartsWith("CORD", StringComparison.Ordinal))
            {
                continue;
            }

            if (section.StartsWith("Removed", StringComparison.OrdinalIgnoreCase))
            {
                severities.Remove(cells[0]);
            }
            else
            {
                severities[cells[0]] = cells[2] switch
                {
                    "Error" => Severity.Error,
                    "Info" or "Hidden" or "Disabled" => Severity.Info,
                    _ => Severity.Warning,
                };
            }
        }
    }

    private static string Title(string id)
    {
        var heading = (RulePages.Read($"docs/analyzers/{id}.md") ?? "").Split('\n')[0];
        var colon = heading.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? heading[(colon + 1)..].Trim() : id;
    }
}
