using System.Text.Json;
using Concord.Core.Findings;
using Concord.Core.Reports;

namespace Concord.Cli.Check;

/// <summary>
/// Reads Concord's diagnostics (CORD rule ids) back from a compiler's SARIF 2.1 log: code-lens findings, the HTTP
/// inventory, and the rules' descriptions (title, help link) as the analyzers that ran describe them.
/// </summary>
internal static class SarifDiagnostics
{
    /// <summary>Whether <paramref name="sarifLog"/> is a whole JSON document (a compiler killed mid-write leaves a torn one).</summary>
    public static bool IsReadable(string sarifLog)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(sarifLog));
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return false;
        }
    }

    /// <summary>The diagnostics of the log that fall in <paramref name="compiledFiles"/>, and whether Concord's analyzers ran at all.</summary>
    public static (IReadOnlyList<CodeDiagnostic> Diagnostics, IReadOnlyList<RuleDescriptor> Rules, bool AnalyzersRan) Read(string sarifLog, IEnumerable<string> compiledFiles)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(sarifLog));
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            throw new CheckFailedException($"{sarifLog}: the compiler's log cannot be read ({e.Message}); run concord check without --no-build to compile it again.");
        }

        using (document)
        {
            var compiled = compiledFiles.ToHashSet(StringComparer.Ordinal);
            var diagnostics = new List<CodeDiagnostic>();
            var rules = new List<RuleDescriptor>();
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                rules.AddRange(Rules(run));
                if (!run.TryGetProperty("results", out var results))
                {
                    continue;
                }

                foreach (var result in results.EnumerateArray())
                {
                    var ruleId = result.GetProperty("ruleId").GetString() ?? "";
                    if (!ruleId.StartsWith("CORD", StringComparison.Ordinal) || Where(result) is not { } where || !compiled.Contains(where.File))
                    {
                        continue;
                    }

                    var severity = result.TryGetProperty("level", out var level) ? level.GetString() switch
                    {
                        "error" => Severity.Error,
                        "note" or "none" => Severity.Info,
                        _ => Severity.Warning,
                    } : Severity.Warning;
                    var finding = new Finding(ruleId, severity, Lens.Code, result.GetProperty("message").GetProperty("text").GetString() ?? ruleId, where);
                    diagnostics.Add(new CodeDiagnostic(finding, CustomProperties(result)));
                }
            }

            // A compiler that runs twice in one build (e.g. a design-time pass) logs a diagnostic twice.
            return ([.. diagnostics.DistinctBy(d => (d.Finding.RuleId, d.Finding.Location, d.Finding.Message, d.Properties.Count))], rules, rules.Count > 0);
        }
    }

    /// <summary>Concord's rules as the log describes them (the analyzers' own descriptors), inventory rules left out.</summary>
    private static IEnumerable<RuleDescriptor> Rules(JsonElement run)
    {
        if (!run.TryGetProperty("tool", out var tool) || !tool.TryGetProperty("driver", out var driver) || !driver.TryGetProperty("rules", out var rules))
        {
            yield break;
        }

        foreach (var rule in rules.EnumerateArray())
        {
            var id = rule.GetProperty("id").GetString() ?? "";
            if (!id.StartsWith("CORD", StringComparison.Ordinal) || HttpInventory.IsInventory(id))
            {
                continue;
            }

            var title = rule.TryGetProperty("shortDescription", out var text) ? text.GetProperty("text").GetString() ?? id : id;
            var level = rule.TryGetProperty("defaultConfiguration", out var configuration) && configuration.TryGetProperty("level", out var l) ? l.GetString() : "warning";
            var help = rule.TryGetProperty("helpUri", out var uri) && Uri.TryCreate(uri.GetString(), UriKind.Absolute, out var link) ? link : null;
            yield return new RuleDescriptor(id, title, Lens.Code, level switch { "error" => Severity.Error, "note" or "none" => Severity.Info, _ => Severity.Warning }, help);
        }
    }

    // Roslyn writes a diagnostic's properties under properties.customProperties.
    private static Dictionary<string, string> CustomProperties(JsonElement result)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (result.TryGetProperty("properties", out var bag) && bag.TryGetProperty("customProperties", out var custom)
            && custom.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in custom.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String)
                {
                    properties[property.Name] = property.Value.GetString()!;
                }
            }
        }

        return properties;
    }

    private static SourceLocation? Where(JsonElement result)
    {
        if (!result.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0)
        {
            return null;
        }

        var physical = locations[0].GetProperty("physicalLocation");
        var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString();
        if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out var file))
        {
            return null;
        }

        var region = physical.GetProperty("region");
        return new SourceLocation(
            file.LocalPath,
            region.GetProperty("startLine").GetInt32(),
            region.TryGetProperty("startColumn", out var column) ? column.GetInt32() : 1);
    }
}
