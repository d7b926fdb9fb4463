using Concord.Analyzers.Infrastructure;
using Concord.Analyzers.Rules;
using Concord.Analyzers.Tests.Calls;
using static Concord.Analyzers.Tests.Calls.InventoryRun;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>CORD006: calls checked against the provider's OpenAPI document given as an AdditionalFile.</summary>
public sealed class RouteNotInProviderDocumentTests
{
    private const string Header = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        namespace Shop;

        """;

    private static Task<System.Collections.Immutable.ImmutableArray<Reported>> RunAsync(string source, params ProviderFile[] files) =>
        WithDocumentsAsync(RuleIds.RouteNotInProviderDocument, Header + source, files);

    [Fact]
    public async Task CORD006_fires_on_the_seeds_api_prefix_and_names_the_documented_route()
    {
        var reported = Assert.Single(await RunAsync("""
            public sealed class RegistryClient(HttpClient http)
            {
                public Task<string> Experiments() => http.GetStringAsync("/api/mlflow/experiments/list");
                public Task<string> Run(string id) => http.GetStringAsync($"/mlflow/runs/{id}");
            }
            """, new ProviderFile("/docs/registry.json", TestDocuments.ModelRegistry, "ModelRegistryApi")));

        Assert.Equal("CORD006", reported.Id);
        Assert.Equal("\"/api/mlflow/experiments/list\"", reported.At);
        Assert.Equal("/api/mlflow/experiments/list is not in ModelRegistryApi's document; did you mean /mlflow/experiments/list?", reported.Message);
        Assert.Equal("/mlflow/experiments/list", reported["Suggestion"]);
        Assert.Equal("ModelRegistryApi", reported["Provider"]);
    }

    [Fact]
    public async Task CORD006_suggests_the_nearest_segment_and_says_nothing_close_when_nothing_is()
    {
        var reported = await RunAsync("""
            public sealed class OrdersClient(HttpClient http)
            {
                public Task<string> One(int id) => http.GetStringAsync($"/order/{id}");
                public Task<string> Far() => http.GetStringAsync("/invoices/archive/2024");
            }
            """, new ProviderFile("/docs/orders.json", TestDocuments.Orders, "Orders", "Shop.OrdersClient"));

        Assert.Equal(["/orders/{id}", string.Empty], reported.Select(r => r["Suggestion"]));
        Assert.Equal("/invoices/archive/2024 is not in Orders's document; no documented route is close to it", reported[1].Message);
    }

    [Fact]
    public async Task CORD006_fires_on_a_method_the_route_does_not_document()
    {
        var reported = Assert.Single(await RunAsync("""
            public sealed class RegistryClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Update(string id) => http.PutAsJsonAsync($"/mlflow/runs/{id}", new { name = "x" });
                public Task<HttpResponseMessage> Delete(string id) => http.DeleteAsync($"/mlflow/runs/{id}");
            }
            """, new ProviderFile("/docs/registry.json", TestDocuments.ModelRegistry, "ModelRegistryApi")));

        Assert.Equal("PUT /mlflow/runs/{id} is not in ModelRegistryApi's document, which gives /mlflow/runs/{runId} only DELETE, GET", reported.Message);
    }

    [Fact]
    public async Task CORD006_is_quiet_on_documented_routes_in_every_form()
    {
        var reported = await RunAsync("""
            public sealed class OrdersClient(HttpClient http)
            {
                private const string Orders = "/orders";

                public Task<string> All(int page) => http.GetStringAsync($"{Orders}?page={page}");
                public Task<string> One(int id) => http.GetStringAsync(Orders + "/" + id);
                public Task<string> Lines(string id) => http.GetStringAsync($"orders/{id}/lines/");
                public Task<HttpResponseMessage> Create() => http.PostAsJsonAsync(Orders, new { sku = "a" });
                public Task<string> Absolute() => http.GetStringAsync("https://orders.example/api/v1/orders");
                public Task<string> BelowBasePath(int id) => http.GetStringAsync($"/api/v1/orders/{id}");
                public Task<string> Unknown(string url) => http.GetStringAsync(url);
                public Task<string> Continues(string rest) => http.GetStringAsync($"/orders/{rest}");
            }
            """, new ProviderFile("/docs/orders.json", TestDocuments.Orders, "Orders", "OrdersClient"));

        Assert.Empty(reported);
    }

    [Fact]
    public async Task CORD006_checks_only_the_calls_that_go_to_the_documented_provider()
    {
        var reported = await RunAsync("""
            public sealed class OrdersClient(HttpClient http)
            {
                public Task<string> Wrong() => http.GetStringAsync("/order-list");
            }

            public sealed class PaymentsClient(HttpClient http)
            {
                public Task<string> NotOrders() => http.GetStringAsync("/payments/pending");
            }

            public static class Setup
            {
                public static void Add(IServiceCollection services, IConfiguration config)
                {
                    services.AddHttpClient<OrdersClient>(c => c.BaseAddress = new Uri(config["Services:Orders"]!));
                    services.AddHttpClient<PaymentsClient>(c => c.BaseAddress = new Uri(config["Services:Payments"]!));
                }
            }
            """, new ProviderFile("/docs/orders.json", TestDocuments.Orders, "Orders", "Services:Orders"));

        var only = Assert.Single(reported);
        Assert.Equal("\"/order-list\"", only.At);
    }

    [Fact]
    public async Task CORD006_is_silent_without_a_document_and_with_a_file_that_is_not_a_provider_document()
    {
        const string source = """
            public sealed class RegistryClient(HttpClient http)
            {
                public Task<string> Experiments() => http.GetStringAsync("/api/mlflow/experiments/list");
            }
            """;

        Assert.Empty(await RunAsync(source));
        Assert.Empty(await RunAsync(source, new ProviderFile("/docs/registry.json", TestDocuments.ModelRegistry, Provider: null)));
        Assert.Empty(await RunAsync(source, new ProviderFile("/docs/broken.json", "{ \"paths\": ", "ModelRegistryApi")));
    }

    [Fact]
    public async Task CORD006_reads_refit_routes_named_clients_and_aspire_service_names()
    {
        var reported = await WithDocumentsAsync(RuleIds.RouteNotInProviderDocument, [Header + """
            public interface IOrdersApi
            {
                [Refit.Get("/orders/{id}/line")] Task<string> Line(int id);
            }

            public static class Calls
            {
                public static Task<string> Named(IHttpClientFactory factory) => factory.CreateClient("orders").GetStringAsync("/orderz");
                public static void Add(IServiceCollection services) =>
                    services.AddHttpClient("orders", c => c.BaseAddress = new Uri("https+http://orders"));
            }
            """, """
            namespace Refit;

            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class GetAttribute(string path) : System.Attribute { public string Path { get; } = path; }
            """],
            new ProviderFile("/docs/orders.json", TestDocuments.Orders, "Orders", "orders"),
            new ProviderFile("/docs/orders-for-refit.json", TestDocuments.Orders, "OrdersThroughRefit", "IOrdersApi"));

        Assert.Equal(["/orders/{id}/lines", "/orders"], reported.Select(r => r["Suggestion"]).OrderByDescending(s => s.Length));
    }
}
