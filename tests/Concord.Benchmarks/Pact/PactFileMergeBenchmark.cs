using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Concord.Pact.Consumer;

namespace Concord.Benchmarks.Pact;

/// <summary>
/// Merging one test's freshly written pact into a pact file that already holds many interactions
/// (another process's, or earlier test classes'): the work done under the cross-process lock on
/// every consumer test that writes a pact. The writers record says none of them is alive.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class PactFileMergeBenchmark
{
    private JsonObject _existing = null!;
    private JsonObject _fresh = null!;

    [Params(100, 1000)]
    public int Existing { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        _existing = Pact(Enumerable.Range(0, Existing).Select(n => Interaction($"existing interaction {n}", n)));
        _fresh = Pact(Enumerable.Range(0, 5).Select(n => Interaction($"fresh interaction {n}", n)));
    }

    [Benchmark(Description = "merge 5 fresh interactions")]
    public int Merge() =>
        PactFileMerge.Merge("pacts/Bench-Provider.json", _existing, _fresh, new Dictionary<string, PactWriter>(StringComparer.Ordinal))["interactions"]!.AsArray().Count;

    private static JsonObject Pact(IEnumerable<JsonObject> interactions) => new()
    {
        ["consumer"] = new JsonObject { ["name"] = "Bench" },
        ["provider"] = new JsonObject { ["name"] = "Provider" },
        ["interactions"] = new JsonArray([.. interactions]),
        ["metadata"] = new JsonObject { ["pactSpecification"] = new JsonObject { ["version"] = "4.0" } },
    };

    private static JsonObject Interaction(string description, int n) => new()
    {
        ["type"] = "Synchronous/HTTP",
        ["description"] = description,
        ["providerStates"] = new JsonArray(new JsonObject { ["name"] = "item exists", ["params"] = new JsonObject { ["id"] = n } }),
        ["request"] = new JsonObject { ["method"] = "GET", ["path"] = $"/items/{n}" },
        ["response"] = new JsonObject { ["status"] = 200, ["body"] = new JsonObject { ["content"] = new JsonObject { ["id"] = n, ["name"] = $"item {n}" } } },
    };
}
