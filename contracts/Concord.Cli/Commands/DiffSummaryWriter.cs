using System.Globalization;
using System.Text.Json;
using Concord.Core.Findings;
using Concord.OpenApi.Diff;
using Concord.OpenApi.Rules;

namespace Concord.Cli.Commands;

/// <summary>
/// Writes <c>concord diff --summary</c>: counts per level, per operation and per rule instead of every finding, as text,
/// Markdown or JSON (schema: <c>contracts/docs/concord-diff-summary.schema.json</c>).
/// </summary>
internal static class DiffSummaryWriter
{
    public const string SchemaVersion = "1.0";

    public static IReadOnlyList<string> Formats { get; } = ["text", "markdown", "json"];

    private const string ElsewhereLabel = "(no operation: document, servers, security schemes)";

    public static void Write(string format, DiffSummary summary, string baseName, string revisionName, TextWriter output)
    {
        switch (format)
        {
            case "json":
                WriteJson(summary, baseName, revisionName, output);
                break;
            case "markdown":
                WriteMarkdown(summary, baseName, revisionName, output);
                break;
            default:
                WriteText(summary, baseName, revisionName, output);
                break;
        }
    }

    private static void WriteText(DiffSummary summary, string baseName, string revisionName, TextWriter output)
    {
        output.WriteLine($"concord diff {baseName} {revisionName}: {Headline(summary.Total)}");
        if (summary.Total.Total == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"{"breaking",8} {"warning",8} {"info",8}  operation");
        foreach (var operation in summary.Operations)
        {
            output.WriteLine($"{operation.Counts.Breaking,8} {operation.Counts.Warning,8} {operation.Counts.Info,8}  {operation.Display}");
        }

        if (summary.Elsewhere.Total > 0)
        {
            output.WriteLine($"{summary.Elsewhere.Breaking,8} {summary.Elsewhere.Warning,8} {summary.Elsewhere.Info,8}  {ElsewhereLabel}");
        }

        output.WriteLine();
        output.WriteLine($"{"count",8} {"level",-8}  rule");
        foreach (var rule in summary.Rules)
        {
            output.WriteLine($"{rule.Count,8} {Level(rule.Severity),-8}  {rule.RuleId} {SpecRules.Find(rule.RuleId)?.Name}".TrimEnd());
        }
    }

    private static void WriteMarkdown(DiffSummary summary, string baseName, string revisionName, TextWriter output)
    {
        output.WriteLine($"## concord diff `{baseName}` `{revisionName}`");
        output.WriteLine();
        output.WriteLine(Headline(summary.Total));
        if (summary.Total.Total == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("| operation | breaking | warning | info |");
        output.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var operation in summary.Operations)
        {
            output.WriteLine($"| `{operation.Display.Replace("`", "'", StringComparison.Ordinal)}` | {operation.Counts.Breaking} | {operation.Counts.Warning} | {operation.Counts.Info} |");
        }

        if (summary.Elsewhere.Total > 0)
        {
            output.WriteLine($"| {ElsewhereLabel} | {summary.Elsewhere.Breaking} | {summary.Elsewhere.Warning} | {summary.Elsewhere.Info} |");
        }

        output.WriteLine();
        output.WriteLine("| rule | name | level | count |");
        output.WriteLine("| --- | --- | --- | ---: |");
        foreach (var rule in summary.Rules)
        {
            output.WriteLine($"| {rule.RuleId} | `{SpecRules.Find(rule.RuleId)?.Name}` | {Level(rule.Severity)} | {rule.Count} |");
        }
    }

    private static void WriteJson(DiffSummary summary, string baseName, string revisionName, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("schemaVersion", SchemaVersion);
            json.WriteString("base", baseName);
            json.WriteString("revision", revisionName);
            json.WritePropertyName("total");
            Counts(json, summary.Total);
            json.WriteStartArray("operations");
            foreach (var operation in summary.Operations)
            {
                json.WriteStartObject();
                json.WriteString("method", operation.Method);
                json.WriteString("path", operation.Path);
                CountMembers(json, operation.Counts);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("elsewhere");
            Counts(json, summary.Elsewhere);
            json.WriteStartArray("rules");
            foreach (var rule in summary.Rules)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", rule.RuleId);
                json.WriteString("name", SpecRules.Find(rule.RuleId)?.Name ?? string.Empty);
                json.WriteString("level", Level(rule.Severity));
                json.WriteNumber("count", rule.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void Counts(Utf8JsonWriter json, LevelCounts counts)
    {
        json.WriteStartObject();
        CountMembers(json, counts);
        json.WriteEndObject();
    }

    private static void CountMembers(Utf8JsonWriter json, LevelCounts counts)
    {
        json.WriteNumber("breaking", counts.Breaking);
        json.WriteNumber("warning", counts.Warning);
        json.WriteNumber("info", counts.Info);
        json.WriteNumber("total", counts.Total);
    }

    private static string Headline(LevelCounts total) => total.Total == 0
        ? "no changes"
        : string.Create(CultureInfo.InvariantCulture, $"{total.Total} change{(total.Total == 1 ? string.Empty : "s")}: {total.Breaking} breaking, {total.Warning} warning, {total.Info} info");

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "breaking",
        Severity.Warning => "warning",
        _ => "info",
    };
}
