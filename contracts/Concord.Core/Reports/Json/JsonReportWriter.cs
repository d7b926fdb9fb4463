using System.Text.Encodings.Web;
using System.Text.Json;
using Concord.Core.Findings;
using Concord.Core.Reports.Baseline;

namespace Concord.Core.Reports.Json;

/// <summary>
/// The machine-readable report, in the schema documented in <c>json-schema.md</c> and
/// <c>concord-report.schema.json</c>: every property always present (<c>null</c> when unknown),
/// findings in the report order, no timestamps, so equal inputs give equal bytes.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>
    /// The schema's version. The minor part grows when properties are added; the major part
    /// changes only when a property is removed or changes meaning.
    /// </summary>
    public const string SchemaVersion = "1.4";

    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        NewLine = "\n",

        // The file is JSON, never embedded in HTML, so readable text beats \u-escaped accents.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "json";

    public string FileExtension => ".json";

    public void Write(IReadOnlyList<Finding> findings, ReportContext context, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var model = ReportModel.Create(findings, context);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            json.WriteStartObject();
            json.WriteString("schemaVersion", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", model.Context.ToolName);
            json.WriteString("version", model.Context.ToolVersion);
            json.WriteEndObject();
            json.WriteString("title", model.Title);
            WriteSummary(json, model.Counts);
            WriteRules(json, model);
            json.WriteStartArray("findings");
            foreach (var finding in model.Findings)
            {
                WriteFinding(json, finding, model.GroupOf(finding)?.Id);
            }

            json.WriteEndArray();
            WriteDisagreements(json, model);
            WriteSystem(json, model.Map);
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    private static void WriteSummary(Utf8JsonWriter json, SeverityCounts counts)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("total", counts.Total);
        json.WriteNumber("error", counts.Errors);
        json.WriteNumber("warning", counts.Warnings);
        json.WriteNumber("info", counts.Infos);
        json.WriteEndObject();
    }

    // Only the rules the findings use: the JSON report describes this run, not the whole catalogue.
    private static void WriteRules(Utf8JsonWriter json, ReportModel model)
    {
        var used = model.Findings.Select(finding => finding.RuleId).ToHashSet(StringComparer.Ordinal);
        json.WriteStartArray("rules");
        foreach (var rule in model.Context.Rules.WithRulesOf(model.Findings).Where(rule => used.Contains(rule.Id)))
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("title", rule.Title);
            json.WriteString("lens", ReportNames.Of(rule.Lens));
            json.WriteString("defaultSeverity", ReportNames.Of(rule.DefaultSeverity));
            json.WriteString("helpUri", rule.HelpUri?.OriginalString);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // Since 1.1: each disagreement with the indexes of its findings in the findings array.
    private static void WriteDisagreements(Utf8JsonWriter json, ReportModel model)
    {
        var indexes = model.Disagreements.ToDictionary(group => group.Id, _ => new List<int>(), StringComparer.Ordinal);
        for (var i = 0; i < model.Findings.Length; i++)
        {
            if (model.GroupOf(model.Findings[i]) is { } group)
            {
                indexes[group.Id].Add(i);
            }
        }

        json.WriteStartArray("disagreements");
        foreach (var group in model.Disagreements)
        {
            json.WriteStartObject();
            json.WriteString("id", group.Id);
            json.WriteString("consumer", group.Disagreement.Consumer);
            json.WriteString("provider", group.Disagreement.Provider);
            json.WriteString("subject", group.Disagreement.Subject);
            json.WriteString("edge", group.EdgeId);
            json.WriteString("severity", ReportNames.Of(group.Severity));
            json.WriteStartArray("lenses");
            foreach (var lens in group.Lenses)
            {
                json.WriteStringValue(ReportNames.Of(lens));
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var index in indexes[group.Id])
            {
                json.WriteNumberValue(index);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // Since 1.1: the system map, or null when the run knew no system and no finding named two sides.
    private static void WriteSystem(Utf8JsonWriter json, MapModel map)
    {
        if (map.IsEmpty)
        {
            json.WriteNull("system");
            return;
        }

        json.WriteStartObject("system");
        json.WriteStartArray("services");
        foreach (var service in map.Services)
        {
            json.WriteStartObject();
            json.WriteString("name", service.Name);
            json.WriteString("kind", service.Kind);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var edge in map.Edges)
        {
            json.WriteStartObject();
            json.WriteString("id", edge.Id);
            json.WriteString("consumer", edge.Consumer);
            json.WriteString("provider", edge.Provider);
            json.WriteString("via", edge.Via);
            json.WriteString("status", edge.Status);
            json.WriteNumber("findings", edge.Findings);
            json.WriteNumber("disagreements", edge.Disagreements);
            json.WriteBoolean("declared", edge.Declared);

            // Since 1.3: what the run checked on the edge, when it says.
            if (edge.Checked is { } done)
            {
                json.WriteStartArray("checked");
                foreach (var phrase in done)
                {
                    json.WriteStringValue(phrase);
                }

                json.WriteEndArray();
            }
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, string? disagreementId)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("severity", ReportNames.Of(finding.Severity));
        json.WriteString("lens", ReportNames.Of(finding.Lens));
        json.WriteString("message", finding.Message);
        json.WritePropertyName("location");
        WriteLocation(json, finding.Location);
        json.WriteStartArray("related");
        foreach (var related in finding.Related)
        {
            WriteLocation(json, related);
        }

        json.WriteEndArray();
        json.WriteString("fixHint", finding.FixHint);
        json.WriteString("disagreement", disagreementId);

        // Since 1.2: the identity --baseline matches on, the same as SARIF's partialFingerprints.
        json.WriteString("fingerprint", FindingFingerprint.Of(finding));
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location)
    {
        json.WriteStartObject();
        json.WriteString("kind", LocationKinds.Name(location));
        json.WriteString("display", location.Display);
        switch (location)
        {
            case SourceLocation source:
                json.WriteString("file", source.File);
                json.WriteNumber("line", source.Line);
                json.WriteNumber("column", source.Column);
                WriteNumberOrNull(json, "endLine", source.EndLine);
                WriteNumberOrNull(json, "endColumn", source.EndColumn);
                break;
            case SpecLocation spec:
                json.WriteString("document", spec.Document);
                json.WriteString("pointer", spec.JsonPointer);
                WriteNumberOrNull(json, "line", spec.Line);
                WriteNumberOrNull(json, "column", spec.Column);
                break;
            case PactLocation pact:
                json.WriteString("pactFile", pact.PactFile);
                json.WriteString("interaction", pact.Interaction);
                json.WriteString("consumer", pact.Consumer);
                json.WriteString("provider", pact.Provider);
                WriteNumberOrNull(json, "line", pact.Line);
                break;
            case EndpointLocation endpoint:
                json.WriteString("method", endpoint.Method.ToUpperInvariant());
                json.WriteString("url", endpoint.Url);
                break;
        }

        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
