using Concord.OpenApi.Diff;
using static Concord.OpenApi.Tests.Docs;

namespace Concord.OpenApi.Tests;

public sealed class DiffEngineTests
{
    private const string Recursive = """
        {"schemas":{"Node":{"type":"object","required":["name"],"properties":{"name":{"type":"string"},"children":{"type":"array","items":{"$ref":"#/components/schemas/Node"}},"parent":{"$ref":"#/components/schemas/Node"}}}}}
        """;

    private static string TwoOperationsUsing(string components) => Doc(
        """{"/trees":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Node"}}}}}}},"/forest":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"array","items":{"$ref":"#/components/schemas/Node"}}}}}}}}}""",
        components);

    [Fact]
    public void A_change_to_a_recursive_shared_schema_is_reported_once_at_the_component_with_its_users()
    {
        var before = TwoOperationsUsing(Recursive);
        var after = TwoOperationsUsing(Recursive.Replace("\"required\":[\"name\"]", "\"required\":[]", StringComparison.Ordinal));

        var finding = Assert.Single(Compare(before, after));

        Assert.Equal("CORD311", finding.RuleId);
        Assert.Contains("schema 'Node' property 'name' became optional", finding.Message, StringComparison.Ordinal);
        Assert.Contains("used by 2 operations: GET /forest, GET /trees", finding.Message, StringComparison.Ordinal);
        Assert.Equal(3, finding.Related.Length);
    }

    [Fact]
    public void Renamed_path_parameters_match_the_same_route_and_report_only_the_rename()
    {
        var findings = Compare(OpWithResponses("", path: "/users/{id}"), OpWithResponses("", path: "/users/{userId}"));

        var finding = Assert.Single(findings);
        Assert.Equal("CORD204", finding.RuleId);
    }

    [Fact]
    public void A_document_compared_with_itself_has_no_findings()
    {
        var document = TwoOperationsUsing(Recursive);
        Assert.Empty(Compare(document, document));
    }

    [Fact]
    public void Ignored_rules_and_paths_are_not_reported()
    {
        var before = Doc("""{"/internal/x":{"get":{"responses":{"200":{"description":"ok"}}}},"/public":{"get":{"responses":{"200":{"description":"ok"}}}}}""");
        var after = Doc("""{"/public":{"get":{"operationId":"p","responses":{"200":{"description":"ok"}}}}}""");
        var info = before.Replace("\"version\":\"1\"", "\"version\":\"2\"", StringComparison.Ordinal);

        Assert.Empty(Compare(before, after, new SpecDiffOptions { IgnoredPaths = ["/internal/*"] }));
        Assert.Empty(Compare(before, info, new SpecDiffOptions { IgnoredRules = new HashSet<string> { "CORD390" } }));
    }

    [Fact]
    public void Findings_come_in_the_same_order_every_time()
    {
        var before = TwoOperationsUsing(Recursive);
        var after = TwoOperationsUsing(Recursive.Replace("\"type\":\"string\"", "\"type\":\"integer\"", StringComparison.Ordinal)).Replace("/forest", "/woods", StringComparison.Ordinal);

        var first = Compare(before, after).Select(f => f.Message).ToArray();
        var second = Compare(before, after).Select(f => f.Message).ToArray();

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Swagger_2_documents_diff_like_openapi_3_and_point_into_definitions()
    {
        static string Swagger(string type) => """
            {"swagger":"2.0","info":{"title":"t","version":"1"},"basePath":"/v1","paths":{"/pets":{"get":{"produces":["application/json"],"responses":{"200":{"description":"ok","schema":{"$ref":"#/definitions/Pet"}}}}}},
             "definitions":{"Pet":{"type":"object","properties":{"id":{"type":"TYPE"}}}}}
            """.Replace("TYPE", type, StringComparison.Ordinal);

        var finding = Assert.Single(Compare(Swagger("integer"), Swagger("string")));

        Assert.Equal("CORD281", finding.RuleId);
        Assert.Equal("/definitions/Pet/properties/id", ((Core.Findings.SpecLocation)finding.Location).JsonPointer);
    }

    [Fact]
    public void A_webhook_payload_is_judged_like_a_response()
    {
        static string Hook(string schema) =>
            Doc("{}", top: "\"webhooks\":{\"newPet\":{\"post\":{\"requestBody\":{\"content\":{\"application/json\":{\"schema\":" + schema
                + "}}},\"responses\":{\"200\":{\"description\":\"ok\"}}}}},").Replace("3.0.3", "3.1.0", StringComparison.Ordinal);

        var findings = Compare(Hook("""{"type":"string","enum":["a"]}"""), Hook("""{"type":"string","enum":["a","b"]}"""));

        var finding = Assert.Single(findings);
        Assert.Equal("CORD292", finding.RuleId);
        Assert.Contains("webhook 'newPet' POST payload", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operation_served_under_its_own_server_reports_its_base_path_change()
    {
        static string Served(string url) => Doc("{\"/runs\":{\"get\":{\"servers\":[{\"url\":\"" + url + "\"}],\"responses\":{\"200\":{\"description\":\"ok\"}}}}}");

        var finding = Assert.Single(Compare(Served("https://mlflow.example/api/2.0/mlflow"), Served("https://mlflow.example/ajax-api/2.0/mlflow")));

        Assert.Equal("CORD370", finding.RuleId);
        Assert.Contains("GET /runs: base path changed from '/api/2.0/mlflow' to '/ajax-api/2.0/mlflow'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_renamed_component_is_compared_once_with_every_operation_that_uses_it()
    {
        static string Using(string name, string required) => Doc(
            "{\"/a\":{\"get\":{\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/" + name + "\"}}}}}}},"
            + "\"/b\":{\"get\":{\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/" + name + "\"}}}}}}}}",
            "{\"schemas\":{\"" + name + "\":{\"type\":\"object\",\"required\":" + required + ",\"properties\":{\"id\":{\"type\":\"string\"}}}}}");

        var findings = Compare(Using("Pet", "[\"id\"]"), Using("Animal", "[]"));

        var optional = Assert.Single(findings, f => f.RuleId == "CORD311");
        Assert.Contains("schema 'Animal' (was 'Pet') property 'id' became optional", optional.Message, StringComparison.Ordinal);
        Assert.Contains("used by 2 operations: GET /a, GET /b", optional.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_on_yaml_documents_point_at_the_lines_of_both_versions()
    {
        const string before = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /users:
                get:
                  parameters:
                    - name: limit
                      in: query
                      schema: {type: integer}
                  responses:
                    '200': {description: ok}
            """;
        var after = before.Replace("schema: {type: integer}", "required: true\n          schema: {type: integer}", StringComparison.Ordinal);

        var finding = Assert.Single(SpecDiff.Compare(
            Loading.SpecLoader.LoadText("v1.yaml", before), Loading.SpecLoader.LoadText("v2.yaml", after)));

        Assert.Equal("CORD223", finding.RuleId);
        var revision = (Core.Findings.SpecLocation)finding.Location;
        var original = (Core.Findings.SpecLocation)finding.Related[0];
        Assert.Equal(("v2.yaml", "/paths/~1users/get/parameters/0", 7), (revision.Document, revision.JsonPointer, revision.Line));
        Assert.Equal(("v1.yaml", 7), (original.Document, original.Line));
    }
}
