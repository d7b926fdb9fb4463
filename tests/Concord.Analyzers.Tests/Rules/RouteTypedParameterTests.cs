using Concord.Analyzers.Infrastructure;
using Concord.Analyzers.Rules;
using static Concord.Analyzers.Tests.Calls.InventoryRun;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// A literal segment against a typed path parameter, and a literal route against a parameter one: the document's
/// routes are matched the way the provider's router chooses them (CORD006, and CORD008 once the operation is certain).
/// </summary>
public sealed class RouteTypedParameterTests
{
    private const string Header = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;

        namespace Shop;

        """;

    /// <summary>A catalogue whose items are numbered, whose reports are by period, whose carts are UUIDs.</summary>
    private const string CatalogDocument = """
        {
          "openapi": "3.1.0",
          "info": { "title": "Catalog", "version": "1" },
          "paths": {
            "/api/catalog/items/{id}": {
              "get": { "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": ["integer", "null"], "format": "int32" } } ], "responses": { "200": { "description": "ok" } } }
            },
            "/api/catalog/items/by": {
              "get": { "parameters": [ { "name": "ids", "in": "query", "required": true, "schema": { "type": "array", "items": { "type": "integer" } } } ], "responses": { "200": { "description": "ok" } } }
            },
            "/reports/{period}": {
              "get": { "parameters": [ { "name": "period", "in": "path", "required": true, "schema": { "$ref": "#/components/schemas/Period" } } ], "responses": { "200": { "description": "ok" } } }
            },
            "/carts/{cartId}": {
              "get": { "parameters": [ { "name": "cartId", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } } ], "responses": { "200": { "description": "ok" } } }
            },
            "/tags/{name}": {
              "get": { "parameters": [ { "name": "name", "in": "path", "required": true, "schema": { "type": "string" } } ], "responses": { "200": { "description": "ok" } } }
            }
          },
          "components": { "schemas": { "Period": { "type": "string", "enum": [ "daily", "weekly" ] } } }
        }
        """;

    private static readonly ProviderFile Catalog = new("/docs/catalog.json", CatalogDocument, "Catalog");

    [Fact]
    public async Task CORD006_fires_where_a_literal_segment_cannot_be_the_typed_parameter()
    {
        var reported = await WithDocumentsAsync(RuleIds.RouteNotInProviderDocument, Header + """
            public sealed class CatalogClient(HttpClient http)
            {
                public Task<string> Relevant() => http.GetStringAsync("/api/catalog/items/withsemanticrelevance");
                public Task<string> Monthly() => http.GetStringAsync("/reports/monthly");
                public Task<string> NotACart() => http.GetStringAsync("/carts/latest");
            }
            """, [Catalog]);

        Assert.Equal(
            ["/api/catalog/items/withsemanticrelevance", "/reports/monthly", "/carts/latest"],
            reported.Select(r => r["Route"]));
        Assert.All(reported, r => Assert.Equal("CORD006", r.Id));
    }

    [Fact]
    public async Task CORD006_is_quiet_where_the_typed_parameter_takes_the_segment_or_the_call_computes_it()
    {
        var reported = await WithDocumentsAsync(RuleIds.RouteNotInProviderDocument, Header + """
            public sealed class CatalogClient(HttpClient http)
            {
                public Task<string> Item() => http.GetStringAsync("/api/catalog/items/42");
                public Task<string> Negative() => http.GetStringAsync("/api/catalog/items/-1");
                public Task<string> Computed(string id) => http.GetStringAsync($"/api/catalog/items/{id}");
                public Task<string> By() => http.GetStringAsync("/api/catalog/items/by?ids=1&ids=2");
                public Task<string> Daily() => http.GetStringAsync("/reports/Daily");
                public Task<string> Cart() => http.GetStringAsync("/carts/3f2504e0-4f89-11d3-9a0c-0305e82c3301");
                public Task<string> Tag() => http.GetStringAsync("/tags/anything-at-all");
            }
            """, [Catalog]);

        Assert.Empty(reported);
    }

    [Fact]
    public async Task CORD008_judges_a_literal_route_that_also_fits_a_parameter_route_as_the_literal_one()
    {
        // "/api/catalog/items/by" fits both routes only if {id} took any text; the router picks the literal route,
        // so the operation is certain and its required 'ids' is judged.
        var document = new ProviderFile("/docs/catalog.json", CatalogDocument.Replace("\"type\": [\"integer\", \"null\"], \"format\": \"int32\"", "\"type\": \"string\""), "Catalog");
        var reported = Assert.Single(await WithDocumentsAsync(RuleIds.RequiredParameterNotSet, Header + """
            public sealed class CatalogClient(HttpClient http)
            {
                public Task<string> By() => http.GetStringAsync("/api/catalog/items/by");
                public Task<string> ByIds() => http.GetStringAsync("/api/catalog/items/by?ids=1");
                public Task<string> Item() => http.GetStringAsync("/api/catalog/items/abc");
            }
            """, [document]));

        Assert.Equal("GET /api/catalog/items/by in Catalog's document requires the query parameter 'ids', which this call never sets", reported.Message);
    }
}
