namespace Concord.Analyzers.Tests.Calls;

/// <summary>The call model on client registrations: which client, and where its base address comes from.</summary>
public sealed class ClientRegistrationModelTests
{
    private const string Header = """
        using System;
        using System.Net.Http;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        namespace Shop;

        public interface IOrders { }
        public sealed class OrdersClient(HttpClient http) : IOrders { public HttpClient Http => http; }
        public sealed class PaymentsClient(HttpClient http) { public HttpClient Http => http; }

        """;

    [Fact]
    public async Task A_typed_client_with_a_base_address_from_a_configuration_key()
    {
        var registration = await InventoryRun.SingleRegistrationAsync(Header + """
            public static class Setup
            {
                public static void Add(IServiceCollection services, IConfiguration config) =>
                    services.AddHttpClient<OrdersClient>(c => c.BaseAddress = new Uri(config["Orders:BaseUrl"]!));
            }
            """);

        Assert.Equal("CORD091", registration.Id);
        Assert.Equal("Shop.OrdersClient", registration["Client"]);
        Assert.Equal("typed", registration["ClientKind"]);
        Assert.Equal("Orders:BaseUrl", registration["BaseAddressKey"]);
        Assert.Equal("configuration", registration["BaseAddressSource"]);
        Assert.Equal(string.Empty, registration["BaseAddress"]);
        Assert.StartsWith("services.AddHttpClient<OrdersClient>(", registration.At);
        Assert.Equal("Shop.OrdersClient takes its base address from configuration key 'Orders:BaseUrl'", registration.Message);
    }

    [Fact]
    public async Task Each_configuration_form_gives_the_full_key_and_the_fallback()
    {
        var registrations = await InventoryRun.RegistrationsAsync(Header + """
            public static class Setup
            {
                public static void Add(IServiceCollection services, IConfiguration config)
                {
                    services.AddHttpClient("a", c => c.BaseAddress = new Uri(config.GetValue<string>("Orders:BaseUrl", "http://localhost:5000")!));
                    services.AddHttpClient("b", c => c.BaseAddress = new Uri(config.GetSection("Orders")["BaseUrl"]!));
                    services.AddHttpClient("c", c => c.BaseAddress = new Uri(config.GetConnectionString("orders")!));
                    services.AddHttpClient("d", c => c.BaseAddress = new Uri(config["Payments:Url"] ?? "http://localhost:5001"));
                    services.AddHttpClient("e", c => c.BaseAddress = new Uri(Environment.GetEnvironmentVariable("ORDERS_URL") ?? "http://127.0.0.1:8080"));
                    var section = config.GetSection("Catalog").GetSection("Api");
                    services.AddHttpClient("f", c => c.BaseAddress = new Uri(section.GetValue<string>("Url")!));
                }
            }
            """);

        Assert.Equal(["a", "b", "c", "d", "e", "f"], registrations.Select(r => r["Client"]));
        Assert.All(registrations, r => Assert.Equal("named", r["ClientKind"]));
        Assert.Equal(
            ["Orders:BaseUrl", "Orders:BaseUrl", "ConnectionStrings:orders", "Payments:Url", "ORDERS_URL", "Catalog:Api:Url"],
            registrations.Select(r => r["BaseAddressKey"]));
        Assert.Equal(
            ["configuration", "configuration", "configuration", "configuration", "environment", "configuration"],
            registrations.Select(r => r["BaseAddressSource"]));
        Assert.Equal(
            ["http://localhost:5000", string.Empty, string.Empty, "http://localhost:5001", "http://127.0.0.1:8080", string.Empty],
            registrations.Select(r => r["BaseAddress"]));
    }

    [Fact]
    public async Task Literal_and_service_discovery_addresses_through_configure_http_client()
    {
        var registrations = await InventoryRun.RegistrationsAsync(Header + """
            public static class Setup
            {
                public static void Add(IServiceCollection services)
                {
                    services.AddHttpClient<IOrders, OrdersClient>()
                        .SetHandlerLifetime(TimeSpan.FromMinutes(5))
                        .ConfigureHttpClient(c => c.BaseAddress = new("https+http://orders"));
                    services.AddHttpClient<PaymentsClient>(c => c.BaseAddress = new Uri("http://payments"));
                    services.AddHttpClient("plain");
                }
            }
            """);

        Assert.Equal(["Shop.OrdersClient", "Shop.PaymentsClient", "plain"], registrations.Select(r => r["Client"]));
        Assert.Equal(["literal", "literal", "unknown"], registrations.Select(r => r["BaseAddressSource"]));
        Assert.Equal(["https+http://orders", "http://payments", string.Empty], registrations.Select(r => r["BaseAddress"]));
        Assert.Equal(["", "", ""], registrations.Select(r => r["BaseAddressKey"]));
    }

    [Fact]
    public async Task A_helpers_own_type_parameter_names_no_client()
    {
        var registration = await InventoryRun.SingleRegistrationAsync(Header + """
            public static class Helpers
            {
                public static IHttpClientBuilder AddServiceReference<TClient>(this IServiceCollection services, string address)
                    where TClient : class =>
                    services.AddHttpClient<TClient>(c => c.BaseAddress = new Uri(address));
            }
            """);

        Assert.Equal("unknown", registration["ClientKind"]);
        Assert.Equal(string.Empty, registration["Client"]);
    }

    [Fact]
    public async Task A_base_address_set_in_a_typed_clients_constructor()
    {
        var registration = await InventoryRun.SingleRegistrationAsync(Header + """
            public sealed class CatalogClient
            {
                private readonly HttpClient _http;

                public CatalogClient(HttpClient http, IConfiguration config)
                {
                    _http = http;
                    _http.BaseAddress = new Uri(config.GetValue<string>("Services:Catalog")!);
                }
            }
            """);

        Assert.Equal("Shop.CatalogClient", registration["Client"]);
        Assert.Equal("typed", registration["ClientKind"]);
        Assert.Equal("Services:Catalog", registration["BaseAddressKey"]);
        Assert.StartsWith("_http.BaseAddress =", registration.At);
    }

    [Fact]
    public async Task A_refit_client_registration()
    {
        var registration = await InventoryRun.SingleRegistrationAsync("""
            using System;
            using System.Net.Http;
            using Microsoft.Extensions.DependencyInjection;

            namespace Refit
            {
                public static class HttpClientFactoryExtensions
                {
                    public static IHttpClientBuilder AddRefitClient<T>(this IServiceCollection services) where T : class =>
                        throw new NotSupportedException();
                }
            }

            namespace Shop
            {
                using Refit;

                public interface IOrdersApi { }

                public static class Setup
                {
                    public static void Add(IServiceCollection services) =>
                        services.AddRefitClient<IOrdersApi>().ConfigureHttpClient(c => c.BaseAddress = new Uri("http://orders"));
                }
            }
            """);

        Assert.Equal("Shop.IOrdersApi", registration["Client"]);
        Assert.Equal("refit", registration["ClientKind"]);
        Assert.Equal("http://orders", registration["BaseAddress"]);
    }

    [Fact]
    public async Task A_typed_client_registered_through_the_applications_own_helper_with_its_address()
    {
        // The helper lives in a shared service-defaults project: only its signature is in this compilation.
        var registrations = await InventoryRun.RegistrationsAsync(Header + """
            public static class ServiceReferences
            {
                public static IServiceCollection AddHttpServiceReference<TClient>(this IServiceCollection services, string baseAddress, string? healthRelativePath = null)
                    where TClient : class => services;

                public static IServiceCollection AddCachedClient<TClient>(this IServiceCollection services, string cacheName)
                    where TClient : class => services;

                public static IServiceCollection AddServiceClient<TClient>(this IServiceCollection services, Uri serviceUri)
                    where TClient : class => services;
            }

            public static class Setup
            {
                public static void Add(IServiceCollection services, IConfiguration config)
                {
                    services.AddHttpServiceReference<OrdersClient>("https+http://orders", healthRelativePath: "health");
                    services.AddServiceClient<PaymentsClient>(new Uri(config["Payments:Url"]!));
                    services.AddCachedClient<OrdersClient>("orders-cache");
                    services.AddHttpServiceReference<string>("https+http://not-a-client");
                }
            }
            """);

        Assert.Equal(2, registrations.Length);
        Assert.Equal("Shop.OrdersClient", registrations[0]["Client"]);
        Assert.Equal("typed", registrations[0]["ClientKind"]);
        Assert.Equal("https+http://orders", registrations[0]["BaseAddress"]);
        Assert.Equal("Shop.PaymentsClient", registrations[1]["Client"]);
        Assert.Equal("Payments:Url", registrations[1]["BaseAddressKey"]);
    }

    [Fact]
    public async Task Nothing_without_the_inventory_property_and_nothing_for_unrelated_base_addresses()
    {
        var source = Header + """
            public sealed class Endpoint { public Uri? BaseAddress { get; set; } }

            public static class Setup
            {
                public static void Add(IServiceCollection services, Endpoint endpoint)
                {
                    endpoint.BaseAddress = new Uri("http://elsewhere");
                    services.AddHttpClient<OrdersClient>(c => c.BaseAddress = new Uri("http://orders"));
                }
            }
            """;

        Assert.Empty(await InventoryRun.RegistrationsAsync(source, inventory: false));
        var only = Assert.Single(await InventoryRun.RegistrationsAsync(source));
        Assert.Equal("Shop.OrdersClient", only["Client"]);
    }
}
