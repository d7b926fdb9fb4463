using System.Text.Json.Nodes;
using Concord.OpenApi.Diff;
using Concord.OpenApi.Loading;
using Microsoft.OpenApi;

namespace Concord.OpenApi.Tests;

/// <summary>
/// Shapes published descriptions really have (large public Swagger 2.0, OpenAPI 3.0 and multi-file YAML
/// descriptions), each written small here: valid input loads, and what the reader frowns on is a warning.
/// </summary>
public sealed class LoaderRealShapesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concord-shapes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private const string SwaggerWithExtras = """
        {"swagger":"2.0","info":{"title":"t","version":"1"},
         "parameters":{"watch":{"name":"watch","in":"query","type":"array","items":{"type":"string"},"uniqueItems":true}},
         "paths":{"/pods":{"get":{"schemes":["https"],"parameters":[{"$ref":"#/parameters/watch"}],"responses":{"200":{"description":"ok"}}},
                           "put":{"schemes":["https"],"responses":{"200":{"description":"ok"}}}}}}
        """;

    [Fact]
    public void Swagger2_with_unique_items_on_a_query_parameter_and_per_operation_schemes_loads_with_warnings()
    {
        var document = SpecLoader.LoadText("kube.json", SwaggerWithExtras);

        Assert.Equal(2, document.Model.Paths["/pods"].Operations!.Count);
        Assert.Contains(document.Warnings, w => w.Message.Contains("uniqueItems", StringComparison.Ordinal) && w.Pointer.StartsWith("#/parameters", StringComparison.Ordinal));
        Assert.Contains(document.Warnings, w => w.Message.Contains("schemes", StringComparison.Ordinal));
    }

    [Fact]
    public void Reader_warnings_are_listed_in_the_diff_once_per_kind_with_a_count()
    {
        var document = SpecLoader.LoadText("kube.json", SwaggerWithExtras);

        var findings = SpecDiff.Compare(document, document);

        var schemes = Assert.Single(findings, f => f.RuleId == "CORD394" && f.Message.StartsWith("base", StringComparison.Ordinal) && f.Message.Contains("schemes", StringComparison.Ordinal));
        Assert.Contains("2 places", schemes.Message, StringComparison.Ordinal);
        Assert.Equal(2, findings.Count(f => f.RuleId == "CORD394" && f.Message.Contains("uniqueItems", StringComparison.Ordinal)));
        Assert.DoesNotContain(findings, f => f.RuleId != "CORD394");
    }

    [Fact]
    public void A_ref_key_inside_an_example_objects_value_is_data()
    {
        // A SCIM response example holds a member literally named "$ref" whose value is a URL.
        var json = Docs.Doc(
            """{"/groups":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"examples":{"list":{"$ref":"#/components/examples/groups"}}}}}}}}}""",
            """{"examples":{"groups":{"value":{"members":[{"value":"92b5","$ref":"https://example.test/Users/92b5"}]}}}}""");

        var document = SpecLoader.LoadText("api.json", json);

        var value = (JsonObject)document.Model.Components!.Examples!["groups"].Value!;
        Assert.Equal("https://example.test/Users/92b5", (string?)value["members"]![0]!["$ref"]);
    }

    [Theory]
    [InlineData("""{"type":"object","example":{"$ref":"https://example.test/a"}}""")]
    [InlineData("""{"type":"object","x-sample":{"$ref":"../../outside.json"}}""")]
    [InlineData("""{"type":"object","enum":[{"$ref":"nowhere.json"}]}""")]
    [InlineData("""{"type":"object","default":{"$ref":"#/does/not/exist"}}""")]
    [InlineData("""{"type":"array","examples":[{"$ref":"https://example.test/b"}]}""")]
    public void A_ref_key_inside_example_enum_default_or_extension_values_is_data(string schema)
    {
        var document = SpecLoader.LoadText("api.json", Docs.Res(schema).Replace("3.0.3", "3.1.0", StringComparison.Ordinal));

        Assert.Single(document.Model.Paths);
    }

    [Fact]
    public void Names_that_look_like_keywords_still_have_their_references_followed()
    {
        // A property called "example" and a header called "x-rate-limit" are names, not data.
        Write("schemas/limit.yaml", "type: integer\n");
        Write("schemas/sample.yaml", "type: string\n");
        var path = Write("api.yaml", """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  responses:
                    '200':
                      description: ok
                      headers:
                        x-rate-limit:
                          schema: {$ref: 'schemas/limit.yaml'}
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              example: {$ref: 'schemas/sample.yaml'}
            """);

        var document = SpecLoader.LoadFile(path);

        var response = document.Model.Paths["/a"].Operations![System.Net.Http.HttpMethod.Get].Responses!["200"];
        Assert.Equal(JsonSchemaType.Integer, response.Headers!["x-rate-limit"].Schema!.Type);
        Assert.Equal(JsonSchemaType.String, response.Content!["application/json"].Schema!.Properties!["example"].Type);
    }

    [Fact]
    public void Schemas_referenced_from_all_of_items_in_other_files_become_components()
    {
        Write("schemas/base.yaml", "type: object\nproperties:\n  id: {type: integer}\n");
        var path = Write("api.yaml", """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            allOf:
                              - $ref: 'schemas/base.yaml'
                              - type: object
            """);

        var document = SpecLoader.LoadFile(path);

        Assert.True(document.Model.Components!.Schemas!.ContainsKey("base"));
    }

    [Fact]
    public void A_description_split_over_hundreds_of_files_loads_with_the_default_limits()
    {
        var paths = new System.Text.StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            Write($"resources/op{i}.yaml", $"get:\n  operationId: op{i}\n  responses:\n    '200':\n      description: ok\n      content:\n        application/json:\n          schema: {{$ref: '../models/m{i}.yaml'}}\n");
            Write($"models/m{i}.yaml", "type: object\nproperties:\n  id: {type: integer}\n");
            paths.Append($"  /r{i}:\n    $ref: 'resources/op{i}.yaml'\n");
        }

        var path = Write("api.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n" + paths);

        var document = SpecLoader.LoadFile(path);

        Assert.Equal(300, document.Model.Paths.Count);
        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadFile(path, new SpecLoadOptions { MaxReferencedFiles = 100 }));
        Assert.Contains("more than 100 referenced files (raise the limit with --max-referenced-files)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_total_bytes_of_all_referenced_files_are_limited()
    {
        Write("models/big.yaml", "type: object\ndescription: '" + new string('x', 4000) + "'\n");
        var path = Write("api.json", Docs.Res("""{"$ref":"models/big.yaml"}"""));

        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadFile(path, new SpecLoadOptions { MaxTotalBytes = 3000 }));

        Assert.Contains("over 3000 bytes together", error.Message, StringComparison.Ordinal);
        Assert.Single(SpecLoader.LoadFile(path).Model.Paths);
    }

    [Fact]
    public void A_mis_indented_yaml_line_is_named_by_its_own_line()
    {
        var lines = new List<string>
        {
            "openapi: 3.0.3", "info:", "  title: t", "  version: '1'", "paths:", "  /a:", "    get:", "      responses:",
            "        '200':", "          description: ok", "          content:", "            application/json:", "              schema:",
            "                type: object", "                properties:", "                  id: {type: integer}", "                 name: {type: string}",
        };

        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadText("api.yaml", string.Join('\n', lines) + "\n"));

        Assert.Equal(17, error.Line);
    }

    [Fact]
    public void A_tab_used_as_indentation_is_named_by_its_line_and_column()
    {
        var yaml = "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths:\n  /a:\n\t  get: {}\n";

        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadText("api.yaml", yaml));

        Assert.Equal((7, 1), (error.Line, error.Column));
        Assert.Contains("tab", error.Message, StringComparison.Ordinal);
    }
}
