using System.Net;
using System.Net.Sockets;
using Concord.OpenApi.Loading;

namespace Concord.OpenApi.Tests;

public sealed class LoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concord-spec-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string WithSchemaRef(string reference) => Docs.Res("{\"$ref\":\"" + reference + "\"}");

    [Fact]
    public void A_remote_reference_is_refused_without_any_request_being_sent()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var path = Write("api.json", WithSchemaRef($"http://127.0.0.1:{port}/x.json"));

        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadFile(path));

        Assert.Contains("remote $ref", error.Message, StringComparison.Ordinal);
        Assert.False(listener.Pending(), "the loader connected to the referenced server");
    }

    [Fact]
    public void A_reference_outside_the_documents_folder_is_refused_before_it_is_opened()
    {
        var path = Write("specs/api.json", WithSchemaRef("../../../etc/passwd"));

        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadFile(path));

        Assert.Contains("outside the document's folder", error.Message, StringComparison.Ordinal);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public void A_reference_outside_the_folder_is_read_when_allowed()
    {
        Write("shared/pet.yaml", "type: object\nproperties:\n  id: {type: integer}\n");
        var path = Write("specs/api.json", WithSchemaRef("../shared/pet.yaml"));

        var document = SpecLoader.LoadFile(path, new SpecLoadOptions { AllowFilesOutsideRoot = true });

        Assert.True(document.Model.Components!.Schemas!.ContainsKey("pet"));
    }

    [Fact]
    public void Relative_file_references_inside_the_folder_are_bundled_as_components()
    {
        Write("schemas.yaml", "Pet:\n  type: object\n  properties:\n    id: {type: integer}\n    parent: {$ref: '#/Pet'}\n");
        var path = Write("api.json", WithSchemaRef("schemas.yaml#/Pet"));

        var document = SpecLoader.LoadFile(path);

        var pet = document.Model.Components!.Schemas!["Pet"];
        Assert.True(pet.Properties!.ContainsKey("parent"));
    }

    [Fact]
    public void A_yaml_syntax_error_names_file_line_and_column()
    {
        var path = Write("broken.yaml", "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths:\n  /a: [unclosed\n");

        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadFile(path));

        Assert.Equal(path, error.Document);
        Assert.NotNull(error.Line);
        Assert.NotNull(error.Column);
        Assert.StartsWith($"{path}:{error.Line}:{error.Column}: invalid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_syntax_error_names_line_and_column()
    {
        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadText("api.json", "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {,\n}"));

        Assert.Equal(3, error.Line);
        Assert.Contains("invalid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unresolved_local_reference_is_an_error_with_a_line()
    {
        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadText("api.json", WithSchemaRef("#/components/schemas/Missing")));

        Assert.Contains("unresolved $ref '#/components/schemas/Missing'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void A_billion_laughs_document_fails_fast()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n";

        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadText("laughs.yaml", yaml));

        Assert.Contains("aliases expand to more than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 40)) + string.Concat(Enumerable.Repeat("]", 40));

        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadText("deep.json", "{\"openapi\":\"3.0.3\",\"x\":" + deep + "}", new SpecLoadOptions { MaxDepth = 16 }));

        Assert.Contains("depth", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n", "2.0")]
    [InlineData("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n", "3.0.3")]
    [InlineData("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n", "3.1.0")]
    [InlineData("openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths: {}\n", "3.2.0")]
    public void Every_supported_version_loads_from_yaml(string yaml, string version)
    {
        Assert.Equal(version, SpecLoader.LoadText("api.yaml", yaml).SpecVersion);
    }

    [Fact]
    public void A_document_that_is_not_openapi_is_refused()
    {
        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadText("x.yaml", "name: not a spec\n"));
        Assert.Contains("no 'openapi' or 'swagger' version field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_the_wrong_kind_of_thing_is_an_error_not_a_hole()
    {
        var json = Docs.Doc(
            """{"/a":{"get":{"parameters":[{"$ref":"#/components/schemas/S"}],"responses":{"200":{"description":"ok"}}}}}""",
            """{"schemas":{"S":{"type":"string"}}}""");

        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadText("api.json", json));

        Assert.Contains("'#/paths/~1a/get/parameters/0' is not a parameter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_circular_chain_of_references_is_an_error()
    {
        var json = Docs.Res("""{"$ref":"#/components/schemas/A"}""", """{"schemas":{"A":{"$ref":"#/components/schemas/B"},"B":{"$ref":"#/components/schemas/A"}}}""");

        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadText("api.json", json));

        Assert.Contains("circular $ref chain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var path = Write("big.json", Docs.OpWithResponses(""));

        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadFile(path, new SpecLoadOptions { MaxDocumentBytes = 64 }));

        Assert.Contains("over the 64-byte limit", error.Message, StringComparison.Ordinal);
    }
}
