using System.Text.Json.Nodes;
using Concord.Pact.Tests.Processes;
using Concord.Pact.Tests.Support;

namespace Concord.Pact.Tests.Consumer;

/// <summary>Separate test processes writing one consumer/provider pair: real processes, the real core, one pact file.</summary>
public sealed class CrossProcessPactFileTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Processes_writing_the_same_pair_at_once_keep_every_interaction()
    {
        var children = Enumerable.Range(1, 4).Select(n => ChildProcess.Start("write-pact", _folder.Path, "Inventory", $"the items, asked by process {n}", "200")).ToList();
        try
        {
            foreach (var child in children)
            {
                Assert.Equal("written", await child.FirstLineAsync(Patience));
            }

            var descriptions = JsonNode.Parse(File.ReadAllText(_folder.File("Dashboard-Inventory.json")))!["interactions"]!.AsArray()
                .Select(i => i!["description"]!.GetValue<string>());
            Assert.Equal(Enumerable.Range(1, 4).Select(n => $"the items, asked by process {n}"), descriptions.Order());
        }
        finally
        {
            foreach (var child in children)
            {
                child.Release();
                Assert.Equal(0, (await child.EndAsync(Patience)).ExitCode);
                child.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_live_process_that_wrote_an_interaction_differently_is_a_conflict_naming_both()
    {
        using var first = ChildProcess.Start("write-pact", _folder.Path, "Stock", "the items", "200");
        Assert.Equal("written", await first.FirstLineAsync(Patience));
        var before = File.ReadAllText(_folder.File("Dashboard-Stock.json"));

        using var second = ChildProcess.Start("write-pact", _folder.Path, "Stock", "the items", "404");
        var line = await second.FirstLineAsync(Patience);

        Assert.StartsWith("conflict: ", line);
        Assert.Contains("Interaction \"the items\" conflicts", line);
        Assert.Contains($"process {first.Id} (", line);
        Assert.Contains("$.response.status = 200, this test describes it with $.response.status = 404", line);
        Assert.Equal(before, File.ReadAllText(_folder.File("Dashboard-Stock.json")));
        first.Release();
        second.Release();
        Assert.Equal(0, (await first.EndAsync(Patience)).ExitCode);
        Assert.Equal(3, (await second.EndAsync(Patience)).ExitCode);
    }

    [Fact]
    public async Task An_interaction_from_a_finished_process_is_replaced_by_a_changed_one()
    {
        using (var earlier = ChildProcess.Start("write-pact", _folder.Path, "Shelf", "the items", "200"))
        {
            Assert.Equal("written", await earlier.FirstLineAsync(Patience));
            earlier.Release();
            Assert.Equal(0, (await earlier.EndAsync(Patience)).ExitCode);
        }

        using var later = ChildProcess.Start("write-pact", _folder.Path, "Shelf", "the items", "404");
        Assert.Equal("written", await later.FirstLineAsync(Patience));
        later.Release();
        await later.EndAsync(Patience);

        var interaction = Assert.Single(JsonNode.Parse(File.ReadAllText(_folder.File("Dashboard-Shelf.json")))!["interactions"]!.AsArray());
        Assert.Equal(404, interaction!["response"]!["status"]!.GetValue<int>());
    }

    public void Dispose() => _folder.Dispose();
}
