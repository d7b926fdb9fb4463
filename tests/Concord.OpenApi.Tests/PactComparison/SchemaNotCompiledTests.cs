using Concord.OpenApi.PactComparison;

namespace Concord.OpenApi.Tests.PactComparison;

/// <summary>A schema the validator cannot compile is reported (CORD133) with its pointer, once per pact; never a silent accept-all.</summary>
public sealed class SchemaNotCompiledTests
{
    private const string Document = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Codes", "version": "1.0.0" },
          "paths": {
            "/codes": {
              "post": {
                "requestBody": { "content": { "application/json": { "schema": {
                  "type": "object", "properties": { "code": { "type": "string", "pattern": "^[A-Z]+(?<open" } }
                } } } },
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Code" } } } } }
              }
            },
            "/plain": {
              "get": { "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "object", "properties": { "n": { "type": "integer" } } } } } } } }
            }
          },
          "components": { "schemas": { "Code": { "type": "object", "properties": { "code": { "type": "string", "pattern": "[unclosed" } } } } }
        }
        """;

    [Fact]
    public void An_inline_schema_and_a_referenced_component_that_cannot_compile_are_each_reported_once_per_pact()
    {
        var findings = Comparing.Run(Document, Pact(Post("first"), Post("second")));

        var reported = findings.Where(f => f.RuleId == PactComparisonRules.SchemaNotCompiled).ToList();
        Assert.Equal(2, reported.Count);
        Assert.Contains(reported, f => f.Message.Contains("the schema at #/paths/~1codes/post/requestBody/content/application~1json/schema cannot be compiled", StringComparison.Ordinal));
        Assert.Contains(reported, f => f.Message.Contains("the schema at #/components/schemas/Code cannot be compiled", StringComparison.Ordinal));
        Assert.All(reported, f => Assert.Equal(Concord.Core.Findings.Severity.Warning, f.Severity));
        Assert.All(reported, f => Assert.Equal("first", Assert.IsType<Concord.Core.Findings.PactLocation>(f.Location).Interaction));
    }

    [Fact]
    public void A_schema_that_compiles_is_not_reported()
    {
        var findings = Comparing.Run(Document, Pact("""
            { "description": "plain", "request": { "method": "GET", "path": "/plain" },
              "response": { "status": 200, "headers": { "Content-Type": "application/json" }, "body": { "n": 1 } } }
            """));

        Assert.DoesNotContain(findings, f => f.RuleId == PactComparisonRules.SchemaNotCompiled);
    }

    private static string Post(string description) => $$"""
        { "description": "{{description}}",
          "request": { "method": "POST", "path": "/codes", "headers": { "Content-Type": "application/json" }, "body": { "code": "AB" } },
          "response": { "status": 200, "headers": { "Content-Type": "application/json" }, "body": { "code": "AB" } } }
        """;

    private static string Pact(params string[] interactions) => $$"""
        { "consumer": { "name": "A" }, "provider": { "name": "B" }, "interactions": [ {{string.Join(",", interactions)}} ],
          "metadata": { "pactSpecification": { "version": "3.0.0" } } }
        """;
}
