using System.Text.Json;

namespace Concord.Cli.Tests.Check.StockSystems;

/// <summary>One real <c>concord check</c> of a stock system (no system file), its JSON report and its progress.</summary>
internal sealed record StockSystemCheck(int Exit, IReadOnlyList<JsonElement> Findings, string Progress, string Folder, IReadOnlyList<JsonElement> Edges)
{
    public static StockSystemCheck Run(string folder, string? argument)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = argument is null ? ["check", "--format", "json"] : ["check", argument, "--format", "json"];
        var exit = ConcordApp.Run(args, output, error, folder);
        Assert.True(exit != ExitCodes.CouldNotDecide, error.ToString());
        using var report = JsonDocument.Parse(output.ToString());
        var system = report.RootElement.GetProperty("system");
        IReadOnlyList<JsonElement> edges = system.ValueKind == JsonValueKind.Object ? [.. system.GetProperty("edges").EnumerateArray().Select(e => e.Clone())] : [];
        return new StockSystemCheck(exit, [.. report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.Clone())], error.ToString(), folder, edges);
    }

    /// <summary>What the report says was checked on the edge from <paramref name="consumer"/> to <paramref name="provider"/>.</summary>
    public IReadOnlyList<string> CheckedOn(string consumer, string provider) =>
        [.. Edges.Single(e => e.GetProperty("consumer").GetString() == consumer && e.GetProperty("provider").GetString() == provider)
            .GetProperty("checked").EnumerateArray().Select(phrase => phrase.GetString()!)];

    public string Describe() => Progress + string.Join(Environment.NewLine, Findings.Select(f => f.GetRawText()));

    /// <summary>The one finding of <paramref name="rule"/> whose primary location is the line of <paramref name="code"/> in the Gateway.</summary>
    public JsonElement At(string rule, string code)
    {
        var program = Path.Combine(Folder, "Gateway", "Program.cs");
        var line = File.ReadAllLines(program).Select((text, index) => (text, index)).Single(l => l.text.Contains(code, StringComparison.Ordinal)).index + 1;
        var matching = Findings.Where(f => f.GetProperty("ruleId").GetString() == rule
            && f.GetProperty("location").GetProperty("file").GetString() is { } file && file.EndsWith("Gateway/Program.cs", StringComparison.Ordinal)
            && f.GetProperty("location").GetProperty("line").GetInt32() == line).ToList();
        Assert.True(matching.Count == 1, $"expected one {rule} at Gateway/Program.cs:{line}{Environment.NewLine}{Describe()}");
        return matching[0];
    }
}
