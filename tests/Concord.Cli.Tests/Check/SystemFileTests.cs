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

    [Fact]
    public void Placeholders_give_service_addresses_and_one_random_secret_per_name()
    {
        var placeholders = new Placeholders(new Dictionary<string, Uri> { ["Auth"] = new("http://127.0.0.1:5123/") });

        var first = placeholders.Expand("ml-platform=${secret:key}", "here");
        var again = placeholders.Expand("Bearer ${secret:key}", "here");

        Assert.Equal("http://127.0.0.1:5123", placeholders.Expand("${url:Auth}", "here"));
        Assert.Equal(first["ml-platform=".Length..], again["Bearer ".Length..]);
        Assert.Single(placeholders.Secrets);
        var unknown = Assert.Throws<SystemFileException>(() => placeholders.Expand("${url:Mlflow}", "concord.json: Api.env.X"));
        Assert.Equal("concord.json: Api.env.X: ${url:Mlflow} names no started service.", unknown.Message);
    }

    [Fact]
    public void Called_routes_are_the_path_literals_passed_to_http_calls()
    {
        var source = Path.Combine(_folder, "Client.cs");
        File.WriteAllText(source, """
            class Client
            {
                void Calls(System.Net.Http.HttpClient http)
                {
                    http.GetAsync("/api/models");
                    http.PostAsJsonAsync(
                        "/api/v1/keys/validate", new { });
                    new HttpRequestMessage(HttpMethod.Delete, "/models/{name}");
                    var notACall = "/not/a/call";
                }
            }
            """);

        var calls = RouteLiterals.In([source]);

        Assert.Equal(["GET /api/models", "POST /api/v1/keys/validate", "DELETE /models/{name}"], calls.Select(c => $"{c.Method} {c.Path}"));
        // The location is the literal's opening quote.
        Assert.Equal((7, 13), (calls[1].Where.Line, calls[1].Where.Column));
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
