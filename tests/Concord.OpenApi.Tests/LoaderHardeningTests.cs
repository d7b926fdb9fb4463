using System.Diagnostics;
using Concord.OpenApi.Loading;

namespace Concord.OpenApi.Tests;

/// <summary>Hostile or unlucky input to the loader: each is one clear error (or a correct load), never a hang or a crash.</summary>
public sealed class LoaderHardeningTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly string _root = Directory.CreateTempSubdirectory("concord-hostile-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static SpecLoadException LoadFails(string path, SpecLoadOptions? options = null)
    {
        // A read that never ends would hang the test run; bound it.
        var load = Task.Run(() => SpecLoader.LoadFile(path, options));
        Assert.True(Task.WaitAny([load], Patience) == 0, $"loading {path} did not end within {Patience}");
        var error = Assert.Throws<AggregateException>(() => load.Wait());
        return Assert.IsType<SpecLoadException>(error.InnerException);
    }

    [Fact]
    public void A_folder_link_inside_the_documents_folder_does_not_lead_outside_it()
    {
        var secret = Write("outside/secret.yaml", "type: object\ndescription: TOP-SECRET-CONTENT\n");
        var path = Write("spec/api.json", Docs.Res("""{"$ref":"dlink/secret.yaml"}"""));
        Directory.CreateSymbolicLink(Path.Combine(_root, "spec", "dlink"), Path.GetDirectoryName(secret)!);

        var error = LoadFails(path);

        Assert.Contains("outside the document's folder", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("TOP-SECRET", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_root_document_is_judged_where_it_really_is()
    {
        Write("real/models/pet.yaml", "type: object\nproperties:\n  id: {type: integer}\n");
        var real = Write("real/api.json", Docs.Res("""{"$ref":"models/pet.yaml"}"""));
        var link = Path.Combine(_root, "links", "api.json");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, real);

        var document = SpecLoader.LoadFile(link);

        Assert.True(document.Model.Components!.Schemas!.ContainsKey("pet"));
        Assert.Equal(link, document.Name);
    }

    [Fact]
    public void A_linked_root_cannot_reach_files_beside_the_link()
    {
        Write("links/models/pet.yaml", "type: object\n");
        var real = Write("real/api.json", Docs.Res("""{"$ref":"../links/models/pet.yaml"}"""));
        var link = Path.Combine(_root, "links", "api.json");
        File.CreateSymbolicLink(link, real);

        var error = LoadFails(link);

        Assert.Contains("outside the document's folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_as_the_document_is_refused_without_waiting_for_a_writer()
    {
        var fifo = Path.Combine(_root, "api.yaml");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var error = LoadFails(fifo);

        Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void A_device_as_the_document_is_refused(string device)
    {
        var error = LoadFails(device);

        Assert.StartsWith(device + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_reached_through_a_reference_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "zero.yaml"), "/dev/zero");
        var path = Write("api.json", Docs.Res("""{"$ref":"zero.yaml"}"""));

        var inside = LoadFails(path);
        var allowed = LoadFails(path, new SpecLoadOptions { AllowFilesOutsideRoot = true });

        Assert.Contains("outside the document's folder", inside.Message, StringComparison.Ordinal);
        Assert.Contains("not a regular file", allowed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_argument_is_a_load_error_not_an_argument_exception()
    {
        var error = Assert.Throws<SpecLoadException>(() => SpecSource.Parse(""));

        Assert.Contains("names no document", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_as_the_document_is_refused()
    {
        var error = LoadFails(_root);

        Assert.Contains("is a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_json_keys_are_an_error_at_the_second_key()
    {
        var json = "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"t\", \"version\": \"1\"},\n  \"paths\": {},\n  \"paths\": {}\n}";

        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadText("api.json", json));

        Assert.Equal("api.json:5:3: duplicate key 'paths'", error.Message);
    }

    [Fact]
    public void The_same_key_in_two_objects_is_not_a_duplicate()
    {
        var json = Docs.Res("""{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"string"}}}""");

        Assert.Single(SpecLoader.LoadText("api.json", json).Model.Paths);
    }

    [Theory]
    [InlineData("swagger: 2.0\ninfo: {title: t, version: '1'}\npaths: {}\n")]
    [InlineData("{\"swagger\": 2.0, \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}}")]
    public void A_numeric_swagger_2_0_is_read_as_the_version_2_0(string text)
    {
        var document = SpecLoader.LoadText("api.yaml", text);

        Assert.Equal("2.0", document.SpecVersion);
        Assert.Contains(document.Warnings, w => w.Message.Contains("number 2.0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_numeric_openapi_version_asks_for_a_quoted_version()
    {
        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadText("api.yaml", "openapi: 3.1\ninfo: {title: t, version: '1'}\npaths: {}\n"));

        Assert.Contains("'openapi' is the number 3.1, not a version string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_with_a_leading_comment_is_read_as_json()
    {
        var document = SpecLoader.LoadText("api.json", "// generated\n" + Docs.OpWithResponses(""));

        Assert.Single(document.Model.Paths);
    }

    [Fact]
    public void Flow_style_yaml_is_read_as_yaml()
    {
        var document = SpecLoader.LoadText("api.yaml", "{openapi: 3.0.3, info: {title: t, version: '1'}, paths: {/a: {get: {responses: {'200': {description: ok}}}}}}\n");

        Assert.Single(document.Model.Paths);
    }

    [Fact]
    public void Broken_json_that_is_not_yaml_either_gets_the_json_error()
    {
        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadText("api.json", "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {,\n}"));

        Assert.Contains("invalid JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }
}
