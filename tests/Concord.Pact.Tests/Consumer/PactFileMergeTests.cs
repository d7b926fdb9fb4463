using System.Text.Json.Nodes;
using Concord.Pact.Consumer;
using Concord.Pact.Tests.Support;

namespace Concord.Pact.Tests.Consumer;

public sealed class PactFileMergeTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Tests_running_in_parallel_for_the_same_pair_merge_into_one_file()
    {
        var tests = Enumerable.Range(1, 12).Select(async n =>
        {
            var pact = new PactBuilder("Dashboard", "Reports", new PactOptions { PactDirectory = _folder.Path });
            pact.UponReceiving($"report {n}").WithRequest(HttpMethod.Get, $"/reports/{n}").WillRespond().WithStatus(200);
            await pact.VerifyAsync(async context =>
            {
                using var client = new HttpClient { BaseAddress = context.BaseUri };
                using var _ = await client.GetAsync($"/reports/{n}");
            });
        });

        await Task.WhenAll(tests);

        var interactions = JsonNode.Parse(File.ReadAllText(_folder.File("Dashboard-Reports.json")))!["interactions"]!.AsArray();
        Assert.Equal(
            Enumerable.Range(1, 12).Select(n => $"report {n}").Order(),
            interactions.Select(i => i!["description"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task The_first_write_of_a_run_replaces_a_file_left_by_an_earlier_run()
    {
        File.WriteAllText(_folder.File("Dashboard-Archive.json"), """
            {"consumer":{"name":"Dashboard"},"provider":{"name":"Archive"},"interactions":[
              {"type":"Synchronous/HTTP","description":"a stale interaction","request":{"method":"GET","path":"/old"},"response":{"status":200}}],
             "metadata":{"pactSpecification":{"version":"4.0"}}}
            """);
        var pact = new PactBuilder("Dashboard", "Archive", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("the archive index").WithRequest(HttpMethod.Get, "/archive").WillRespond().WithStatus(200);

        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var _ = await client.GetAsync("/archive");
        });

        var interaction = Assert.Single(JsonNode.Parse(File.ReadAllText(pact.PactFilePath))!["interactions"]!.AsArray());
        Assert.Equal("the archive index", interaction!["description"]!.GetValue<string>());
    }

    public void Dispose() => _folder.Dispose();
}
