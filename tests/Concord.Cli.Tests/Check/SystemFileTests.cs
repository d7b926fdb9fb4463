using Concord.Cli.Check;

namespace Concord.Cli.Tests.Check;

public sealed class SystemFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concord-system-").FullName;

    [Fact]
    public void Defaults_fill_in_the_document_start_health_and_pact_folder()
    {
        var project = Project("Api", withDocument: true);
        Project("Sdk", withDocument: false);
        var file = Write("""{ "services": { "Api": { "project": "Api" }, "Sdk": { "project": "Sdk/Sdk.csproj", "consumes": ["Api"] } } }""");

        var system = SystemFile.Load(file);

        var api = system["Api"];
        Assert.Equal(project, api.Project);
        Assert.Equal(Path.Combine(_folder, "Api", "openapi.json"), api.OpenApi);
        Assert.True(api.Start);
        Assert.Equal("/health", api.Health);
        Assert.False(system["Sdk"].Start);
        Assert.Null(system["Sdk"].OpenApi);
        Assert.Equal(Path.Combine(_folder, "pacts"), system.PactFolder);
    }

    [Theory]
    [InlineData("""{ "services": {} }""", "\"services\" is missing or empty")]
    [InlineData("""{ "services": { "Api": { } } }""", "service \"Api\" has no \"project\"")]
    [InlineData("""{ "services": { "Api": { "project": "Nowhere" } } }""", "is not a project file or a folder holding exactly one")]
    [InlineData("""{ "services": { "Api": { "project": "Api", "consumes": ["Auth"] } } }""", "consumes \"Auth\", which the file does not name")]
    [InlineData("""{ "services": { "Api": { "project": "Api", "port": 5000 } } }""", "not a valid system file")]
    [InlineData("""{ "services": """, "not a valid system file")]
    public void A_bad_system_file_is_refused_naming_the_file_and_the_entry(string text, string expected)
    {
        Project("Api", withDocument: true);
        var file = Write(text);

        var refused = Assert.Throws<SystemFileException>(() => SystemFile.Load(file));

        Assert.StartsWith(file, refused.Message);
        Assert.Contains(expected, refused.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Project(string name, bool withDocument)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        var project = Path.Combine(folder, name + ".csproj");
        File.WriteAllText(project, "<Project />");
        if (withDocument)
        {
            File.WriteAllText(Path.Combine(folder, "openapi.json"), "{}");
        }

        return project;
    }

    private string Write(string text)
    {
        var file = Path.Combine(_folder, "concord.json");
        File.WriteAllText(file, text);
        return file;
    }
}
