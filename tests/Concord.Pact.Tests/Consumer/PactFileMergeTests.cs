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
    public async Task A_file_left_by_an_earlier_run_is_merged_into_not_replaced()
    {
        File.WriteAllText(_folder.File("Dashboard-Archive.json"), """
            {"consumer":{"name":"Dashboard"},"provider":{"name":"Archive"},"interactions":[
              {"type":"Synchronous/HTTP","description":"written by another test assembly","request":{"method":"GET","path":"/old"},"response":{"status":200}}],
             "metadata":{"pactSpecification":{"version":"4.0"}}}
            """);
        var pact = new PactBuilder("Dashboard", "Archive", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("the archive index").WithRequest(HttpMethod.Get, "/archive").WillRespond().WithStatus(200);

        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var _ = await client.GetAsync("/archive");
        });

        var descriptions = JsonNode.Parse(File.ReadAllText(pact.PactFilePath))!["interactions"]!.AsArray().Select(i => i!["description"]!.GetValue<string>());
        Assert.Equal(["the archive index", "written by another test assembly"], descriptions.Order());
    }

    [Fact]
    public async Task Two_tests_in_one_process_describing_one_interaction_differently_conflict_and_the_file_is_kept()
    {
        await WriteAsync("Ledger", 200);
        var before = File.ReadAllText(_folder.File("Dashboard-Ledger.json"));

        var conflict = await Assert.ThrowsAsync<PactFileConflictException>(() => WriteAsync("Ledger", 500));

        Assert.Contains("Interaction \"the ledger\" conflicts: another test in this process wrote it with $.response.status = 200, this test describes it with $.response.status = 500.", conflict.Message);
        Assert.Equal(before, File.ReadAllText(_folder.File("Dashboard-Ledger.json")));
        await WriteAsync("Ledger", 200);
    }

    private async Task WriteAsync(string provider, int status)
    {
        var pact = new PactBuilder("Dashboard", provider, new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("the ledger").WithRequest(HttpMethod.Get, "/ledger").WillRespond().WithStatus(status);
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var _ = await client.GetAsync("/ledger");
        });
    }

    public void Dispose() => _folder.Dispose();
}
