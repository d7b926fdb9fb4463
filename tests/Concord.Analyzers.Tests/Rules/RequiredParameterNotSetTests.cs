using Concord.Analyzers.Infrastructure;
using Concord.Analyzers.Rules;
using static Concord.Analyzers.Tests.Calls.InventoryRun;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>CORD008: a required query or header parameter, or required body property, that the call never sets.</summary>
public sealed class RequiredParameterNotSetTests
{
    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json.Nodes;
        using System.Text.Json.Serialization;
        using System.Threading.Tasks;

        namespace Shop;

        """;

    /// <summary>A shop: search needs 'q', orders need a customer and lines, reports need a tenant header.</summary>
    private const string ShopDocument = """
        {
          "openapi": "3.0.1",
          "info": { "title": "Shop", "version": "1" },
          "paths": {
            "/search": {
              "get": {
                "parameters": [
                  { "name": "q", "in": "query", "required": true, "schema": { "type": "string" } },
                  { "name": "page", "in": "query", "schema": { "type": "integer" } }
                ],
                "responses": { "200": { "description": "ok" } }
              }
            },
            "/orders": {
              "post": {
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/NewOrder" } } } },
                "responses": { "201": { "description": "created" } }
              }
            },
            "/orders/{id}": {
              "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } } ],
              "get": { "responses": { "200": { "description": "ok" } } }
            },
            "/reports": {
              "get": {
                "parameters": [ { "name": "X-Tenant", "in": "header", "required": true, "schema": { "type": "string" } } ],
                "responses": { "200": { "description": "ok" } }
              }
            }
          },
          "components": {
            "schemas": {
              "NewOrder": {
                "allOf": [ { "$ref": "#/components/schemas/Owned" } ],
                "type": "object",
                "required": [ "lines" ],
                "properties": { "lines": { "type": "array", "items": { "type": "string" } }, "note": { "type": "string" } }
              },
              "Owned": { "type": "object", "required": [ "customer_id" ], "properties": { "customer_id": { "type": "string" } } }
            }
          }
        }
        """;

    private static readonly ProviderFile Shop = new("/docs/shop.json", ShopDocument, "Shop");

    private static Task<System.Collections.Immutable.ImmutableArray<Reported>> RunAsync(string source, params ProviderFile[] documents) =>
        WithDocumentsAsync(RuleIds.RequiredParameterNotSet, Header + source, documents.Length == 0 ? [Shop] : documents);

    /// <summary>A versioned catalogue: every operation requires 'api-version' (set once per client), one also requires 'q'.</summary>
    private const string VersionedDocument = """
        {
          "openapi": "3.1.0",
          "info": { "title": "Catalog", "version": "2" },
          "paths": {
            "/brands": {
              "get": {
                "parameters": [ { "name": "api-version", "in": "query", "required": true, "schema": { "type": "string" } } ],
                "responses": { "200": { "description": "ok" } }
              }
            },
            "/items/search": {
              "get": {
                "parameters": [
                  { "name": "api-version", "in": "query", "required": true, "schema": { "type": "string" } },
                  { "name": "q", "in": "query", "required": true, "schema": { "type": "string" } }
                ],
                "responses": { "200": { "description": "ok" } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task CORD008_leaves_a_parameter_every_operation_requires_to_the_client_and_still_judges_the_others()
    {
        var reported = Assert.Single(await RunAsync(
            """
            public sealed class CatalogClient(HttpClient http)
            {
                public Task<string> Brands() => http.GetStringAsync("brands");
                public Task<string> Search(int page) => http.GetStringAsync($"items/search?page={page}");
            }
            """,
            new ProviderFile("/docs/catalog.json", VersionedDocument, "Catalog")));

        Assert.Equal("GET /items/search in Catalog's document requires the query parameter 'q', which this call never sets", reported.Message);
    }

    /// <summary>Items by id, and a search beside them whose path the id's template also matches.</summary>
    private const string ItemsDocument = """
        {
          "openapi": "3.0.1",
          "info": { "title": "Items", "version": "1" },
          "paths": {
            "/items/{id}": {
              "get": {
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "responses": { "200": { "description": "ok" } }
              }
            },
            "/items/search": {
              "get": {
                "parameters": [
                  { "name": "term", "in": "query", "required": true, "schema": { "type": "string" } },
                  { "name": "page", "in": "query", "required": true, "schema": { "type": "integer" } }
                ],
                "responses": { "200": { "description": "ok" } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task CORD008_judges_a_literal_path_by_its_literal_route_before_a_templated_one()
    {
        // OpenAPI matches concrete paths before templated ones, as ASP.NET Core routing does: /items/search is the
        // search, not the item whose id is "search".
        var reported = Assert.Single(await RunAsync(
            """
            public sealed class ItemsClient(HttpClient http)
            {
                public Task<string> Search(string term) => http.GetStringAsync($"/items/search?term={Uri.EscapeDataString(term)}");
                public Task<string> Page(string term, int page) => http.GetStringAsync($"/items/search?term={term}&page={page}");
                public Task<string> Item(string id) => http.GetStringAsync($"/items/{id}");
            }
            """,
            new ProviderFile("/docs/items.json", ItemsDocument, "Items")));

        Assert.Equal("GET /items/search in Items's document requires the query parameter 'page', which this call never sets", reported.Message);
        Assert.Contains("term={Uri.EscapeDataString(term)}\"", reported.At);
    }

    [Fact]
    public async Task CORD008_is_quiet_on_a_missing_query_parameter_when_a_message_handler_may_add_it()
    {
        Assert.Empty(await RunAsync("""
            public sealed class VersionHandler : DelegatingHandler
            {
                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken) =>
                    base.SendAsync(request, cancellationToken);
            }

            public sealed class ShopClient(HttpClient http)
            {
                public Task<string> Next(int page) => http.GetStringAsync($"search?page={page}");
            }
            """));
    }

    [Fact]
    public async Task CORD008_fires_on_a_required_query_parameter_never_set()
    {
        var reported = Assert.Single(await RunAsync("""
            public sealed class ShopClient(HttpClient http)
            {
                public Task<string> Next(int page) => http.GetStringAsync($"search?page={page}");
            }
            """));

        Assert.Equal("CORD008", reported.Id);
        Assert.Equal("$\"search?page={page}\"", reported.At);
        Assert.Equal("GET /search in Shop's document requires the query parameter 'q', which this call never sets", reported.Message);
        Assert.Equal("q", reported["Missing"]);
        Assert.Equal("Shop", reported["Provider"]);
    }

    [Fact]
    public async Task CORD008_fires_on_required_body_properties_never_set_in_anonymous_objects_dtos_and_json_objects()
    {
        var reported = await RunAsync("""
            public sealed class NewOrder
            {
                [JsonPropertyName("customer_id")]
                public string? CustomerId { get; set; }

                public string[]? Lines { get; set; }
            }

            public sealed class ShopClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Anonymous(string customer) => http.PostAsJsonAsync("orders", new { customer_id = customer });

                public Task<HttpResponseMessage> Dto(string customer) => http.PostAsJsonAsync("orders", new NewOrder { CustomerId = customer });

                public Task<HttpResponseMessage> Json(string[] lines)
                {
                    var body = new JsonObject { ["note"] = "gift" };
                    body["lines"] = new JsonArray();
                    var request = new HttpRequestMessage(HttpMethod.Post, "orders") { Content = JsonContent.Create(body) };
                    return http.SendAsync(request);
                }
            }
            """);

        Assert.Equal(
            [
                "POST /orders in Shop's document requires the body property 'lines', which this call never sets",
                "POST /orders in Shop's document requires the body property 'lines', which this call never sets",
                "POST /orders in Shop's document requires the body property 'customer_id', which this call never sets",
            ],
            reported.Select(r => r.Message));
    }

    [Fact]
    public async Task CORD008_fires_on_a_required_header_never_set_and_lists_everything_missing_once()
    {
        var reported = Assert.Single(await RunAsync("""
            public sealed class ReportsClient(HttpClient http)
            {
                public Task<string> Monthly() => http.GetStringAsync("reports");
            }
            """));

        Assert.Equal("GET /reports in Shop's document requires the header 'X-Tenant', which this call never sets", reported.Message);
    }

    [Fact]
    public async Task CORD008_is_quiet_when_the_call_sets_what_the_operation_requires()
    {
        Assert.Empty(await RunAsync("""
            public sealed record NewOrder(string CustomerId, string[] Lines);

            public sealed class RequiredOrder
            {
                public required string customer_id { get; init; }

                public string[] Lines { get; init; } = [];
            }

            public sealed class ShopClient(HttpClient http)
            {
                public Task<string> Search(string term, int page) => http.GetStringAsync($"search?page={page}&q={Uri.EscapeDataString(term)}");

                public Task<string> Order(int id) => http.GetStringAsync($"orders/{id}");

                public Task<HttpResponseMessage> Anonymous(string customer, string[] lines) => http.PostAsJsonAsync("orders", new { customer_id = customer, lines });

                // A positional record (its constructor sets both), members required by the compiler or given a default.
                public Task<HttpResponseMessage> Record(string customer, string[] lines) => http.PostAsJsonAsync("orders", new NewOrder(customer, lines));

                public Task<HttpResponseMessage> Required(string customer) => http.PostAsJsonAsync("orders", new RequiredOrder { customer_id = customer });

                public Task<HttpResponseMessage> Entries(string customer)
                {
                    var body = new Dictionary<string, object> { ["customer_id"] = customer };
                    body.Add("lines", new[] { "a" });
                    return http.PostAsJsonAsync("orders", body);
                }

                public Task<string> Reports(string tenant)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "reports");
                    request.Headers.Add("X-Tenant", tenant);
                    return http.SendAsync(request).ContinueWith(_ => "sent");
                }
            }
            """));
    }

    [Fact]
    public async Task CORD008_gives_the_benefit_of_the_doubt_to_what_is_built_out_of_sight()
    {
        Assert.Empty(await RunAsync("""
            public sealed class ShopClient(HttpClient http)
            {
                // The query is computed: it may carry q.
                public Task<string> Search(string query) => http.GetStringAsync($"search{query}");

                // The body comes from the caller.
                public Task<HttpResponseMessage> Order(object order) => http.PostAsJsonAsync("orders", order);
            }
            """));

        // A message handler in the compilation may add any header.
        Assert.Empty(await RunAsync("""
            public sealed class TenantHandler : DelegatingHandler
            {
            }

            public sealed class ReportsClient(HttpClient http)
            {
                public Task<string> Monthly() => http.GetStringAsync("reports");
            }
            """));

        // The client's registration sets it as a default header.
        Assert.Empty(await RunAsync("""
            public sealed class ReportsClient(HttpClient http)
            {
                public static void Configure(HttpClient client) => client.DefaultRequestHeaders.Add("X-Tenant", "north");

                public Task<string> Monthly() => http.GetStringAsync("reports");
            }
            """));
    }

    [Fact]
    public async Task CORD008_is_silent_without_a_provider_document()
    {
        Assert.Empty(await WithDocumentsAsync(RuleIds.RequiredParameterNotSet, Header + """
            public sealed class ShopClient(HttpClient http)
            {
                public Task<string> Next(int page) => http.GetStringAsync($"search?page={page}");
            }
            """));
    }

    /// <summary>The Refit attributes the model reads, declared here so the tests need no package.</summary>
    private const string RefitAttributes = """
        namespace Refit;

        using System;

        [AttributeUsage(AttributeTargets.Method)] public sealed class GetAttribute(string path) : Attribute { }
        [AttributeUsage(AttributeTargets.Method | AttributeTargets.Interface)] public sealed class HeadersAttribute(params string[] headers) : Attribute { }
        [AttributeUsage(AttributeTargets.Parameter)] public sealed class HeaderAttribute(string header) : Attribute { }
        [AttributeUsage(AttributeTargets.Parameter)] public sealed class HeaderCollectionAttribute : Attribute { }
        [AttributeUsage(AttributeTargets.Parameter)] public sealed class QueryAttribute : Attribute { }
        [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)] public sealed class AliasAsAttribute(string name) : Attribute { }
        """;

    private static Task<System.Collections.Immutable.ImmutableArray<Reported>> RunRefitAsync(string source) =>
        WithDocumentsAsync(RuleIds.RequiredParameterNotSet, [Header + source, RefitAttributes], [Shop]);

    [Fact]
    public async Task CORD008_fires_on_a_refit_method_that_supplies_no_required_query_or_header_parameter()
    {
        var reported = await RunRefitAsync("""
            public interface IShopApi
            {
                [Refit.Get("/search")] Task<string> Page([Refit.Query] int page);

                [Refit.Get("/search")] Task<string> Named([Refit.AliasAs("query")] string q);

                [Refit.Get("/reports")] Task<string> Reports([Refit.Header("X-Region")] string region);
            }
            """);

        Assert.Equal(
            [
                "GET /reports in Shop's document requires the header 'X-Tenant', which this call never sets",
                "GET /search in Shop's document requires the query parameter 'q', which this call never sets",
                "GET /search in Shop's document requires the query parameter 'q', which this call never sets",
            ],
            reported.Select(r => r.Message).OrderBy(m => m, StringComparer.Ordinal));
        Assert.All(reported, r => Assert.StartsWith("Refit.Get(", r.At, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CORD008_is_quiet_when_refit_parameters_supply_what_the_operation_requires()
    {
        Assert.Empty(await RunRefitAsync("""
            public sealed class SearchFilter { [Refit.AliasAs("q")] public string? Term { get; set; } }

            [Refit.Headers("X-Tenant: shop")]
            public interface ITenantApi
            {
                [Refit.Get("/reports")] Task<string> Reports();
            }

            public interface IShopApi
            {
                // [Query], [AliasAs], a plain parameter the route does not use (Refit sends it in the query), a literal query.
                [Refit.Get("/search")] Task<string> Query([Refit.Query] string q, int page);

                [Refit.Get("/search")] Task<string> Aliased([Refit.AliasAs("q")] string term);

                [Refit.Get("/search")] Task<string> Plain(string q);

                [Refit.Get("/search?q=all")] Task<string> Literal(int page);

                // An object flattened into the query: its properties are the names (here q, by its alias); a dictionary's keys are not known.
                [Refit.Get("/search")] Task<string> Filtered([Refit.Query] SearchFilter filter);

                [Refit.Get("/search")] Task<string> Keyed([Refit.Query] IDictionary<string, string> filter);

                [Refit.Get("/orders/{id}")] Task<string> Order(int id);

                [Refit.Get("/reports")] Task<string> Reports([Refit.Header("X-Tenant")] string tenant);

                [Refit.Get("/reports")] Task<string> Any([Refit.HeaderCollection] IDictionary<string, string> headers);
            }
            """));
    }

    [Fact]
    public async Task CORD008_reads_a_query_added_by_query_helpers_through_the_call_model()
    {
        // Before the call model read query builders, the URL was a hole: the call went to no documented route.
        var reported = await RunAsync("""
            public sealed class ShopClient(HttpClient http)
            {
                public Task<string> Page(int page) =>
                    http.GetStringAsync(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("search", "page", page.ToString()));

                public Task<string> Search(string term) =>
                    http.GetStringAsync(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("search", new Dictionary<string, string?> { ["q"] = term }));
            }
            """);

        var only = Assert.Single(reported);
        Assert.Equal("GET /search in Shop's document requires the query parameter 'q', which this call never sets", only.Message);
        Assert.StartsWith("Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(\"search\", \"page\"", only.At, StringComparison.Ordinal);
    }

    /// <summary>Refit's body and query attributes, declared here so the tests need no package.</summary>
    private const string RefitBodyAttributes = """
        namespace Refit;

        using System;

        [AttributeUsage(AttributeTargets.Method)] public sealed class GetAttribute(string path) : Attribute { }
        [AttributeUsage(AttributeTargets.Method)] public sealed class PostAttribute(string path) : Attribute { }
        [AttributeUsage(AttributeTargets.Parameter)] public sealed class BodyAttribute : Attribute { }
        [AttributeUsage(AttributeTargets.Parameter)]
        public sealed class QueryAttribute : Attribute
        {
            public QueryAttribute() { }
            public QueryAttribute(string delimiter, string prefix) { }
        }
        [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)] public sealed class AliasAsAttribute(string name) : Attribute { }
        """;

    [Fact]
    public async Task CORD008_reads_refit_body_and_query_objects_through_the_call_model()
    {
        var reported = await WithDocumentsAsync(RuleIds.RequiredParameterNotSet, [Header + """
            public sealed class NewOrder
            {
                [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }
            }

            public sealed class FullOrder
            {
                [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }

                public string[]? Lines { get; set; }
            }

            public sealed class Filter { public int Page { get; set; } }

            public sealed class Search { [Refit.AliasAs("q")] public string? Term { get; set; } }

            public interface IShopApi
            {
                [Refit.Post("/orders")] Task<string> Order([Refit.Body] NewOrder order);

                [Refit.Post("/orders")] Task<string> Full([Refit.Body] FullOrder order);

                [Refit.Get("/search")] Task<string> Paged([Refit.Query] Filter filter);

                [Refit.Get("/search")] Task<string> Found([Refit.Query] Search search);

                // A prefix renames every member: f.q is not q.
                [Refit.Get("/search")] Task<string> Prefixed([Refit.Query(".", "f")] Search search);
            }
            """, RefitBodyAttributes], [Shop]);

        Assert.Equal(
            [
                "GET /search in Shop's document requires the query parameter 'q', which this call never sets",
                "GET /search in Shop's document requires the query parameter 'q', which this call never sets",
                "POST /orders in Shop's document requires the body property 'lines', which this call never sets",
            ],
            reported.Select(r => r.Message).OrderBy(m => m, StringComparer.Ordinal));
    }
}
