using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Concord.Cli.Rules;
using Concord.Core.Reports;

namespace Concord.Cli.Commands;

/// <summary><c>concord rules</c>: every rule id with its lens, level, title and docs page.</summary>
internal static class RulesCommand
{
    private const string Description = """
        List every rule: its id, lens (code, contract, spec, drift), default level, title and docs page.
        concord explain <id> prints a rule's page.

        Examples:
          concord rules
          concord rules --lens drift
          concord rules --format json
        """;

    public static Command Create(TextWriter output)
    {
        var lens = new Option<string?>("--lens") { Description = "Only the rules of this lens." };
        lens.AcceptOnlyFromAmong("code", "contract", "spec", "drift");
        var format = new Option<string>("--format", "-f") { Description = "text (a table) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("rules", Description) { lens, format };
        command.SetAction(parsed =>
        {
            var wanted = parsed.GetValue(lens);
            var rules = RuleBook.All.Where(rule => wanted is null || Name(rule.Lens) == wanted).ToList();
            if (parsed.GetValue(format) == "json")
            {
                WriteJson(rules, output);
            }
            else
            {
                WriteTable(rules, output);
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static void WriteTable(IReadOnlyList<RuleDescriptor> rules, TextWriter output)
    {
        var titleWidth = Math.Min(60, rules.Select(rule => rule.Title.Length).DefaultIfEmpty(5).Max());
        output.WriteLine($"{"id",-8} {"lens",-9} {"level",-8} {"title".PadRight(titleWidth)} docs");
        foreach (var rule in rules)
        {
            var title = rule.Title.Length > titleWidth ? rule.Title[..(titleWidth - 1)] + "…" : rule.Title.PadRight(titleWidth);
            output.WriteLine($"{rule.Id,-8} {Name(rule.Lens),-9} {Name(rule.DefaultSeverity),-8} {title} {rule.HelpUri}");
        }
    }

    private static void WriteJson(IReadOnlyList<RuleDescriptor> rules, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("lens", Name(rule.Lens));
                json.WriteString("level", Name(rule.DefaultSeverity));
                json.WriteString("title", rule.Title);
                json.WriteString("helpUri", rule.HelpUri?.OriginalString);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    internal static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
