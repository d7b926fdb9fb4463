using System.Text.Json;
using Concord.Cli;
using Concord.Cli.Tests.Support;
using NJsonSchema;

namespace Concord.Cli.Tests;

/// <summary><c>concord diff --summary</c>: counts per level, operation and rule, as text, Markdown and JSON that follows its schema.</summary>
public sealed class DiffSummaryCommandTests : IDisposable
{
    private const string Before = """
        openapi: 3.0.3
        info: {title: shop, version: '1'}
        paths:
          /orders:
            get:
              parameters:
                - {name: limit, in: query, schema: {type: integer, default: 10}}
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
            post:
              requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
              responses: {'201': {description: made}}
          /carts:
            get:
              responses: {'200': {description: ok}}
        components:
          schemas:
            Order:
              type: object
              required: [id]
              properties:
                id: {type: string}
        """;

    private static readonly string After = Before
        .Replace("version: '1'", "version: '2'", StringComparison.Ordinal)
        .Replace("default: 10", "default: 20", StringComparison.Ordinal)
        .Replace("      required: [id]\n", string.Empty, StringComparison.Ordinal)
        .Replace("  /carts:\n    get:\n      responses: {'200': {description: ok}}\n", string.Empty, StringComparison.Ordinal);

    private readonly string _folder = Directory.CreateTempSubdirectory("concord-summary-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        File.WriteAllText(Path.Combine(_folder, "v1.yaml"), Before);
        File.WriteAllText(Path.Combine(_folder, "v2.yaml"), After);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ConcordApp.Run(["diff", "v1.yaml", "v2.yaml", "--summary", .. args], output, error, _folder);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_text_summary_counts_levels_operations_and_rules_and_keeps_the_exit_code()
    {
        var (exit, output, error) = Run();

        Assert.Equal(string.Empty, error);
        Assert.Equal(ExitCodes.Found, exit);
        var lines = output.Split('\n');
        Assert.StartsWith("concord diff v1.yaml v2.yaml: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.EndsWith("  GET /orders", StringComparison.Ordinal) && l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..3].SequenceEqual(["1", "1", "0"]));
        Assert.Contains(lines, l => l.EndsWith("  /carts", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("  (no operation: document, servers, security schemes)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("CORD200 operation-removed", StringComparison.Ordinal) || l.Contains("CORD200 path-removed", StringComparison.Ordinal));
        Assert.DoesNotContain("[v1.yaml#", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_summary_follows_its_published_schema_and_matches_the_full_report()
    {
        var (exit, output, _) = Run("--format", "json");
        var full = new StringWriter();
        ConcordApp.Run(["diff", "v1.yaml", "v2.yaml", "--format", "json"], full, new StringWriter(), _folder);

        var schema = await JsonSchema.FromFileAsync(Repository.PathOf("contracts", "docs", "concord-diff-summary.schema.json"));
        Assert.Empty(schema.Validate(output));
        Assert.Equal(ExitCodes.Found, exit);
        using var summary = JsonDocument.Parse(output);
        using var report = JsonDocument.Parse(full.ToString());
        var total = summary.RootElement.GetProperty("total");
        var counted = report.RootElement.GetProperty("summary");
        Assert.Equal(counted.GetProperty("total").GetInt32(), total.GetProperty("total").GetInt32());
        Assert.Equal(counted.GetProperty("error").GetInt32(), total.GetProperty("breaking").GetInt32());
        Assert.Equal(counted.GetProperty("warning").GetInt32(), total.GetProperty("warning").GetInt32());
        var operations = summary.RootElement.GetProperty("operations").EnumerateArray().ToArray();
        var post = Assert.Single(operations, o => o.GetProperty("method").GetString() == "POST");
        Assert.Equal("/orders", post.GetProperty("path").GetString());
        Assert.Equal(summary.RootElement.GetProperty("rules").EnumerateArray().Sum(r => r.GetProperty("count").GetInt32()), total.GetProperty("total").GetInt32());
    }

    [Fact]
    public void The_markdown_summary_is_two_tables()
    {
        var (_, output, _) = Run("--format", "markdown");

        Assert.Contains("| operation | breaking | warning | info |", output, StringComparison.Ordinal);
        Assert.Contains("| `GET /orders` | 1 | 1 | 0 |", output, StringComparison.Ordinal);
        Assert.Contains("| rule | name | level | count |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_in_a_format_that_lists_findings_is_refused()
    {
        var (exit, output, error) = Run("--format", "sarif");

        Assert.Equal(ExitCodes.CouldNotDecide, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--summary is written as text, markdown, json, not sarif", error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_changes_is_one_line()
    {
        File.WriteAllText(Path.Combine(_folder, "same.yaml"), Before);
        var output = new StringWriter();
        var exit = ConcordApp.Run(["diff", "same.yaml", "same.yaml", "--summary"], output, new StringWriter(), _folder);

        Assert.Equal(ExitCodes.Clean, exit);
        Assert.Equal("concord diff same.yaml same.yaml: no changes\n", output.ToString().ReplaceLineEndings("\n"));
    }
}
