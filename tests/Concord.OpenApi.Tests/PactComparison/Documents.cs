namespace Concord.OpenApi.Tests.PactComparison;

/// <summary>One small orders API, written as OpenAPI 3.0, 3.1 and Swagger 2.0, for the comparison tests.</summary>
internal static class Documents
{
    /// <summary>OpenAPI 3.0: nullable, boolean exclusiveMinimum, a $ref cycle, bearer and header API key security.</summary>
    public const string OpenApi30 = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Orders", "version": "1.0.0" },
          "servers": [ { "url": "https://api.example.com/v1" } ],
          "paths": {
            "/orders/{id}": {
              "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "integer", "minimum": 1 } } ],
              "get": {
                "security": [ { "bearer": [] } ],
                "parameters": [
                  { "name": "expand", "in": "query", "schema": { "type": "string", "enum": [ "items", "customer" ] } },
                  { "name": "X-Request-Id", "in": "header", "required": true, "schema": { "type": "string", "pattern": "^[0-9a-f]{8}$" } }
                ],
                "responses": {
                  "200": {
                    "description": "The order.",
                    "headers": { "X-Rate-Remaining": { "schema": { "type": "integer", "minimum": 0 } } },
                    "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Order" } } }
                  },
                  "404": { "description": "No such order." },
                  "default": { "description": "A problem.", "content": { "application/problem+json": { "schema": { "type": "object" } } } }
                }
              },
              "delete": { "responses": { "204": { "description": "Deleted." } } }
            },
            "/orders": {
              "post": {
                "security": [ { "apiKey": [] } ],
                "requestBody": {
                  "required": true,
                  "content": { "application/json": { "schema": { "$ref": "#/components/schemas/NewOrder" } } }
                },
                "responses": {
                  "201": {
                    "description": "Created.",
                    "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Order" } } }
                  }
                }
              }
            },
            "/health": { "get": { "responses": { "200": { "description": "Up." } } } }
          },
          "components": {
            "securitySchemes": {
              "bearer": { "type": "http", "scheme": "bearer" },
              "apiKey": { "type": "apiKey", "in": "header", "name": "X-API-Key" }
            },
            "schemas": {
              "NewOrder": {
                "type": "object",
                "additionalProperties": false,
                "required": [ "sku", "quantity" ],
                "properties": {
                  "sku": { "type": "string" },
                  "quantity": { "type": "integer", "minimum": 0, "exclusiveMinimum": true },
                  "note": { "type": "string", "nullable": true }
                }
              },
              "Order": {
                "type": "object",
                "required": [ "id", "status" ],
                "properties": {
                  "id": { "type": "integer" },
                  "status": { "type": "string", "enum": [ "open", "closed" ] },
                  "total": { "type": "number", "nullable": true },
                  "placed": { "type": "string", "format": "date-time" },
                  "parent": { "$ref": "#/components/schemas/Order" }
                }
              }
            }
          }
        }
        """;

    /// <summary>OpenAPI 3.1: type arrays for null, numeric exclusiveMinimum, an API key in a cookie.</summary>
    public const string OpenApi31 = """
        {
          "openapi": "3.1.0",
          "info": { "title": "Orders", "version": "1.0.0" },
          "servers": [ { "url": "/api" } ],
          "paths": {
            "/orders": {
              "post": {
                "security": [ { "session": [] } ],
                "requestBody": {
                  "required": true,
                  "content": { "application/json": { "schema": { "$ref": "#/components/schemas/NewOrder" } } }
                },
                "responses": {
                  "201": { "description": "Created.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Order" } } } }
                }
              }
            }
          },
          "components": {
            "securitySchemes": { "session": { "type": "apiKey", "in": "cookie", "name": "session" } },
            "schemas": {
              "NewOrder": {
                "type": "object",
                "additionalProperties": false,
                "required": [ "sku", "quantity" ],
                "properties": {
                  "sku": { "type": "string" },
                  "quantity": { "type": "integer", "exclusiveMinimum": 0 },
                  "note": { "type": [ "string", "null" ] }
                }
              },
              "Order": {
                "type": "object",
                "properties": { "id": { "type": "integer" }, "children": { "type": "array", "items": { "$ref": "#/components/schemas/Order" } } }
              }
            }
          }
        }
        """;

    /// <summary>Swagger 2.0: basePath, definitions, x-nullable, an API key in the query.</summary>
    public const string Swagger20 = """
        {
          "swagger": "2.0",
          "info": { "title": "Orders", "version": "1.0.0" },
          "basePath": "/v2",
          "consumes": [ "application/json" ],
          "produces": [ "application/json" ],
          "securityDefinitions": { "key": { "type": "apiKey", "in": "query", "name": "api_key" } },
          "security": [ { "key": [] } ],
          "paths": {
            "/orders": {
              "get": {
                "parameters": [ { "name": "limit", "in": "query", "type": "integer", "maximum": 100 } ],
                "responses": { "200": { "description": "Orders.", "schema": { "type": "array", "items": { "$ref": "#/definitions/Order" } } } }
              },
              "post": {
                "parameters": [ { "name": "body", "in": "body", "required": true, "schema": { "$ref": "#/definitions/NewOrder" } } ],
                "responses": { "201": { "description": "Created.", "schema": { "$ref": "#/definitions/Order" } } }
              }
            }
          },
          "definitions": {
            "NewOrder": {
              "type": "object",
              "required": [ "sku" ],
              "properties": { "sku": { "type": "string" }, "quantity": { "type": "integer", "minimum": 1 } }
            },
            "Order": {
              "type": "object",
              "additionalProperties": false,
              "properties": { "id": { "type": "integer" }, "total": { "type": "number", "x-nullable": true } }
            }
          }
        }
        """;
}
