using Concord.Analyzers.Rules;
using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

public sealed class LoopbackFallbackUrlTests
{
    private const string Usings = """
        using System;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Hosting;

        """;

    [Fact]
    public Task Environment_variable_coalesced_to_localhost_fires_naming_the_variable()
    {
        var source = Usings + """
            class MlflowProxy
            {
                readonly string _url = Environment.GetEnvironmentVariable("MLFLOW_SERVER_URL") ?? {|#0:"http://localhost:5000"|};
            }
            """;
        return Verify.VerifyProgramAsync(source, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL from environment variable 'MLFLOW_SERVER_URL'", "http://localhost:5000"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://127.12.0.9")]
    [InlineData("https://[::1]:5001/api")]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("localhost:6379")]
    [InlineData("grpc.localhost")]
    public Task Every_loopback_form_fires(string address)
    {
        var source = Usings + $$"""
            class Client
            {
                string Url(IConfiguration configuration) => configuration["Upstream:Url"] ?? {|#0:"{{address}}"|};
            }
            """;
        return Verify.VerifyProgramAsync(source, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL from configuration key 'Upstream:Url'", address));
    }

    [Fact]
    public Task Coalesce_assignment_fires()
    {
        var source = Usings + """
            class Client
            {
                string? _baseUrl;
                void Configure() => _baseUrl ??= {|#0:"http://localhost:8000"|};
            }
            """;
        return Verify.VerifyProgramAsync(source, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL '_baseUrl'", "http://localhost:8000"));
    }

    [Theory]
    [InlineData("string.IsNullOrEmpty(url) ? {|#0:\"http://localhost:5000\"|} : url")]
    [InlineData("string.IsNullOrWhiteSpace(url) ? {|#0:\"http://localhost:5000\"|} : url")]
    [InlineData("url == null ? {|#0:\"http://localhost:5000\"|} : url")]
    [InlineData("url is null ? {|#0:\"http://localhost:5000\"|} : url")]
    [InlineData("url != null ? url : {|#0:\"http://localhost:5000\"|}")]
    [InlineData("!string.IsNullOrEmpty(url) ? url : {|#0:\"http://localhost:5000\"|}")]
    [InlineData("url is not null ? url : {|#0:\"http://localhost:5000\"|}")]
    public Task Ternaries_over_a_missing_value_fire(string expression)
    {
        var source = Usings + $$"""
            class Client
            {
                string Url(IConfiguration configuration)
                {
                    var url = configuration["MLFLOW_SERVER_URL"];
                    return {{expression}};
                }
            }
            """;
        return Verify.VerifyProgramAsync(source, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL from configuration key 'MLFLOW_SERVER_URL'", "http://localhost:5000"));
    }

    [Fact]
    public Task If_statement_assigning_a_fallback_fires()
    {
        var source = Usings + """
            class Client
            {
                string Url()
                {
                    var url = Environment.GetEnvironmentVariable("AUTH_SERVICE_URL");
                    if (string.IsNullOrEmpty(url))
                    {
                        url = {|#0:"http://localhost:8001"|};
                    }

                    return url;
                }
            }
            """;
        return Verify.VerifyProgramAsync(source, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL from environment variable 'AUTH_SERVICE_URL'", "http://localhost:8001"));
    }

    [Fact]
    public Task If_statement_assigning_the_fallback_in_its_else_branch_fires()
    {
        // The value is present in the first branch, which does more than assign; the else branch is the fallback.
        var source = Usings + """
            class Client
            {
                string Url()
                {
                    var url = Environment.GetEnvironmentVariable("AUTH_SERVICE_URL");
                    if (url is not null)
                    {
                        Console.WriteLine(url);
                        url = url.TrimEnd('/');
                    }
                    else
                    {
                        url = {|#0:"http://localhost:8001"|};
                    }

                    return url;
                }
            }
            """;
        return Verify.VerifyProgramAsync(source, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL from environment variable 'AUTH_SERVICE_URL'", "http://localhost:8001"));
    }

    [Fact]
    public Task GetValue_with_a_loopback_default_fires()
    {
        var source = Usings + """
            class Client
            {
                string Url(IConfiguration configuration) => configuration.GetValue<string>("Mlflow:Url", {|#0:"http://localhost:5000"|})!;
            }
            """;
        return Verify.VerifyProgramAsync(source, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL from configuration key 'Mlflow:Url'", "http://localhost:5000"));
    }

    [Fact]
    public Task Options_class_initializer_fires()
    {
        var source = Usings + """
            public sealed class MlflowOptions
            {
                public string ServerUrl { get; set; } = {|#0:"http://localhost:5000"|};
                public string Name { get; set; } = "mlflow";
            }
            """;
        return Verify.VerifyProgramAsync(source, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL 'MlflowOptions.ServerUrl'", "http://localhost:5000"));
    }

    [Fact]
    public Task Default_parameter_value_fires()
    {
        var source = Usings + """
            public sealed class AuthClient
            {
                public AuthClient(string baseUrl = {|#0:"http://localhost:8001"|}) { }
            }
            """;
        return Verify.VerifyProgramAsync(source, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL 'baseUrl'", "http://localhost:8001"));
    }

    [Fact]
    public Task Switch_expression_fallback_arm_fires()
    {
        var source = Usings + """
            class Routes
            {
                string For(string name, IConfiguration configuration) => name switch
                {
                    "orders" => configuration["Orders:Url"]!,
                    _ => {|#0:"http://localhost:7000"|},
                };
            }
            """;
        return Verify.VerifyProgramAsync(source, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("This service URL", "http://localhost:7000"));
    }

    [Fact]
    public Task A_constant_is_reported_at_the_use_with_the_constant_as_additional_location()
    {
        var source = Usings + """
            class Client
            {
                const string {|#1:DefaultUrl|} = "http://localhost:5000";
                string Url(IConfiguration configuration) => configuration["Url"] ?? {|#0:DefaultUrl|};
            }
            """;
        return Verify.VerifyProgramAsync(source, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0).WithLocation(1)
            .WithArguments("Service URL from configuration key 'Url'", "http://localhost:5000"));
    }

    [Fact]
    public Task New_Uri_over_localhost_fires()
    {
        var source = Usings + """
            class Client
            {
                Uri Url(IConfiguration configuration) => configuration.GetValue<Uri>("Auth:Url") ?? {|#0:new Uri("http://localhost:8001")|};
            }
            """;
        return Verify.VerifyProgramAsync(source, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL from configuration key 'Auth:Url'", "http://localhost:8001"));
    }

    [Fact]
    public Task Development_guards_do_not_fire()
    {
        var source = Usings + """
            class Startup
            {
                string Url(IHostEnvironment env, IConfiguration configuration)
                {
                    if (env.IsDevelopment())
                    {
                        return configuration["Url"] ?? "http://localhost:5000";
                    }

                    var other = env.IsEnvironment("Local") ? configuration["Url"] ?? "http://localhost:5000" : configuration["Url"]!;
                    return env.EnvironmentName == "Development" ? "http://localhost:5000" : other;
                }
            }
            """;
        return Verify.VerifyProgramAsync(source);
    }

    [Fact]
    public Task Non_loopback_defaults_and_non_fallbacks_do_not_fire()
    {
        var source = Usings + """
            public sealed class UpstreamOptions
            {
                public string Url { get; set; } = "https://mlflow.internal.example:5000";
                public string Host { get; init; } = "mlflow";
                public const string Local = "http://localhost:5000";
                public string Label { get; } = "http://localhost:5000";
            }

            class Client
            {
                string A(IConfiguration c) => c["Url"] ?? "https://api.example.com";
                string B(IConfiguration c) => c["Url"] ?? throw new InvalidOperationException("Url is not configured");
                string C(string? url) => url ?? "";
                string D(IConfiguration c) => string.IsNullOrEmpty(c["Url"]) ? "http://localhostess.example" : c["Url"]!;
                string E(int version) => version == 1 ? "http://localhost:5000" : "http://localhost:5001";
                int F(string? digits) => digits?.Length ?? 127;
                void G(string url = "https://auth.example") { }
            }
            """;
        return Verify.VerifyProgramAsync(source);
    }

    [Fact]
    public Task A_process_binding_or_probing_itself_does_not_fire()
    {
        var source = Usings + """
            using Microsoft.AspNetCore.Builder;

            class Program
            {
                static void Main(string[] args)
                {
                    var app = WebApplication.Create(args);
                    app.Urls.Add(Environment.GetEnvironmentVariable("PUBLIC_URL") ?? "http://0.0.0.0:8080");
                    var urls = Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? "http://localhost:5000";
                    var otlp = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") ?? "http://localhost:4317";
                    var selfUrl = app.Configuration["SelfUrl"] ?? "http://localhost:8080";
                    var kestrel = app.Configuration["Kestrel:Endpoints:Http:Url"] ?? "http://localhost:5000";
                    app.Run(app.Configuration["Listen"] ?? "http://localhost:5000");
                }
            }
            """;
        return Verify.VerifyProgramAsync(source);
    }

    [Fact]
    public Task Allowed_keys_option_silences_named_keys()
    {
        var source = Usings + """
            class Client
            {
                string Url(IConfiguration configuration) => configuration["Sidecar:Url"] ?? "http://localhost:3500";
                string Other(IConfiguration configuration) => configuration["Dapr:HttpEndpoint"] ?? "http://localhost:3500";
            }
            """;
        return Verify.VerifyProgramAsync(source, "concord.CORD002.allowed_keys = Sidecar:Url, Dapr:*");
    }

    [Fact]
    public Task Test_projects_do_not_fire()
    {
        var test = Verification.AnalyzerVerifier<Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer>.Create(Usings + """
            class ClientTests
            {
                string Url(IConfiguration configuration) => configuration["Url"] ?? "http://localhost:5000";
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        return test.RunAsync();
    }
    [Fact]
    public Task A_class_librarys_documented_defaults_do_not_fire_but_its_reading_of_the_apps_configuration_does()
    {
        var source = Usings + """
            public sealed class OllamaOptions
            {
                public string Endpoint { get; set; } = "http://localhost:11434";
            }

            public sealed class SidecarClient
            {
                public SidecarClient(string endpoint = "http://localhost:3500") { }
                static string Agent() => Environment.GetEnvironmentVariable("AGENT_ADDRESS") ?? "http://127.0.0.1:8500";
                static string Host(Discovery? discovery) => discovery?.Provider?.Host ?? "localhost";
                static string Orders(IConfiguration configuration) => configuration["Orders:Url"] ?? {|#0:"http://localhost:5001"|};
            }

            public sealed class Discovery { public Provider? Provider { get; set; } }
            public sealed class Provider { public string? Host { get; set; } }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL from configuration key 'Orders:Url'", "http://localhost:5001"));
    }

    [Fact]
    public Task The_message_names_the_member_read_through_conditional_access_not_its_receiver()
    {
        var source = Usings + """
            public sealed class Discovery { public Provider? Provider { get; set; } }
            public sealed class Provider { public string? Host { get; set; } }

            class Gateway
            {
                static string Host(Discovery? globalConfiguration) => globalConfiguration?.Provider?.Host ?? {|#0:"localhost"|};
                static string Trimmed(string? upstream) => upstream?.Trim() ?? {|#1:"http://localhost:9000"|};
            }
            """;
        return Verify.VerifyProgramAsync(source,
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0).WithArguments("Service URL 'Host'", "localhost"),
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(1).WithArguments("Service URL 'upstream'", "http://localhost:9000"));
    }

    [Fact]
    public Task The_services_own_public_address_and_OAuth_redirect_uris_do_not_fire()
    {
        var source = Usings + """
            public sealed class AuthOptions
            {
                public string RedirectUri { get; set; } = "http://localhost";
                public string CallbackUrl { get; set; } = "http://localhost:5000/signin-oidc";
            }

            class Gateway
            {
                static string Base(IConfiguration configuration) => configuration.GetValue("BaseUrl", "http://localhost:5000")!;
                static string Public(IConfiguration configuration) => configuration["Gateway:PublicUrl"] ?? "http://localhost:8080";
                static Uri Redirect(IConfiguration configuration) => new Uri(configuration["Msal:Reply"] ?? "http://localhost");
                static object Client(IConfiguration configuration)
                {
                    var redirectUri = configuration["Msal:Url"] ?? "http://localhost";
                    return redirectUri;
                }
                static string Cors(IConfiguration configuration, string? origin) => origin ?? "http://localhost:4200";
            }
            """;
        return Verify.VerifyProgramAsync(source);
    }

    [Theory]
    [InlineData("Orders.Testing")]
    [InlineData("Acme.TestSupport")]
    [InlineData("Orders.Templates")]
    [InlineData("Acme.Api.Generators")]
    public Task Test_support_libraries_and_code_generators_do_not_fire(string assemblyName)
    {
        var test = Verification.AnalyzerVerifier<Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer>.Create(Usings + """
            public sealed class ContainerFixture
            {
                public string Url(IConfiguration configuration) => configuration["Orders:Url"] ?? "http://localhost:5001";
            }
            """);
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, assemblyName));
        return test.RunAsync();
    }

    // Found on real code (Aspire's samples): an app host falling back to the dashboard's local OTLP endpoint. An app host
    // runs on its developer's machine; the same fallback in a service fires.
    [Theory]
    [InlineData("Aspire.Hosting", false)]
    [InlineData("Aspire.Hosting.Azure", false)]
    [InlineData("Aspire.Hostingly", true)]
    public Task An_aspire_app_host_does_not_fire_where_another_program_does(string reference, bool fires)
    {
        var test = Verification.AnalyzerVerifier<Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer>.Create(Usings + """
            internal static class Program
            {
                private static void Main() { }

                static string Dashboard(IConfiguration configuration) => configuration["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] ?? {|#0:"http://localhost:18889"|};
            }
            """);
        test.TestState.AdditionalReferences.Add(Verification.TestReferences.AssemblyNamed(reference));
        Verification.AnalyzerVerifier<Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer>.AsProgram(test);
        if (fires)
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
                .WithArguments("Service URL from configuration key 'ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL'", "http://localhost:18889"));
        }

        return test.RunAsync();
    }

    [Theory]
    [InlineData("/repo/templates/Acme.Dapp.Template/WebApp", false)]
    [InlineData("/repo/src/Templates/content/Worker", false)]
    [InlineData("/repo/src/Orders.Api", true)]
    [InlineData("/home/templates/repo/src/Orders.Api", true)]
    public Task A_project_templates_content_does_not_fire_where_a_service_or_a_checkout_under_templates_does(string projectFolder, bool fires) =>
        ProgramInFolderAsync(projectFolder, "Web3:RpcUrl", "http://localhost:8545", fires);

    [Theory]
    [InlineData("Acme.Samples.OpenTelemetry.Mongo", false)]
    [InlineData("Acme.Sample", false)]
    [InlineData("Acme.Resample.Api", true)]
    public Task A_program_named_for_a_sample_does_not_fire_where_one_named_otherwise_does(string assemblyName, bool fires)
    {
        var test = Verification.AnalyzerVerifier<Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer>.Create(Usings + """
            internal static class Program
            {
                private static void Main() { }

                static string Store() => Environment.GetEnvironmentVariable("MONGODB_URI") ?? {|#0:"mongodb://localhost:27017"|};
            }
            """);
        Verification.AnalyzerVerifier<Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer>.AsProgram(test);
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, assemblyName));
        if (fires)
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
                .WithArguments("Service URL from environment variable 'MONGODB_URI'", "mongodb://localhost:27017"));
        }

        return test.RunAsync();
    }

    [Theory]
    [InlineData("/repo/samples/Demos/Router", false)]
    [InlineData("/repo/samples/Demos/Agents/AgentClient", false)]
    [InlineData("/repo/samples/Shop/Orders.Api", true)]
    [InlineData("/home/demo/repo/src/Orders.Api", true)]
    public Task A_demonstration_program_does_not_fire_where_a_service_under_samples_or_a_checkout_under_demo_does(string projectFolder, bool fires) =>
        ProgramInFolderAsync(projectFolder, "Ollama:Endpoint", "http://localhost:11434", fires);

    // A program in projectFolder (with a generated file under obj/, which does not count as a folder of the project)
    // falling back from configuration key to a loopback address.
    private static Task ProgramInFolderAsync(string projectFolder, string key, string fallback, bool fires)
    {
        var test = Verification.AnalyzerVerifier<Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer>.Create(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(($"{projectFolder}/Program.cs", Usings + $$"""
            internal static class Program
            {
                private static void Main() { }

                static string Upstream(IConfiguration configuration) => configuration["{{key}}"] ?? {|#0:"{{fallback}}"|};
            }
            """));
        test.TestState.Sources.Add(($"{projectFolder}/obj/Debug/Program.GlobalUsings.g.cs", "global using System;"));
        Verification.AnalyzerVerifier<Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer>.AsProgram(test);
        if (fires)
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0).WithArguments($"Service URL from configuration key '{key}'", fallback));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task UriBuilder_static_readonly_and_static_factory_defaults_fire()
    {
        var source = Usings + """
            public sealed class UpstreamOptions
            {
                public string? BaseUrl { get; set; }
                public static UpstreamOptions Local => new() { BaseUrl = "http://localhost:5000" };
                public static UpstreamOptions CreateDefault() { return new UpstreamOptions { BaseUrl = "http://127.0.0.1:5000" }; }
            }

            class Client
            {
                static readonly string {|#3:DefaultUrl|} = "http://localhost:7000";
                static Uri {|#5:DefaultUri|} { get; } = new Uri("http://localhost:7001");

                Uri A(IConfiguration c) => c.GetValue<Uri>("Orders:Url") ?? {|#0:new UriBuilder { Host = "localhost", Port = 5000 }.Uri|};
                Uri B(IConfiguration c) => c.GetValue<Uri>("Orders:Url") ?? {|#1:new UriBuilder("http", "127.0.0.1", 5000).Uri|};
                string C(IConfiguration c) => c["Orders:Url"] ?? {|#2:DefaultUrl|};
                Uri D(IConfiguration c) => c.GetValue<Uri>("Orders:Url") ?? {|#4:DefaultUri|};
                UpstreamOptions E(IConfiguration c) => c.GetSection("Upstream").Get<UpstreamOptions>() ?? {|#6:UpstreamOptions.Local|};
                UpstreamOptions F(IConfiguration c) => c.GetSection("Upstream").Get<UpstreamOptions>() ?? {|#7:UpstreamOptions.CreateDefault()|};
                UpstreamOptions G(IConfiguration c) => c.GetSection("Upstream").Get<UpstreamOptions>() ?? {|#8:new UpstreamOptions { BaseUrl = "http://localhost:5002" }|};
                Uri H(IConfiguration c) => c["Orders:Url"] is { } url ? new Uri(url) : {|#9:new Uri("http://localhost:5003")|};
            }
            """;
        return Verify.VerifyProgramAsync(source,
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0).WithArguments("Service URL from configuration key 'Orders:Url'", "localhost"),
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(1).WithArguments("Service URL from configuration key 'Orders:Url'", "127.0.0.1"),
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(2).WithLocation(3).WithArguments("Service URL from configuration key 'Orders:Url'", "http://localhost:7000"),
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(4).WithLocation(5).WithArguments("Service URL from configuration key 'Orders:Url'", "http://localhost:7001"),
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(6).WithArguments("This service URL", "http://localhost:5000").WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations),
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(7).WithArguments("This service URL", "http://127.0.0.1:5000").WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations),
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(8).WithArguments("This service URL", "http://localhost:5002"),
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(9).WithArguments("Service URL from configuration key 'Orders:Url'", "http://localhost:5003"));
    }
}
