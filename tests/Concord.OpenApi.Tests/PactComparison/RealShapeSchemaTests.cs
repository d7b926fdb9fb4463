using Concord.OpenApi.PactComparison;

namespace Concord.OpenApi.Tests.PactComparison;

/// <summary>
/// Schema shapes met in published documents (the OpenAI description): vendor keywords and examples beside
/// anyOf, a 3.1 document that keeps 3.0's boolean exclusiveMinimum (which the OpenAPI reader keeps without its
/// minimum, so that bound itself is not checked). Each schema must still be validated, not skipped as uncompilable.
/// </summary>
public sealed class RealShapeSchemaTests
{
    private const string Document = """
        {
          "openapi": "3.1.0",
          "info": { "title": "Tuning", "version": "1" },
          "paths": {
            "/jobs": {
              "post": {
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Job" } } } },
                "responses": { "200": { "description": "ok" } }
              }
            }
          },
          "components": {
            "schemas": {
              "Effort": {
                "anyOf": [ { "type": "string", "enum": [ "low", "high" ], "default": "low", "description": "How hard." }, { "type": "null" } ]
              },
              "Job": {
                "type": "object",
                "required": [ "model" ],
                "properties": {
                  "model": { "type": "string", "example": "m-1", "x-oaiTypeLabel": "string" },
                  "effort": { "$ref": "#/components/schemas/Effort" },
                  "rate": { "anyOf": [ { "type": "string", "enum": [ "auto" ], "x-stainless-const": true }, { "type": "number", "minimum": 0, "exclusiveMinimum": true } ] }
                }
              }
            }
          }
        }
        """;

    [Theory]
    [InlineData("""{ "model": "m-1", "effort": "medium" }""", true)]
    [InlineData("""{ "model": "m-1", "rate": "manual" }""", true)]
    [InlineData("""{ "effort": "low" }""", true)]
    [InlineData("""{ "model": "m-1", "effort": null, "rate": 0.5 }""", false)]
    [InlineData("""{ "model": "m-1", "effort": "high", "rate": "auto" }""", false)]
    public void Vendor_keywords_examples_and_boolean_bounds_in_a_3_1_document_are_validated(string body, bool fires)
    {
        var pact = $$"""
            {
              "consumer": { "name": "c" }, "provider": { "name": "p" },
              "interactions": [ { "description": "a job", "request": { "method": "POST", "path": "/jobs", "headers": { "Content-Type": "application/json" }, "body": {{body}} }, "response": { "status": 200 } } ],
              "metadata": { "pactSpecification": { "version": "3.0.0" } }
            }
            """;

        var findings = Comparing.Run(Document, pact);

        Assert.Equal(fires, findings.Any(f => f.RuleId == PactComparisonRules.RequestBodyInvalid));
    }
}
