using System.Globalization;
using System.Text;
using System.Xml;
using Concord.Core.Findings;

namespace Concord.Core.Reports.JUnit;

/// <summary>
/// JUnit XML for CI systems that show test results: one test suite per disagreement (every lens's
/// evidence together), then one per lens for the other findings; one test case per finding. Errors and warnings are failures; info findings pass and carry their text as output.
/// </summary>
public sealed class JUnitReportWriter : IReportWriter
{
    public string Format => "junit";

    public string FileExtension => ".xml";

    public void Write(IReadOnlyList<Finding> findings, ReportContext context, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var model = ReportModel.Create(findings, context);

        // The declaration names UTF-8 whatever the TextWriter is: reports are written as UTF-8 files.
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            ConformanceLevel = ConformanceLevel.Document,
        };
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartElement("testsuites");
            WriteAttribute(xml, "name", model.Title);
            WriteCounts(xml, model.Counts);
            // One suite per disagreement, holding every lens's evidence; the other findings by lens.
            foreach (var disagreement in model.Disagreements)
            {
                WriteSuite(xml, model.Context.ToolName, $"{model.Context.ToolName}.disagreement {disagreement.Disagreement.Display}", disagreement.Findings);
            }

            foreach (var lensGroup in model.Standalone.GroupBy(finding => finding.Lens).OrderBy(group => group.Key))
            {
                WriteSuite(xml, model.Context.ToolName, $"{model.Context.ToolName}.{ReportNames.Of(lensGroup.Key)}", [.. lensGroup]);
            }

            xml.WriteEndElement();
        }

        output.Write('\n');
    }

    private static void WriteSuite(XmlWriter xml, string toolName, string name, IReadOnlyList<Finding> findings)
    {
        xml.WriteStartElement("testsuite");
        WriteAttribute(xml, "name", name);
        WriteCounts(xml, SeverityCounts.Of(findings));
        foreach (var finding in findings)
        {
            WriteCase(xml, toolName, finding);
        }

        xml.WriteEndElement();
    }

    private static void WriteCounts(XmlWriter xml, SeverityCounts counts)
    {
        WriteAttribute(xml, "tests", counts.Total.ToString(CultureInfo.InvariantCulture));
        WriteAttribute(xml, "failures", (counts.Errors + counts.Warnings).ToString(CultureInfo.InvariantCulture));
        WriteAttribute(xml, "errors", "0");
        WriteAttribute(xml, "skipped", "0");
    }

    private static void WriteCase(XmlWriter xml, string toolName, Finding finding)
    {
        xml.WriteStartElement("testcase");
        WriteAttribute(xml, "classname", $"{toolName}.{ReportNames.Of(finding.Lens)}.{finding.RuleId}");
        WriteAttribute(xml, "name", $"{finding.RuleId} {finding.Location.Display}");
        if (finding.Severity is Severity.Error or Severity.Warning)
        {
            xml.WriteStartElement("failure");
            WriteAttribute(xml, "message", finding.Message);
            WriteAttribute(xml, "type", $"{finding.RuleId} {ReportNames.Of(finding.Severity)}");
            xml.WriteString(XmlText.Clean(Details(finding)));
            xml.WriteEndElement();
        }
        else
        {
            xml.WriteStartElement("system-out");
            xml.WriteString(XmlText.Clean(Details(finding)));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string Details(Finding finding)
    {
        var details = new StringBuilder();
        details.Append(ReportNames.Of(finding.Severity)).Append(' ').Append(finding.RuleId).Append(": ").Append(finding.Message).Append('\n');
        details.Append("at ").Append(finding.Location.Display).Append('\n');
        if (finding.Disagreement is { } disagreement)
        {
            details.Append("disagreement ").Append(disagreement.Display).Append('\n');
        }

        foreach (var related in finding.Related)
        {
            details.Append("related ").Append(related.Display).Append('\n');
        }

        if (finding.FixHint is { } fix)
        {
            details.Append("fix: ").Append(fix).Append('\n');
        }

        return details.ToString();
    }

    private static void WriteAttribute(XmlWriter xml, string name, string value) =>
        xml.WriteAttributeString(name, XmlText.Clean(value));
}
