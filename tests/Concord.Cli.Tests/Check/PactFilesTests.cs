using Concord.Cli.Check;

namespace Concord.Cli.Tests.Check;

/// <summary>The pact folder check reads: what it cannot read is one line naming the file and the place.</summary>
public sealed class PactFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concord-pacts-").FullName;

    [Fact]
    public void A_dangling_link_in_the_pact_folder_is_named_as_a_link()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "gone.json"), "/nonexistent/pact.json");

        var refused = Assert.Throws<CheckFailedException>(() => PactFile.In(_folder));

        Assert.Equal($"{Path.Combine(_folder, "gone.json")}: a link to /nonexistent/pact.json, which does not exist; remove the link or restore the pact.", refused.Message);
    }

    [Fact]
    public void Broken_json_is_placed_at_its_line_and_column_from_one()
    {
        File.WriteAllText(Path.Combine(_folder, "broken.json"), "{\n  \"consumer\": {\"name\": \"A\"},\n  \"provider\": \n}\n");

        var refused = Assert.Throws<CheckFailedException>(() => PactFile.In(_folder));

        Assert.StartsWith($"{Path.Combine(_folder, "broken.json")}:4:1: not a readable pact file: ", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Fact]
    public void A_readable_pact_gives_its_parties_and_requests()
    {
        File.WriteAllText(Path.Combine(_folder, "a-b.json"), """
            {"consumer":{"name":"A"},"provider":{"name":"B"},
             "interactions":[{"description":"get one","providerStates":[{"name":"exists"}],"request":{"method":"get","path":"/things/1"},"response":{"status":200}}]}
            """);

        var pact = Assert.Single(PactFile.In(_folder));

        Assert.Equal(("A", "B", true), (pact.Consumer, pact.Provider, pact.UsesProviderStates));
        Assert.Equal(new PactRequest("get one", "GET", "/things/1"), Assert.Single(pact.Requests));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
