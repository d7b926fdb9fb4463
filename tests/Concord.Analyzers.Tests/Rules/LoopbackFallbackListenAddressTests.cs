using Concord.Analyzers.Rules;
using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD002 near miss found on real code: an options default that a program reads to bind its own server (a gRPC port,
/// a TCP listener, HttpListener prefixes, Kestrel, app.Run) is where the service listens, not an upstream.
/// </summary>
public sealed class LoopbackFallbackListenAddressTests
{
    private const string Usings = """
        using System;
        using System.Net;
        using System.Net.Http;
        using System.Net.Sockets;
        using System.Threading.Tasks;

        """;

    // The shapes of a gRPC server's API (a server with a Ports collection of host/port entries), written here.
    private const string GrpcShapes = """

        public sealed class ServerCredentials { public static ServerCredentials Insecure { get; } = new(); }
        public sealed class ServerPort { public ServerPort(string host, int port, ServerCredentials credentials) { } }
        public sealed class Server
        {
            public System.Collections.Generic.List<ServerPort> Ports { get; } = new();
            public void Start() { }
        }
        """;

    [Fact]
    public Task A_host_read_only_to_bind_a_grpc_server_does_not_fire()
    {
        var source = Usings + """
            public sealed class ApiConfig
            {
                public bool Enabled { get; set; }
                public string Host { get; set; } = "localhost";
                public int Port { get; set; } = 43120;
            }

            public sealed class ApiHost
            {
                private Server? _server;

                public void Start(ApiConfig config, Action<string, object[]> log)
                {
                    if (!config.Enabled) return;
                    var host = config.Host;
                    var port = config.Port + 1;
                    _server = new() { Ports = { new(host, port, ServerCredentials.Insecure) } };
                    _server.Start();
                    Console.WriteLine($"listening on {host}:{port}");
                }
            }
            """ + GrpcShapes;
        return Verify.VerifyProgramAsync(source);
    }

    [Fact]
    public Task Hosts_read_only_by_a_tcp_listener_an_http_listener_or_kestrel_do_not_fire()
    {
        var source = Usings + """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;

            public sealed class TcpSettings { public string Address { get; set; } = "127.0.0.1"; public int Port { get; set; } = 9000; }
            public sealed class PrefixSettings { public string Prefix { get; set; } = "http://localhost:8080/"; }
            public sealed class WebSettings { public string Urls { get; set; } = "http://0.0.0.0:5000"; public string Host { get; set; } = "localhost"; }

            public static class Servers
            {
                public static TcpListener Tcp(TcpSettings settings) => new TcpListener(IPAddress.Parse(settings.Address), settings.Port);

                public static HttpListener Http(PrefixSettings settings)
                {
                    var listener = new HttpListener();
                    listener.Prefixes.Add(settings.Prefix);
                    return listener;
                }

                public static void Web(WebApplicationBuilder builder, WebSettings settings)
                {
                    builder.WebHost.UseUrls(settings.Urls);
                    builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Parse(settings.Host), 5001));
                }
            }
            """;
        var test = Verify.Create(source);
        foreach (var assembly in new[]
        {
            typeof(Microsoft.AspNetCore.Hosting.WebHostBuilderKestrelExtensions).Assembly,
            typeof(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions).Assembly,
            typeof(Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions).Assembly,
            typeof(Microsoft.AspNetCore.Hosting.WebHostBuilderExtensions).Assembly,
        }.Distinct())
        {
            test.TestState.AdditionalReferences.Add(Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(assembly.Location));
        }

        Verify.AsProgram(test);
        return test.RunAsync();
    }

    // Found on real code (blockchain node servers): a server's Host option read by app.Run($"http://{Host}:{Port}"), by
    // a log line and a status page, and given to a peer transport as its ListenAddress. A Run of another type binds nothing.
    [Fact]
    public Task A_host_read_by_web_application_run_or_given_as_a_listen_address_does_not_fire_and_another_run_does()
    {
        var source = Usings + """
            using Microsoft.AspNetCore.Builder;

            public sealed class NodeConfig { public string Host { get; set; } = "127.0.0.1"; public int Port { get; set; } = 8545; }
            public sealed class PeerConfig { public string Host { get; set; } = "localhost"; public int PeerPort { get; set; } = 30303; }
            public sealed class JobConfig { public string Host { get; set; } = {|#0:"localhost"|}; }

            public sealed class TransportOptions { public string ListenAddress { get; set; } = ""; public int ListenPort { get; set; } }
            public sealed class JobRunner { public void Run(string url) { } }

            public static class Node
            {
                public static async Task Serve(WebApplication app, NodeConfig config)
                {
                    Console.WriteLine($"listening on {config.Host}");
                    await app.RunAsync($"http://{config.Host}:{config.Port}");
                }

                public static void Start(WebApplication app, NodeConfig config) => app.Run($"http://{config.Host}:{config.Port}");

                public static object Status(NodeConfig config) => new { RpcUrl = $"http://{config.Host}:{config.Port}" };

                public static TransportOptions Peers(PeerConfig config) => new() { ListenAddress = config.Host, ListenPort = config.PeerPort };

                public static void Jobs(JobRunner runner, JobConfig config) => runner.Run($"http://{config.Host}/jobs");
            }
            """;
        var test = Verify.Create(source);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0).WithArguments("Service URL 'JobConfig.Host'", "localhost"));
        test.TestState.AdditionalReferences.Add(Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(typeof(Microsoft.AspNetCore.Builder.WebApplication).Assembly.Location));
        Verify.AsProgram(test);
        return test.RunAsync();
    }

    // A program that binds its server to the setting is where that setting points when it runs: its own calls to that
    // address (here a health ping to itself) reach it. A setting no read binds is an upstream's, and fires.
    [Fact]
    public Task A_host_a_program_also_calls_itself_on_is_quiet_and_one_never_read_for_a_listen_fires()
    {
        var source = Usings + """
            public sealed class CoordinatorConfig
            {
                public string Host { get; set; } = "localhost";
                public int Port { get; set; } = 3442;
            }

            public sealed class LoggedOnlyConfig
            {
                public string Host { get; set; } = {|#0:"localhost"|};
            }

            public sealed class UpstreamConfig
            {
                public string Host { get; set; } = {|#1:"localhost"|};
            }

            public sealed class Coordinator
            {
                private Server? _server;

                public void Serve(CoordinatorConfig config) => _server = new() { Ports = { new(config.Host, config.Port, ServerCredentials.Insecure) } };

                public Task<string> Ping(HttpClient http, CoordinatorConfig config) => http.GetStringAsync(new Uri($"http://{config.Host}:{config.Port}/ping"));

                public void Log(LoggedOnlyConfig config) => Console.WriteLine(config.Host);

                public Task<string> Fetch(HttpClient http, UpstreamConfig config) => http.GetStringAsync($"http://{config.Host}/jobs");
            }
            """ + GrpcShapes;
        return Verify.VerifyProgramAsync(
            source,
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0).WithArguments("Service URL 'LoggedOnlyConfig.Host'", "localhost"),
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(1).WithArguments("Service URL 'UpstreamConfig.Host'", "localhost"));
    }
}
