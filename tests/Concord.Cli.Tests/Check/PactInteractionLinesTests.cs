using Concord.Cli.Check;
using Concord.Core.Findings;

namespace Concord.Cli.Tests.Check;

/// <summary>A verifier finding names its interaction by description; check adds the line where it starts in the file.</summary>
public sealed class PactInteractionLinesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concord-pact-lines-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private IReadOnlyList<PactFile> Pacts()
    {
        File.WriteAllText(Path.Combine(_folder, "a-b.json"), """
            {
              "consumer": {"name": "A"},
              "provider": {"name": "B"},
              "interactions": [
                {
                  "description": "get one",
                  "request": {"method": "GET", "path": "/things/1"},
                  "response": {"status": 200}
                },
                {
                  "description": "get twice",
                  "providerStates": [{"name": "exists"}],
                  "request": {"method": "GET", "path": "/things/2"},
                  "response": {"status": 200}
                },
                {
                  "description": "get twice",
                  "providerStates": [{"name": "missing"}],
                  "request": {"method": "GET", "path": "/things/2"},
                  "response": {"status": 404}
                }
              ]
            }
            """);
        return PactFile.In(_folder);
    }

    private Finding Failed(string interaction) =>
        new("CORD100", Severity.Error, Lens.Contract, "status: expected 200 but was 500", new PactLocation(Path.Combine(_folder, "a-b.json"), interaction, "A", "B"));

    [Fact]
    public void The_line_is_where_the_interaction_named_by_the_finding_starts()
    {
        var pacts = Pacts();

        var where = Assert.IsType<PactLocation>(PactInteractionLines.WithLine(Failed("get one"), pacts).Location);

        Assert.Equal(5, where.Line);
        Assert.Contains("\"description\": \"get one\"", File.ReadAllLines(where.PactFile)[where.Line!.Value], StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_two_interactions_share_or_one_the_file_lacks_gets_no_line()
    {
        var pacts = Pacts();

        Assert.Null(Assert.IsType<PactLocation>(PactInteractionLines.WithLine(Failed("get twice"), pacts).Location).Line);
        Assert.Null(Assert.IsType<PactLocation>(PactInteractionLines.WithLine(Failed("get three"), pacts).Location).Line);
    }
}
