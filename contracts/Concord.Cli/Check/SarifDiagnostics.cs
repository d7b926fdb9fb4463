using System.Text.Json;
using Concord.Core.Findings;

namespace Concord.Cli.Check;

/// <summary>Reads Concord's diagnostics (CORD rule ids) back from a compiler's SARIF 2.1 log as code-lens findings.</summary>
internal static class SarifDiagnostics
{
    public static IReadOnlyList<CodeDiagnostic> Read(BuiltProject built)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(built.SarifLog));
        var compiled = built.CompiledFiles.ToHashSet(StringComparer.Ordinal);
        var diagnostics = new List<CodeDiagnostic>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
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
        return [.. diagnostics.DistinctBy(d => (d.Finding.RuleId, d.Finding.Location, d.Finding.Message))];
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
