using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Concord.Core.Findings;
using Concord.Core.Reports;

namespace Concord.Benchmarks.Reports;

/// <summary>
/// Each report format over a large run, against a baseline that only prints each finding's
/// location and message: the ratio is what redaction, ordering, escaping and structure cost.
/// </summary>
[MemoryDiagnoser]
public class ReportWriterBenchmarks
{
    private ImmutableArray<Finding> _findings = [];
    private readonly ReportContext _context = new()
    {
        Title = "concord diff base.yaml revision.yaml",
        ToolVersion = "0.0.0-benchmark",
        BasePaths = ["/repo"],
        Rules = new RuleCatalog(Enumerable.Range(200, 100).Select(id =>
            new RuleDescriptor($"CORD{id}", $"Spec rule {id}", Lens.Spec, Severity.Error))),
    };

    [Params(10_000)]
    public int Findings { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _findings = [.. Enumerable.Range(0, Findings).Select(i => new Finding(
            $"CORD{200 + (i % 100)}",
            (Severity)(i % 3),
            Lens.Spec,
            $"GET /api/v{i % 7}/items/{{id}} lost its 'limit' query parameter; clients that send it get 400 (key sk_live_{i:D12}abcdef).",
            new SpecLocation("/repo/specs/base.yaml", $"/paths/~1api~1v{i % 7}~1items~1{{id}}/get/parameters/{i % 5}", i + 1, 7),
            [new SpecLocation("/repo/specs/revision.yaml", $"/paths/~1api~1v{i % 7}~1items~1{{id}}/get", i + 3)],
            i % 2 == 0 ? "Keep the parameter optional for one release." : null))];

    [Benchmark(Baseline = true)]
    public void PlainLines()
    {
        using var output = NullOutput();
        foreach (var finding in _findings)
        {
            output.Write(finding.Location.Display);
            output.Write(": ");
            output.WriteLine(finding.Message);
        }
    }

    [Benchmark]
    public void Text() => Write("text");

    [Benchmark]
    public void Markdown() => Write("markdown");

    [Benchmark]
    public void Json() => Write("json");

    [Benchmark]
    public void Sarif() => Write("sarif");

    [Benchmark]
    public void JUnit() => Write("junit");

    [Benchmark]
    public void Html() => Write("html");

    private void Write(string format)
    {
        using var output = NullOutput();
        ReportWriters.Get(format).Write(_findings, _context, output);
    }

    // Encoding to bytes included, storage excluded: what a report costs short of the disk.
    private static StreamWriter NullOutput() => new(Stream.Null);
}
