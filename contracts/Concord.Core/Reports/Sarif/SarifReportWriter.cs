using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Concord.Core.Findings;
using Concord.Core.Reports.Baseline;

namespace Concord.Core.Reports.Sarif;

/// <summary>
/// SARIF 2.1.0 for code scanning: one run whose driver lists every known rule; each finding a
/// result with its primary location and the other side(s) as related locations. A place in a file
/// whose line is known (source spans, OpenAPI nodes) is a physical location relative to
/// <c>%SRCROOT%</c>; JSON pointers, pact interactions and live endpoints are logical locations.
/// A file without a line (a pact file) is the result's analysis target rather than a physical
/// location without a region, which code-scanning viewers cannot place.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    /// <summary>The base id relative artifact URIs resolve against: the first of the context's base paths.</summary>
    public const string SourceRootId = "SRCROOT";

    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "sarif";

    public string FileExtension => ".sarif";

    public void Write(IReadOnlyList<Finding> findings, ReportContext context, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var model = ReportModel.Create(findings, context);
        var rules = model.Context.Rules.WithRulesOf(model.Findings);
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, model.Context, rules);
            WriteAutomationDetails(json, model.Title);
            WriteBaseIds(json, model.Context);
            json.WriteStartArray("results");
            foreach (var finding in model.Findings)
            {
                WriteResult(json, finding, ruleIndex[finding.RuleId], model.GroupOf(finding));
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    private static void WriteTool(Utf8JsonWriter json, ReportContext context, IReadOnlyList<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", context.ToolName);
        json.WriteString("version", context.ToolVersion);
        json.WriteString("semanticVersion", context.ToolVersion);
        if (context.ToolInformationUri is { IsAbsoluteUri: true } information)
        {
            json.WriteString("informationUri", information.AbsoluteUri);
        }

        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule, context.ToolInformationUri);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // GitHub code scanning wants every rule to carry a full description, help text and a help link
    // (its validator's GH2012); a rule that has no docs page of its own links to the tool's page.
    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule, Uri? toolInformationUri)
    {
        var helpUri = rule.HelpUri is { IsAbsoluteUri: true } own ? own : toolInformationUri is { IsAbsoluteUri: true } tool ? tool : null;
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", RuleName(rule));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", Sentence(rule.Title));
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", Sentence(rule.FullDescription ?? $"{rule.Id}: {rule.Title}"));
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", Sentence(rule.Help ?? HelpText(rule, helpUri)));
        json.WriteEndObject();
        if (helpUri is not null)
        {
            json.WriteString("helpUri", helpUri.AbsoluteUri);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("lens", ReportNames.Of(rule.Lens));
        json.WriteStartArray("tags");
        json.WriteStringValue(ReportNames.Of(rule.Lens));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // The run's title says what was checked; code scanning uses it to tell runs of one tool apart.
    private static void WriteAutomationDetails(Utf8JsonWriter json, string title)
    {
        json.WriteStartObject("automationDetails");
        json.WriteStartObject("description");
        json.WriteString("text", Sentence(title));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // Only an absolute base is named: resolving a relative one would read the current directory,
    // and a consumer (code scanning) resolves SRCROOT to its checkout anyway.
    private static void WriteBaseIds(Utf8JsonWriter json, ReportContext context)
    {
        if (context.BasePaths.IsEmpty || !Path.IsPathRooted(context.BasePaths[0]))
        {
            return;
        }

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRootId);
        json.WriteString("uri", SarifUris.FromFolder(context.BasePaths[0]));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // A finding of a disagreement lists the other lenses' evidence as related locations too, so code
    // scanning shows each alert with everything seen about the same two sides.
    private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex, DisagreementGroup? group)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.FixHint is { } fix ? $"{finding.Message} Fix: {fix}" : finding.Message);
        json.WriteEndObject();
        if (FileWithoutLine(finding.Location) is { } target)
        {
            json.WritePropertyName("analysisTarget");
            WriteArtifactLocation(json, target);
        }

        json.WriteStartArray("locations");
        WriteLocation(json, finding.Location, id: null);
        json.WriteEndArray();
        var evidence = group is null ? [] : group.Findings.Where(other => !ReferenceEquals(other, finding)).ToArray();
        if (!finding.Related.IsEmpty || evidence.Length > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < finding.Related.Length; i++)
            {
                WriteLocation(json, finding.Related[i], id: i + 1);
            }

            for (var i = 0; i < evidence.Length; i++)
            {
                var other = evidence[i];
                WriteLocation(json, other.Location, id: finding.Related.Length + i + 1,
                    message: $"Also {other.RuleId} ({ReportNames.Of(other.Lens)}, {ReportNames.Of(other.Severity)}): {other.Message} At {other.Location.Display}.");
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FindingFingerprint.Name, FindingFingerprint.Of(finding));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("lens", ReportNames.Of(finding.Lens));
        if (finding.FixHint is { } hint)
        {
            json.WriteString("fixHint", hint);
        }

        if (group is not null)
        {
            json.WriteStartObject("disagreement");
            json.WriteString("id", group.Id);
            json.WriteString("consumer", group.Disagreement.Consumer);
            json.WriteString("provider", group.Disagreement.Provider);
            json.WriteString("subject", group.Disagreement.Subject);
            json.WriteNumber("findings", group.Findings.Length);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location, int? id, string? message = null)
    {
        json.WriteStartObject();
        if (id is { } number)
        {
            json.WriteNumber("id", number);
        }

        switch (location)
        {
            case SourceLocation source:
                WritePhysical(json, source.File, source.Line, source.Column, source.EndLine, source.EndColumn);
                break;
            case SpecLocation spec:
                if (spec.Line is >= 1)
                {
                    WritePhysical(json, spec.Document, spec.Line.Value, spec.Column, endLine: null, endColumn: null);
                }

                WriteLogical(json, name: spec.JsonPointer, fullyQualifiedName: $"{spec.Document}#{spec.JsonPointer}", kind: "object");
                break;
            case PactLocation pact:
                // A pact on disk whose interaction's line is known is annotated there, like a source file.
                if (pact.Line is >= 1 && !pact.PactFile.Contains("://", StringComparison.Ordinal))
                {
                    WritePhysical(json, pact.PactFile, pact.Line.Value, column: null, endLine: null, endColumn: null);
                }

                WriteLogical(json, name: pact.Interaction, fullyQualifiedName: PactName(pact), kind: "member");
                break;
            case EndpointLocation endpoint:
                WriteLogical(json, name: endpoint.Display, fullyQualifiedName: endpoint.Display, kind: "resource");
                break;
        }

        if (id is not null)
        {
            json.WriteStartObject("message");
            json.WriteString("text", message ?? location.Display);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    // SARIF lines and columns are 1-based; a line below 1 means the lens did not know it.
    private static void WritePhysical(Utf8JsonWriter json, string path, int line, int? column, int? endLine, int? endColumn)
    {
        json.WriteStartObject("physicalLocation");
        json.WritePropertyName("artifactLocation");
        WriteArtifactLocation(json, path);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(line, 1));
        if (column is >= 1)
        {
            json.WriteNumber("startColumn", column.Value);
        }

        if (endLine is { } last && last >= line)
        {
            json.WriteNumber("endLine", last);
        }

        if (endColumn is >= 1 && (endLine is null || endLine > line || endColumn >= column))
        {
            json.WriteNumber("endColumn", endColumn.Value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject();
        var uri = SarifUris.FromPath(path);
        json.WriteString("uri", uri);
        if (SarifUris.IsRelative(uri))
        {
            json.WriteString("uriBaseId", SourceRootId);
        }

        json.WriteEndObject();
    }

    private static string? FileWithoutLine(Location location) => location switch
    {
        PactLocation { Line: null or < 1 } pact => pact.PactFile,
        PactLocation pact when pact.PactFile.Contains("://", StringComparison.Ordinal) => pact.PactFile,
        SpecLocation { Line: null or < 1 } spec => spec.Document,
        _ => null,
    };

    private static void WriteLogical(Utf8JsonWriter json, string name, string fullyQualifiedName, string kind)
    {
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("fullyQualifiedName", fullyQualifiedName);
        json.WriteString("kind", kind);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static string PactName(PactLocation pact) =>
        pact is { Consumer: { } consumer, Provider: { } provider }
            ? $"{consumer} -> {provider}: {pact.Interaction}"
            : pact.Interaction;

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    // SARIF asks for a rule name that is an identifier-like phrase distinct from the id: "Operation removed" -> "OperationRemoved".
    private static string RuleName(RuleDescriptor rule)
    {
        var name = new StringBuilder();
        foreach (var word in rule.Title.Split([' ', '-', '_', '.', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. word.Where(char.IsLetterOrDigit)]);
            if (letters.Length > 0)
            {
                name.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        return name.Length > 0 && name.ToString() != rule.Id ? name.ToString() : "Rule" + rule.Id;
    }

    private static string HelpText(RuleDescriptor rule, Uri? helpUri) =>
        helpUri is null
            ? $"{rule.Id} ({rule.Title}) is a {ReportNames.Of(rule.Lens)} rule of Concord; the finding's message names both sides and what to change"
            : $"{rule.Id} ({rule.Title}): what it checks, why it matters and how to fix it are at {helpUri.AbsoluteUri}";

    private static string Sentence(string text)
    {
        var line = SingleLine.Of(text).Trim();
        return line.EndsWith('.') ? line : line + ".";
    }
}
