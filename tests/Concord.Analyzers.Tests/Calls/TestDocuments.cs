namespace Concord.Analyzers.Tests.Calls;

/// <summary>Small OpenAPI documents written for these tests: a model registry, an auth service, an orders service.</summary>
internal static class TestDocuments
{
    public const string ModelRegistry = """
        {
          "openapi": "3.0.1",
          "info": { "title": "ModelRegistryApi", "version": "1" },
          "paths": {
            "/mlflow/experiments/list": { "get": { "responses": { "200": { "description": "ok" } } } },
            "/mlflow/runs/{runId}": {
              "get": { "responses": { "200": { "description": "ok" } } },
              "delete": { "responses": { "204": { "description": "gone" } } }
            },
            "/health": { "get": { "responses": { "200": { "description": "ok" } } } }
          }
        }
        """;

    public const string Orders = """
        {
          "openapi": "3.0.1",
          "info": { "title": "Orders", "version": "1" },
          "servers": [ { "url": "https://orders.example/api/v1" } ],
          "paths": {
            "/orders": { "get": { "responses": { "200": { "description": "ok" } } }, "post": { "responses": { "201": { "description": "created" } } } },
            "/orders/{id}": { "get": { "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } } ], "responses": { "200": { "description": "ok" } } } },
            "/orders/{id}/lines": { "get": { "responses": { "200": { "description": "ok" } } } }
          }
        }
        """;

    public const string Auth = """
        {
          "openapi": "3.0.1",
          "info": { "title": "AuthService", "version": "1" },
          "paths": {
            "/health": { "get": { "responses": { "200": { "description": "ok" } } } },
            "/api/v1/keys/validate": {
              "post": {
                "security": [ { "bearerKey": [] } ],
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Validate" } } } },
                "responses": { "200": { "description": "ok" } }
              }
            },
            "/api/v1/sessions": {
              "post": {
                "requestBody": { "content": { "application/json": { "schema": { "type": "object", "properties": { "api_key": { "type": "string" } } } } } },
                "responses": { "200": { "description": "ok" } }
              }
            },
            "/api/v1/reports": { "get": { "security": [ { "headerKey": [] } ], "responses": { "200": { "description": "ok" } } } },
            "/api/v1/public": { "get": { "security": [ {}, { "headerKey": [] } ], "responses": { "200": { "description": "ok" } } } }
          },
          "components": {
            "schemas": { "Validate": { "type": "object", "properties": { "service_id": { "type": "string" } } } },
            "securitySchemes": {
              "bearerKey": { "type": "http", "scheme": "bearer" },
              "headerKey": { "type": "apiKey", "in": "header", "name": "X-API-Key" }
            }
          }
        }
        """;
}
