using System.Text.Json;
using Concord.Core.Findings;

namespace Concord.Cli.Output;

/// <summary>
/// Findings as one JSON document: <c>{ base, revision, findings: [{ ruleId, severity, message, fixHint?, location, related }] }</c>;
/// a location is <c>{ document, pointer, line? }</c>.
/// </summary>
internal sealed class JsonFindingWriter : IFindingWriter
{
    public string Format => "json";

    public void Write(IReadOnlyList<Finding> findings, DiffReportContext context, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("base", context.Base);
            json.WriteString("revision", context.Revision);
            json.WriteStartArray("findings");
            foreach (var finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.RuleId);
                json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
                json.WriteString("message", finding.Message);
                if (finding.FixHint is { } hint)
                {
                    json.WriteString("fixHint", hint);
                }

                json.WritePropertyName("location");
                WriteLocation(json, finding.Location);
                json.WriteStartArray("related");
                foreach (var related in finding.Related)
                {
                    WriteLocation(json, related);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location)
    {
        json.WriteStartObject();
        if (location is SpecLocation spec)
        {
            json.WriteString("document", spec.Document);
            json.WriteString("pointer", spec.JsonPointer);
            if (spec.Line is { } line)
            {
                json.WriteNumber("line", line);
            }
        }
        else
        {
            json.WriteString("display", location.Display);
        }

        json.WriteEndObject();
    }
}
