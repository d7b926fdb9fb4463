using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Concord.Core.Findings;
using Concord.Core.Reports;

namespace Concord.Benchmarks.Reports;

/// <summary>
/// Reports of a large system: every finding belongs to a disagreement, grouped per disagreement and
/// drawn on the map. Against the same findings without disagreements or map (<see cref="Flat"/>), the
/// ratio is what grouping and the map cost.
/// </summary>
[MemoryDiagnoser]
public class SystemReportBenchmarks
{
    private ImmutableArray<Finding> _grouped = [];
    private ImmutableArray<Finding> _flat = [];
    private ReportContext _context = new();

    [Params(10_000)]
    public int Findings { get; set; }

    [Params(200)]
    public int Services { get; set; }

    [Params("html", "json", "text")]
    public string Format { get; set; } = "html";

    [GlobalSetup]
    public void Setup()
    {
        // Each service calls the next three: a layered system with Services * 3 edges, and five
        // routes per edge, so about Services * 15 disagreements.
        var names = Enumerable.Range(0, Services).Select(i => $"service-{i:D3}").ToArray();
        var edges = names.SelectMany((name, i) => Enumerable.Range(1, 3).Where(step => i + step < names.Length)
            .Select(step => new SystemEdge(name, names[i + step]) { Via = $"Services:{names[i + step]}" })).ToArray();
        _context = new ReportContext
        {
            Title = "concord check concord.json",
            ToolVersion = "0.0.0-benchmark",
            BasePaths = ["/repo"],
            SystemMap = new SystemMap([.. names.Select(name => new SystemService(name) { Kind = "project" })], [.. edges]),
        };
        _grouped = [.. Enumerable.Range(0, Findings).Select(i =>
        {
            var edge = edges[i % edges.Length];
            var route = $"/api/v{i % 5}/items/{{id}}";
            return new Finding(
                $"CORD{400 + (i % 3)}",
                (Severity)(i % 3),
                (Lens)(i % 4),
                $"GET {route} disagrees between {edge.Consumer} and {edge.Provider} ({i}).",
                new EndpointLocation("get", $"http://127.0.0.1:5000{route.Replace("{id}", "1", StringComparison.Ordinal)}?n={i}"))
            {
                Disagreement = Disagreement.ForRoute(edge.Consumer, edge.Provider, "GET", route),
            };
        })];
        _flat = [.. _grouped.Select(finding => finding with { Disagreement = null })];
    }

    [Benchmark(Baseline = true)]
    public void Flat() => Write(_flat, _context with { SystemMap = null });

    [Benchmark]
    public void Grouped() => Write(_grouped, _context);

    private void Write(ImmutableArray<Finding> findings, ReportContext context)
    {
        using var output = new StreamWriter(Stream.Null);
        ReportWriters.Get(Format).Write(findings, context, output);
    }
}
