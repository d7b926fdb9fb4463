using Concord.Core.Findings;
using Concord.OpenApi.Diff;
using Concord.OpenApi.Loading;

namespace Concord.OpenApi.Tests;

/// <summary>
/// A description split over files (as Azure's Swagger 2.0 services share a common definitions file): a change in a
/// schema that lives in another file is located in that file, at its own line, not at the root's definitions.
/// </summary>
public sealed class MultiFileLocationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concord-multifile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Root = """
        {
          "swagger": "2.0",
          "info": {"title": "network", "version": "VERSION"},
          "paths": {
            "/networks/{name}": {
              "get": {
                "parameters": [{"name": "name", "in": "path", "required": true, "type": "string"}],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "./common.json#/definitions/Place"}}}
              }
            }
          },
          "definitions": {
            "Unrelated": {"type": "object"}
          }
        }
        """;

    private const string Common = """
        {
          "swagger": "2.0",
          "info": {"title": "common", "version": "1"},
          "paths": {},
          "definitions": {
            "Place": {
              "type": "object",
              "properties": {
                "name": {"type": "string"}
              }REQUIRED
            }
          }
        }
        """;

    private string WriteVersion(string version, bool required)
    {
        var folder = Path.Combine(_folder, version);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "network.json"), Root.Replace("VERSION", version, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "common.json"), Common.Replace("REQUIRED", required ? ",\n      \"required\": [\"name\"]" : string.Empty, StringComparison.Ordinal));
        return Path.Combine(folder, "network.json");
    }

    [Fact]
    public void A_change_in_a_schema_of_another_file_names_that_file_and_line()
    {
        var before = SpecLoader.LoadFile(WriteVersion("v1", required: true));
        var after = SpecLoader.LoadFile(WriteVersion("v2", required: false));

        var finding = Assert.Single(SpecDiff.Compare(before, after), f => f.RuleId == "CORD311");

        var location = Assert.IsType<SpecLocation>(finding.Location);
        Assert.EndsWith("common.json", location.Document, StringComparison.Ordinal);
        Assert.Equal("/definitions/Place/properties/name", location.JsonPointer);
        Assert.Equal(9, location.Line);
        var baseLocation = Assert.IsType<SpecLocation>(finding.Related[0]);
        Assert.EndsWith("common.json", baseLocation.Document, StringComparison.Ordinal);
        Assert.Contains("GET /networks/{name}", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_of_the_root_file_is_still_located_in_the_root()
    {
        var before = SpecLoader.LoadFile(WriteVersion("v1", required: true));
        var location = before.Locate("#/components/schemas/Unrelated");

        Assert.EndsWith("network.json", location.Document, StringComparison.Ordinal);
        Assert.Equal("/definitions/Unrelated", location.JsonPointer);
        Assert.Equal(13, location.Line);
    }
}
