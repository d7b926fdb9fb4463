using Concord.Core.Findings;
using Concord.OpenApi.PactComparison;

namespace Concord.OpenApi.Tests.PactComparison;

/// <summary>
/// Whole pact files in the shapes other Pact implementations write (pact-js V2, pact-jvm V3 with matching
/// rules and generators, the Pact core's V4 with a message), each against the document it agrees with.
/// </summary>
public sealed class PactShapeTests
{
    private const string PactJsV2 = """
        {
          "consumer": { "name": "web" },
          "provider": { "name": "orders" },
          "interactions": [
            {
              "description": "a list of orders",
              "providerState": "orders exist",
              "request": { "method": "GET", "path": "/v2/orders", "query": "limit=10&api_key=abc123", "headers": { "Accept": "application/json" } },
              "response": {
                "status": 200,
                "headers": { "Content-Type": "application/json; charset=utf-8" },
                "body": [ { "id": 1, "total": null } ],
                "matchingRules": { "$.body": { "min": 1 }, "$.body[*].id": { "match": "type" } }
              }
            },
            {
              "description": "an order is placed",
              "request": {
                "method": "POST", "path": "/v2/orders", "query": "api_key=abc123",
                "headers": { "Content-Type": "application/json" }, "body": { "sku": "A-1", "quantity": 2 }
              },
              "response": { "status": 201, "headers": { "Content-Type": "application/json" }, "body": { "id": 7 } }
            }
          ],
          "metadata": { "pactSpecification": { "version": "2.0.0" } }
        }
        """;

    private const string PactJvmV3 = """
        {
          "provider": { "name": "orders" },
          "consumer": { "name": "shop" },
          "interactions": [
            {
              "description": "order 42",
              "providerStates": [ { "name": "order 42 exists", "params": { "id": 42 } } ],
              "request": {
                "method": "GET",
                "path": "/v1/orders/42",
                "query": { "expand": [ "items" ] },
                "headers": { "Authorization": "Bearer abc.def", "X-Request-Id": "0a1b2c3d" },
                "matchingRules": {
                  "path": { "matchers": [ { "match": "regex", "regex": "/v1/orders/\\d+" } ], "combine": "AND" },
                  "header": { "X-Request-Id": { "matchers": [ { "match": "regex", "regex": "[0-9a-f]{8}" } ], "combine": "AND" } }
                },
                "generators": { "path": { "type": "ProviderState", "expression": "/v1/orders/${id}", "dataType": "STRING" } }
              },
              "response": {
                "status": 200,
                "headers": { "Content-Type": "application/json", "X-Rate-Remaining": "10" },
                "body": { "id": 42, "status": "open", "total": null, "placed": "2024-01-02T03:04:05Z", "parent": { "id": 1, "status": "closed" } },
                "matchingRules": {
                  "body": {
                    "$.id": { "matchers": [ { "match": "integer" } ], "combine": "AND" },
                    "$.placed": { "matchers": [ { "match": "timestamp", "timestamp": "yyyy-MM-dd'T'HH:mm:ss'Z'" } ], "combine": "AND" }
                  }
                },
                "generators": { "body": { "$.id": { "type": "RandomInt", "min": 1, "max": 100 } } }
              }
            }
          ],
          "metadata": { "pactSpecification": { "version": "3.0.0" }, "pact-jvm": { "version": "4.6.5" } }
        }
        """;

    private const string PactCoreV4 = """
        {
          "consumer": { "name": "checkout" },
          "provider": { "name": "orders" },
          "interactions": [
            {
              "type": "Synchronous/HTTP",
              "key": "1f2e3d",
              "description": "an order is placed",
              "pending": false,
              "request": {
                "method": "POST",
                "path": "/api/orders",
                "headers": { "Content-Type": [ "application/json" ], "Cookie": [ "session=s3cr3t" ] },
                "body": { "content": { "sku": "A-1", "quantity": 1, "note": null }, "contentType": "application/json", "encoded": false }
              },
              "response": {
                "status": 201,
                "headers": { "Content-Type": [ "application/json" ] },
                "body": { "content": { "id": 1, "children": [ { "id": 2 } ] }, "contentType": "application/json", "encoded": false },
                "matchingRules": { "body": { "$.children": { "combine": "AND", "matchers": [ { "match": "type", "min": 1 } ] } } }
              }
            },
            {
              "type": "Asynchronous/Messages",
              "description": "an order placed event",
              "contents": { "content": { "id": 1 }, "contentType": "application/json", "encoded": false },
              "metadata": { "topic": "orders" }
            }
          ],
          "metadata": { "pactSpecification": { "version": "4.0" } }
        }
        """;

    [Fact]
    public void A_pact_js_v2_pact_agrees_with_a_swagger_2_document()
    {
        var findings = Comparing.Run(Documents.Swagger20, PactJsV2);

        Assert.Empty(findings);
    }

    [Fact]
    public void A_pact_jvm_v3_pact_with_matchers_and_generators_agrees_with_an_openapi_3_0_document()
    {
        var findings = Comparing.Run(Documents.OpenApi30, PactJvmV3);

        Assert.Empty(findings);
    }

    [Fact]
    public void A_v4_pact_agrees_with_an_openapi_3_1_document_and_its_message_is_skipped_with_an_info_finding()
    {
        var findings = Comparing.Run(Documents.OpenApi31, PactCoreV4);

        var skipped = Assert.Single(findings);
        Assert.Equal(PactComparisonRules.InteractionNotChecked, skipped.RuleId);
        Assert.Equal(Severity.Info, skipped.Severity);
        Assert.Contains("Asynchronous/Messages", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reader_keeps_each_shape_s_query_headers_and_bodies()
    {
        var v2 = PactReader.ReadText("v2.json", PactJsV2);
        var v4 = PactReader.ReadText("v4.json", PactCoreV4);

        Assert.Equal([new("limit", "10"), new("api_key", "abc123")], v2.Interactions[0].Request!.Query);
        Assert.Equal("application/json", v2.Interactions[0].Request!.Headers["accept"]);
        Assert.Equal("session=s3cr3t", v4.Interactions[0].Request!.Headers["Cookie"]);
        Assert.Equal("A-1", (string?)v4.Interactions[0].Request!.Body!.Json!["sku"]);
        Assert.Equal(PactInteractionKind.Message, v4.Interactions[1].Kind);
        Assert.Equal(5, v4.Interactions[0].Line);
    }
}
