namespace Concord.Analyzers.Tests.Calls;

/// <summary>The call model on each shape of an outbound call: method, route template, client, and where it points.</summary>
public sealed class HttpCallModelTests
{
    private const string OrdersClientHeader = """
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;

        namespace Shop;

        public sealed record Order(string Id, int Quantity);

        """;

    [Fact]
    public async Task An_interpolated_route_in_a_typed_client_names_its_holes_and_the_client()
    {
        var call = await InventoryRun.SingleCallAsync(OrdersClientHeader + """
            public sealed class OrdersClient(HttpClient http)
            {
                public Task<Order?> Get(string id) => http.GetFromJsonAsync<Order>($"/orders/{id}");
            }
            """);

        Assert.Equal("CORD090", call.Id);
        Assert.Equal("GET", call["Method"]);
        Assert.Equal("/orders/{id}", call["Route"]);
        Assert.Equal("Shop.OrdersClient", call["Client"]);
        Assert.Equal("typed", call["ClientKind"]);
        Assert.Equal("$\"/orders/{id}\"", call.At);
        Assert.Equal("GET /orders/{id} through Shop.OrdersClient", call.Message);
    }

    [Fact]
    public async Task A_yarp_forwarder_is_a_call_of_its_destinations_target_path_with_any_method()
    {
        // The shape of YARP's and Aspire service discovery's MapForwarder overloads; the package is not referenced here.
        var calls = await InventoryRun.CallsAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Routing;

            namespace Microsoft.AspNetCore.Builder
            {
                public static class DirectForwardingExtensions
                {
                    public static IEndpointConventionBuilder MapForwarder(this IEndpointRouteBuilder endpoints, string pattern, string destinationPrefix, string targetTemplate) => null!;
                    public static IEndpointConventionBuilder MapForwarder(this IEndpointRouteBuilder endpoints, string pattern, string destinationPrefix) => null!;
                }
            }

            namespace Shop
            {
                public static class Routes
                {
                    public static void Map(WebApplication app, string configured)
                    {
                        app.MapForwarder("/catalog/images/{id}", "https+http://catalogservice", "/api/v1/catalog/items/{id}/image");
                        app.MapForwarder("/basket/{**rest}", "http://basket/");
                        app.MapForwarder("/elsewhere", configured, "/x");
                    }
                }
            }
            """);

        Assert.Equal(2, calls.Length);
        Assert.Equal("https+http://catalogservice/api/v1/catalog/items/{id}/image", calls[0]["Route"]);
        Assert.Equal(string.Empty, calls[0]["Method"]);
        Assert.Equal("http://basket/basket/{**rest}", calls[1]["Route"]);
    }

    [Fact]
    public async Task An_aspnetcore_query_string_hole_is_the_query_not_part_of_the_last_segment()
    {
        var call = await InventoryRun.SingleCallAsync(OrdersClientHeader + """
            public sealed class CatalogClient(HttpClient http)
            {
                public Task<Order?> Page(int? before)
                {
                    var query = before is null ? default : Microsoft.AspNetCore.Http.QueryString.Create("before", before.ToString()!);
                    return http.GetFromJsonAsync<Order>($"api/v1/catalog/items/type/all{query}");
                }
            }
            """);

        Assert.Equal("api/v1/catalog/items/type/all?{query}", call["Route"]);
    }

    [Fact]
    public async Task A_member_access_hole_is_named_after_the_member_and_a_query_string_is_kept()
    {
        var call = await InventoryRun.SingleCallAsync(OrdersClientHeader + """
            public sealed class OrdersClient
            {
                private readonly HttpClient _http;

                public OrdersClient(HttpClient http) => _http = http;

                public Task<HttpResponseMessage> Put(Order order, int page) =>
                    _http.PutAsJsonAsync($"/orders/{order.Id}?page={page}&expand=lines", order);
            }
            """);

        Assert.Equal("PUT", call["Method"]);
        Assert.Equal("/orders/{Id}?page={page}&expand=lines", call["Route"]);
        Assert.Equal("Shop.OrdersClient", call["Client"]);
    }

    [Theory]
    [InlineData("GetAsync(\"/a\")", "GET")]
    [InlineData("PostAsync(\"/a\", null)", "POST")]
    [InlineData("PutAsync(\"/a\", null)", "PUT")]
    [InlineData("PatchAsync(\"/a\", null)", "PATCH")]
    [InlineData("DeleteAsync(\"/a\")", "DELETE")]
    [InlineData("GetStringAsync(\"/a\")", "GET")]
    [InlineData("GetStreamAsync(\"/a\")", "GET")]
    [InlineData("GetByteArrayAsync(\"/a\")", "GET")]
    [InlineData("GetFromJsonAsync<Order>(\"/a\")", "GET")]
    [InlineData("PostAsJsonAsync(\"/a\", new Order(\"1\", 2))", "POST")]
    [InlineData("PutAsJsonAsync(\"/a\", new Order(\"1\", 2))", "PUT")]
    [InlineData("PatchAsJsonAsync(\"/a\", new Order(\"1\", 2))", "PATCH")]
    [InlineData("DeleteFromJsonAsync<Order>(\"/a\")", "DELETE")]
    [InlineData("GetFromJsonAsAsyncEnumerable<Order>(\"/a\")", "GET")]
    public async Task Every_covered_method_gives_its_http_method(string call, string method)
    {
        var reported = await InventoryRun.SingleCallAsync(OrdersClientHeader + $$"""
            public static class Calls
            {
                public static object Run(HttpClient http) => http.{{call}};
            }
            """);

        Assert.Equal(method, reported["Method"]);
        Assert.Equal("/a", reported["Route"]);
        Assert.Equal("unknown", reported["ClientKind"]);
        Assert.Equal(string.Empty, reported["Client"]);
    }

    [Fact]
    public async Task Constants_static_readonly_fields_concatenation_and_string_format_are_followed()
    {
        var calls = await InventoryRun.CallsAsync(OrdersClientHeader + """
            public sealed class CatalogClient(HttpClient http)
            {
                private const string Items = "/api/catalog/items";
                private static readonly string Brands = "/api/catalog/brands";

                public Task<string> A(int id) => http.GetStringAsync(Items + "/" + id);
                public Task<string> B() => http.GetStringAsync(Brands);
                public Task<string> C(int page, int size) => http.GetStringAsync(string.Format("{0}?pageIndex={1}&pageSize={2}", Items, page, size));
                public Task<string> D(string type) => http.GetStringAsync(string.Concat(Brands, "/", type));
                public Task<string> E(int id) => http.GetStringAsync($"{Items}/{id}/pic");
            }
            """);

        Assert.Equal(
            ["/api/catalog/items/{id}", "/api/catalog/brands", "/api/catalog/items?pageIndex={page}&pageSize={size}", "/api/catalog/brands/{type}", "/api/catalog/items/{id}/pic"],
            calls.Select(c => c["Route"]));
        Assert.All(calls, c => Assert.Equal("Shop.CatalogClient", c["Client"]));
    }

    [Fact]
    public async Task A_format_parsed_once_into_a_CompositeFormat_is_read_as_its_literal_format()
    {
        var calls = await InventoryRun.CallsAsync("using System;\nusing System.Globalization;\nusing System.Text;\n" + OrdersClientHeader + """
            public sealed class CatalogClient(HttpClient http)
            {
                private const string Items = "/api/catalog/items?pageIndex={0}&pageSize={1}";
                private static readonly CompositeFormat ItemsPage = CompositeFormat.Parse(Items);
                private static CompositeFormat BrandFormat { get; } = CompositeFormat.Parse("/api/catalog/brands/{0}");
                private static readonly CompositeFormat Configured = CompositeFormat.Parse(Environment.GetEnvironmentVariable("CATALOG_ITEM")!);

                public Task<string> A(int page, int size) => http.GetStringAsync(string.Format(CultureInfo.InvariantCulture, ItemsPage, page, size));
                public Task<string> B(string type) => http.GetStringAsync(string.Format(null, BrandFormat, type));
                public Task<string> C(int id) => http.GetStringAsync(string.Format(null, Configured, id));
            }
            """);

        // A format read from elsewhere is not guessed: nothing of that URL is known.
        Assert.Equal(
            ["/api/catalog/items?pageIndex={page}&pageSize={size}", "/api/catalog/brands/{type}", ""],
            calls.Select(c => c["Route"]));
    }

    [Fact]
    public async Task A_local_assigned_once_is_followed_and_one_assigned_twice_is_not_guessed()
    {
        var calls = await InventoryRun.CallsAsync(OrdersClientHeader + """
            public sealed class BasketClient(HttpClient http)
            {
                public Task<string> Once(string buyer)
                {
                    var url = $"/api/basket/{buyer}";
                    return http.GetStringAsync(url);
                }

                public Task<string> Twice(string buyer, bool all)
                {
                    var url = $"/api/basket/{buyer}";
                    if (all)
                    {
                        url = "/api/basket";
                    }

                    return http.GetStringAsync(url);
                }
            }
            """);

        Assert.Equal(["/api/basket/{buyer}", string.Empty], calls.Select(c => c["Route"]));
        Assert.Equal(["url", "url"], calls.Select(c => c.At));
    }

    [Fact]
    public async Task Relative_and_absolute_uris_are_kept_as_written()
    {
        var calls = await InventoryRun.CallsAsync(OrdersClientHeader + """
            public sealed class Uris(HttpClient http)
            {
                public Task<string> Relative(int id) => http.GetStringAsync(new Uri($"/orders/{id}", UriKind.Relative));
                public Task<string> Absolute() => http.GetStringAsync(new Uri("http://catalog-api/api/catalog/items?pageSize=10"));
            }
            """);

        Assert.Equal(["/orders/{id}", "http://catalog-api/api/catalog/items?pageSize=10"], calls.Select(c => c["Route"]));
    }

    [Fact]
    public async Task Named_clients_from_the_factory_directly_through_a_local_or_a_field()
    {
        var calls = await InventoryRun.CallsAsync(OrdersClientHeader + """
            public sealed class Named
            {
                private readonly HttpClient _payments;

                public Named(IHttpClientFactory factory) => _payments = factory.CreateClient("payments");

                public Task<string> Direct(IHttpClientFactory factory) => factory.CreateClient("orders").GetStringAsync("/orders");

                public Task<string> Local(IHttpClientFactory factory)
                {
                    var client = factory.CreateClient(nameof(Local));
                    return client.GetStringAsync("/local");
                }

                public Task<string> Field() => _payments.GetStringAsync("/payments");
            }
            """);

        Assert.Equal(["orders", "Local", "payments"], calls.Select(c => c["Client"]));
        Assert.All(calls, c => Assert.Equal("named", c["ClientKind"]));
    }

    [Fact]
    public async Task A_request_message_sent_with_send_async_gives_its_method_and_url()
    {
        var calls = await InventoryRun.CallsAsync(OrdersClientHeader + """
            public sealed class Sender(HttpClient http)
            {
                public Task<HttpResponseMessage> Constructor(string id) =>
                    http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/orders/{id}"));

                public Task<HttpResponseMessage> Initializer()
                {
                    var request = new HttpRequestMessage { Method = HttpMethod.Post, RequestUri = new Uri("/orders/draft", UriKind.Relative) };
                    return http.SendAsync(request);
                }

                public Task<HttpResponseMessage> Assigned(string id)
                {
                    var request = new HttpRequestMessage();
                    request.Method = new HttpMethod("PATCH");
                    request.RequestUri = new Uri($"/orders/{id}/status", UriKind.Relative);
                    return http.SendAsync(request);
                }

                public Task<HttpResponseMessage> Unknown(HttpRequestMessage request) => http.SendAsync(request);
            }
            """);

        Assert.Equal(["DELETE", "POST", "PATCH", string.Empty], calls.Select(c => c["Method"]));
        Assert.Equal(["/orders/{id}", "/orders/draft", "/orders/{id}/status", string.Empty], calls.Select(c => c["Route"]));
        Assert.Equal("$\"/orders/{id}\"", calls[0].At);
        Assert.Equal("http.SendAsync(request)", calls[3].At);
        Assert.All(calls, c => Assert.Equal("Shop.Sender", c["Client"]));
    }

    [Fact]
    public async Task Refit_interface_methods_are_calls_through_the_interface()
    {
        var calls = await InventoryRun.CallsAsync("""
            using System;
            using System.Threading.Tasks;

            namespace Refit
            {
                [AttributeUsage(AttributeTargets.Method)] public sealed class GetAttribute(string path) : Attribute { public string Path { get; } = path; }
                [AttributeUsage(AttributeTargets.Method)] public sealed class PostAttribute(string path) : Attribute { public string Path { get; } = path; }
                [AttributeUsage(AttributeTargets.Method)] public sealed class DeleteAttribute(string path) : Attribute { public string Path { get; } = path; }
            }

            namespace Shop
            {
                using Refit;

                public interface IOrdersApi
                {
                    [Get("/orders/{id}")] Task<string> Get(string id);
                    [Post("/orders")] Task Create(object order);
                    [Delete("/orders/{id}?reason={reason}")] Task Delete(string id, string reason);
                    Task NotACall();
                }
            }
            """);

        Assert.Equal(["GET", "POST", "DELETE"], calls.Select(c => c["Method"]));
        Assert.Equal(["/orders/{id}", "/orders", "/orders/{id}?reason={reason}"], calls.Select(c => c["Route"]));
        Assert.All(calls, c => Assert.Equal("Shop.IOrdersApi", c["Client"]));
        Assert.All(calls, c => Assert.Equal("refit", c["ClientKind"]));
        Assert.Equal("Get(\"/orders/{id}\")", calls[0].At);
    }

    [Fact]
    public async Task Methods_named_like_http_calls_on_other_types_are_not_calls()
    {
        var calls = await InventoryRun.CallsAsync(OrdersClientHeader + """
            public sealed class Cache
            {
                public Task<string> GetAsync(string key) => Task.FromResult(key);
                public Task<string> GetStringAsync(string key) => Task.FromResult(key);
                public Task SendAsync(string message) => Task.CompletedTask;
            }

            public sealed class Handler : DelegatingHandler
            {
                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken token) =>
                    base.SendAsync(request, token);
            }

            public static class Uses
            {
                public static async Task Run(Cache cache)
                {
                    await cache.GetAsync("/orders/1");
                    await cache.GetStringAsync("/orders/2");
                    await cache.SendAsync("/orders/3");
                }
            }

            public interface INotRefit
            {
                [System.Obsolete("/orders")] Task Get();
            }
            """);

        Assert.Empty(calls);
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, "false")]
    [InlineData(true, "yes")]
    public async Task Nothing_is_reported_unless_the_inventory_property_is_true(bool set, string? value)
    {
        var source = OrdersClientHeader + """
            public sealed class OrdersClient(HttpClient http)
            {
                public Task<string> Get(string id) => http.GetStringAsync($"/orders/{id}");
            }
            """;

        Assert.Empty(await InventoryRun.RunAsync(new Concord.Analyzers.Rules.HttpCallInventoryAnalyzer(), source, set, value));
        Assert.Single(await InventoryRun.RunAsync(new Concord.Analyzers.Rules.HttpCallInventoryAnalyzer(), source, inventory: true, "True"));
    }
}
