using Concord.Cli.Systems;

namespace Concord.Cli.Tests.Systems;

public sealed class SystemFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concord-system-").FullName;

    [Fact]
    public void Defaults_fill_in_the_document_start_readiness_and_pact_folder()
    {
        var project = Project("Api", withDocument: true);
        Project("Sdk", withDocument: false);
        var file = Write("concord.json", """{ "services": { "Api": { "project": "Api" }, "Sdk": { "project": "Sdk/Sdk.csproj", "consumes": ["Api"] } } }""");

        var system = SystemFile.Load(file);
        var services = system.Services.Select(ServiceEntry.FromFile).ToDictionary(s => s.Name);

        var api = services["Api"];
        Assert.Equal(project, api.Project);
        Assert.Equal(Path.Combine(_folder, "Api", "openapi.json"), api.OpenApi);
        Assert.True(api.Start);
        Assert.Null(api.Health);
        Assert.Equal(ServiceEntry.DefaultDocumentUrls, api.DocumentUrls);
        Assert.False(services["Sdk"].Start);
        Assert.Null(services["Sdk"].OpenApi);
        Assert.Equal(["Api"], services["Sdk"].Consumes);
        Assert.Equal(Path.Combine(_folder, "pacts"), system.PactFolder);
    }

    [Fact]
    public void A_yaml_system_file_reads_like_the_json_one_and_names_its_schema()
    {
        Project("Api", withDocument: false);
        var file = Write("concord.yaml", """
            $schema: https://example.invalid/concord-system.schema.json
            pacts: contracts
            services:
              Api:
                project: Api
                openApiUrl: /openapi/v1.json
                environment: Development
                health: /healthz
                start: true
                env:
                  Orders__BaseUrl: ${url:Orders}
            """);

        var api = ServiceEntry.FromFile(Assert.Single(SystemFile.Load(file).Services));

        Assert.Equal(["/openapi/v1.json"], api.DocumentUrls);
        Assert.Equal("Development", api.EnvironmentName);
        Assert.Equal("/healthz", api.Health);
        Assert.True(api.Start);
        Assert.Equal("${url:Orders}", api.Environment["Orders__BaseUrl"]);
    }

    [Fact]
    public void With_from_the_services_only_override_and_need_no_project()
    {
        File.WriteAllText(Path.Combine(_folder, "Shop.slnx"), "<Solution />");
        var file = Write("concord.json", """{ "from": "Shop.slnx", "services": { "Orders": { "env": { "A": "b" } } } }""");

        var system = SystemFile.Load(file);

        Assert.Equal(Path.Combine(_folder, "Shop.slnx"), system.From);
        var orders = Assert.Single(system.Services);
        Assert.Null(orders.Project);
        Assert.Equal("b", orders.Environment["A"]);
    }

    [Theory]
    [InlineData("""{ "services": {} }""", "\"services\" is empty")]
    [InlineData("""{ "pacts": "p" }""", "\"services\" is missing")]
    [InlineData("""{ "services": { "Api": { } } }""", "service \"Api\" has no \"project\"")]
    [InlineData("""{ "services": { "Api": null } }""", "service \"Api\" is null")]
    [InlineData("""{ "services": { "Api": { "project": "Api", "env": { "KEY": null } } } }""", "env.KEY is null")]
    [InlineData("""{ "services": { "Api": { "project": "Nowhere" } } }""", "is not a project file or a folder holding exactly one")]
    [InlineData("""{ "services": { "Api": { "project": "Api", "consumes": ["Auth"] } } }""", "consumes \"Auth\", which the file does not name")]
    [InlineData("""{ "from": "Nowhere.sln" }""", "\"from\": Nowhere.sln does not exist")]
    [InlineData("""[1]""", "a system file is an object")]
    [InlineData("""{ "services": { "Api": { "project": "Api", "health": "http://192.0.2.1/health" } } }""", "health \"http://192.0.2.1/health\" must be a path on the service")]
    [InlineData("""{ "services": { "Api": { "project": "Api", "health": "//192.0.2.1/health" } } }""", "must be a path on the service")]
    public void A_bad_system_file_is_refused_naming_the_file_and_the_entry(string text, string expected)
    {
        Project("Api", withDocument: true);
        var file = Write("concord.json", text);

        var refused = Assert.Throws<SystemFileException>(() => SystemFile.Load(file));

        Assert.StartsWith(file, refused.Message);
        Assert.Contains(expected, refused.Message);
        Assert.DoesNotContain("Concord.Cli", refused.Message);
    }

    [Theory]
    [InlineData("concord.json", "{\n  \"services\": {\n    \"Api\": { \"project\": \"Api\", \"port\": 5000 }\n  }\n}", ":3:")]
    [InlineData("concord.json", "{\n  \"services\": \n", ":3:1")]
    [InlineData("concord.yaml", "services:\n  Api:\n    project: Api\n   env: x\n", ":4:")]
    [InlineData("concord.yaml", "services:\n  Api:\n    project: Api\n  Api:\n    project: Api\n", ":4:3: not a valid system file: Duplicate key Api")]
    public void A_syntax_error_names_its_line_and_column_from_one(string name, string text, string expected)
    {
        Project("Api", withDocument: true);
        var file = Write(name, text);

        var refused = Assert.Throws<SystemFileException>(() => SystemFile.Load(file));

        Assert.Contains(file + expected, refused.Message);
        Assert.DoesNotContain("LineNumber", refused.Message);
    }

    [Theory]
    [InlineData("concord.json", "{\n  \"services\": [\n    \"api\"\n  ]\n}\n", ":2:16: not a valid system file: $.services must be an object of named entries")]
    [InlineData("concord.json", "{\n  \"services\": { \"Api\": 5 }\n}\n", ":2:25: not a valid system file: $.services.Api holds a value of the wrong type (see concord-system.schema.json for what goes there)")]
    [InlineData("concord.json", "{ \"services\": { \"Api\": { \"project\": 5 } } }", ":1:38: not a valid system file: $.services.Api.project holds a value of the wrong type (see concord-system.schema.json for what goes there)")]
    [InlineData("concord.yaml", "services:\n  - api\n", ": not a valid system file: $.services must be an object of named entries")]
    public void A_value_of_the_wrong_shape_is_named_by_its_place_and_shape_never_by_a_dotnet_type(string name, string text, string expected)
    {
        var file = Write(name, text);

        var refused = Assert.Throws<SystemFileException>(() => SystemFile.Load(file));

        Assert.Equal(file + expected, refused.Message);
        Assert.DoesNotContain("System.", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("`", refused.Message, StringComparison.Ordinal);
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

    private string Write(string name, string text)
    {
        var file = Path.Combine(_folder, name);
        File.WriteAllText(file, text);
        return file;
    }
}
