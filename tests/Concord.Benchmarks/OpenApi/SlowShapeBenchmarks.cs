using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Concord.OpenApi.Diff;
using Concord.OpenApi.Loading;

namespace Concord.Benchmarks.OpenApi;

/// <summary>
/// Shapes that were once far slower than their size: a minified (one-line) document, a long chain of
/// reference-only schemas, and an --ignore-path glob that backtracks. Each is measured against the baseline of
/// the same document pretty-printed, in the same run, so the Ratio column is the bound to watch: the minified
/// document and the chain should stay near 1, the glob near the plain diff.
/// <c>dotnet run -c Release --project tests/Concord.Benchmarks -- --filter '*SlowShape*'</c>
/// </summary>
[MemoryDiagnoser]
public class SlowShapeBenchmarks
{
    private const int Paths = 5_000;
    private const string Operation = """{"get":{"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"object","properties":{"a":{"type":"string"}}}}}}}}}""";
    private string _pretty = "";
    private string _minified = "";
    private string _chain = "";
    private string _longPath = "";
    private SpecDocument _longPathDocument = null!;

    [GlobalSetup]
    public void Setup()
    {
        var paths = new JsonObject();
        for (var i = 0; i < Paths; i++)
        {
            paths[$"/resource{i}/{{id}}"] = JsonNode.Parse(Operation);
        }

        var document = new JsonObject { ["openapi"] = "3.0.3", ["info"] = new JsonObject { ["title"] = "bench", ["version"] = "1" }, ["paths"] = paths };
        _pretty = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        _minified = document.ToJsonString();
        _chain = Chain(4_000);
        _longPath = "/" + new string('a', 60) + "b";
        var longPathDocument = new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = "long", ["version"] = "1" },
            ["paths"] = new JsonObject { [_longPath] = JsonNode.Parse("""{"get":{"responses":{"200":{"description":"ok"}}}}""") },
        };
        _longPathDocument = SpecLoader.LoadText("long.json", longPathDocument.ToJsonString());
    }

    [Benchmark(Baseline = true)]
    public int LoadPretty() => SpecLoader.LoadText("pretty.json", _pretty).Model.Paths.Count;

    [Benchmark]
    public int LoadMinified() => SpecLoader.LoadText("min.json", _minified).Model.Paths.Count;

    [Benchmark]
    public int LoadReferenceChainOf4000() => SpecLoader.LoadText("chain.json", _chain).Model.Paths.Count;

    [Benchmark]
    public int DiffWithBacktrackingIgnorePath() => SpecDiff.Compare(
        _longPathDocument,
        _longPathDocument,
        new SpecDiffOptions { IgnoredPaths = [string.Concat(Enumerable.Repeat("*a", 20)) + "*c"] }).Count;

    private static string Chain(int length)
    {
        var schemas = new JsonObject();
        for (var i = 0; i < length; i++)
        {
            schemas[$"S{i}"] = new JsonObject { ["$ref"] = $"#/components/schemas/S{i + 1}" };
        }

        schemas[$"S{length}"] = new JsonObject { ["type"] = "string" };
        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = "chain", ["version"] = "1" },
            ["paths"] = JsonNode.Parse("""{"/a":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/S0"}}}}}}}}"""),
            ["components"] = new JsonObject { ["schemas"] = schemas },
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
