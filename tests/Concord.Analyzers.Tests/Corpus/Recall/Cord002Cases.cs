using static Concord.Analyzers.Tests.Corpus.Recall.RecallCase;

namespace Concord.Analyzers.Tests.Corpus.Recall;

/// <summary>CORD002 corpus: a deployed program falling back to a loopback address when a setting is missing.</summary>
internal static class Cord002Cases
{
    private const string Id = "CORD002";

    public static IEnumerable<RecallCase> All()
    {
        yield return Flag(Id, "environment variable coalesced", """
            public static class ProxySettings
            {
                public static string Upstream() => Environment.GetEnvironmentVariable("MODEL_SERVER_URL") ?? "http://localhost:5000";
            }
            """);
        yield return Flag(Id, "configuration indexer coalesced", """
            public static class Wiring
            {
                public static Uri Auth(IConfiguration configuration) => new(configuration["Services:Auth"] ?? "http://127.0.0.1:8080");
            }
            """);
        yield return Flag(Id, "GetValue with a loopback default", """
            public static class Wiring
            {
                public static string Inventory(IConfiguration configuration) => configuration.GetValue<string>("Inventory:Url", "http://localhost:9000")!;
            }
            """);
        yield return Flag(Id, "ternary over IsNullOrEmpty", """
            public static class Wiring
            {
                public static string Search(IConfiguration configuration)
                {
                    var url = configuration["Search:Endpoint"];
                    return string.IsNullOrEmpty(url) ? "http://localhost:9200" : url;
                }
            }
            """);
        yield return Flag(Id, "if statement assigning the fallback", """
            public static class Wiring
            {
                public static string Functions()
                {
                    var baseUrl = Environment.GetEnvironmentVariable("FUNCTIONS_URL");
                    if (string.IsNullOrWhiteSpace(baseUrl))
                    {
                        baseUrl = "http://localhost:7071";
                    }

                    return baseUrl;
                }
            }
            """);
        yield return Flag(Id, "constant fallback", """
            public static class Wiring
            {
                private const string DefaultBroker = "http://[::1]:5672";
                public static string Broker(IConfiguration configuration) => configuration["Broker:Url"] ?? DefaultBroker;
            }
            """);
        yield return Flag(Id, "static readonly fallback", """
            public static class Wiring
            {
                private static readonly string DefaultLedger = "http://localhost:8000";
                public static string Ledger(IConfiguration configuration) => configuration["Ledger:Url"] ?? DefaultLedger;
            }
            """);
        yield return Flag(Id, "typed client registration", """
            public static class Registration
            {
                public static void Add(IServiceCollection services, IConfiguration configuration) =>
                    services.AddHttpClient("catalog", c => c.BaseAddress = new Uri(configuration["Catalog:Url"] ?? "http://localhost:5222"));
            }
            """);
        yield return Flag(Id, "switch expression default arm", """
            public static class Wiring
            {
                public static string Tracker(string? configured) => configured switch
                {
                    { Length: > 0 } value => value,
                    _ => "http://localhost:4318",
                };

                public static string Endpoint() => Tracker(Environment.GetEnvironmentVariable("OTLP_ENDPOINT"));
            }
            """);
        yield return Flag(Id, "coalesce assignment", """
            public sealed class ReportSettings
            {
                public string? RendererUrl { get; set; }

                public void Complete() => RendererUrl ??= "http://localhost:3000";
            }
            """);
        yield return Flag(Id, "options initializer in a program", """
            public sealed class StorageOptions
            {
                public string Endpoint { get; set; } = "http://localhost:10000/devstoreaccount1";
            }
            """);
        yield return Flag(Id, "UriBuilder default", """
            public static class Wiring
            {
                public static Uri Cache(IConfiguration configuration) =>
                    configuration["Cache:Url"] is { } url ? new Uri(url) : new UriBuilder { Scheme = "http", Host = "localhost", Port = 6379 }.Uri;
            }
            """);
        yield return Flag(Id, "named client registered with a fixed loopback base address", """
            public static class Registration
            {
                public static void Add(IServiceCollection services) =>
                    services.AddHttpClient("recommendations").ConfigureHttpClient(client => client.BaseAddress = new Uri("http://localhost:7150/"));
            }
            """);

        yield return Quiet(Id, "guarded by a development check", """
            public static class Wiring
            {
                public static string Upstream(IHostEnvironment environment, IConfiguration configuration) =>
                    environment.IsDevelopment() ? "http://localhost:5000" : configuration["Upstream:Url"]!;
            }
            """);
        yield return Quiet(Id, "the program's own listen address", """
            public static class Hosting
            {
                public static void Listen(WebApplication app) => app.Urls.Add("http://localhost:5000");
            }
            """);
        yield return Quiet(Id, "a non-loopback default", """
            public static class Wiring
            {
                public static string Api(IConfiguration configuration) => configuration["Api:Url"] ?? "https://api.example.com";
            }
            """);
        yield return Quiet(Id, "an OAuth redirect URI", """
            public static class Login
            {
                public static string RedirectUri(IConfiguration configuration) => configuration["Auth:RedirectUri"] ?? "http://localhost";
            }
            """);
        yield return Quiet(Id, "the service's own public base URL", """
            public static class Gateway
            {
                public static string PublicBaseUrl(IConfiguration configuration) => configuration.GetValue("BaseUrl", "http://localhost:5000")!;
            }
            """);
        yield return Quiet(Id, "a host only read to bind the service's own server", """
            public sealed class RpcServerConfig
            {
                public string Host { get; set; } = "localhost";
                public int Port { get; set; } = 50051;
            }

            public static class RpcHost
            {
                public static System.Net.Sockets.TcpListener Start(RpcServerConfig config)
                {
                    var host = config.Host;
                    var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Parse(host), config.Port);
                    listener.Start();
                    return listener;
                }
            }
            """);
        yield return Quiet(Id, "a setting named for a local test network", """
            public sealed class NodeSettings
            {
                public string MainNetRpcUrl { get; set; } = "https://rpc.example.org/";
                public string RegTestRpcUrl { get; set; } = "http://127.0.0.1:18443/";
            }
            """);
        yield return Quiet(Id, "a missing value that throws", """
            public static class Wiring
            {
                public static string Upstream(IConfiguration configuration) =>
                    configuration["Upstream:Url"] ?? throw new InvalidOperationException("Upstream:Url is not set");
            }
            """);
    }
}
