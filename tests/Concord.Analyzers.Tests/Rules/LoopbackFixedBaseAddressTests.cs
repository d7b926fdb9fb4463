using Concord.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD002 on a shape found on real code: a named or typed client registered with a loopback base address and no
/// setting at all. Not a fallback: every deployment calls its own machine. Reported in programs and libraries alike.
/// </summary>
public sealed class LoopbackFixedBaseAddressTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        """;

    private const string Message = "The base address of HTTP client '{0}'";

    [Fact]
    public Task A_registered_client_with_a_loopback_base_address_fires_naming_the_client()
    {
        var source = Usings + """
            public sealed class CatalogClient(HttpClient http) { public HttpClient Http { get; } = http; }

            public static class Registration
            {
                private const string {|#2:MetadataAddress|} = "http://127.0.0.1:59318/";

                public static void Add(IServiceCollection services)
                {
                    services.AddHttpClient("metadata")
                        .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler())
                        .ConfigureHttpClient(client =>
                        {
                            client.BaseAddress = {|#0:new Uri("http://localhost:59318/")|};
                            client.Timeout = TimeSpan.FromSeconds(2);
                        });
                    services.AddHttpClient<CatalogClient>(c => c.BaseAddress = {|#1:new Uri(MetadataAddress)|});
                }
            }
            """;
        return RunAsync(
            source,
            OutputKind.DynamicallyLinkedLibrary,
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.FixedAddressRule).WithLocation(0)
                .WithArguments(string.Format(Message, "metadata"), "http://localhost:59318/"),
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.FixedAddressRule).WithLocation(1).WithLocation(2)
                .WithArguments(string.Format(Message, "CatalogClient"), "http://127.0.0.1:59318/"));
    }

    [Fact]
    public Task A_configured_address_a_development_guard_or_a_client_that_is_not_registered_does_not_fire_as_fixed()
    {
        var source = Usings + """
            public static class Registration
            {
                public static void Add(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
                {
                    services.AddHttpClient("catalog", c => c.BaseAddress = new Uri(configuration["Catalog:Url"]!));
                    services.AddHttpClient("remote", c => c.BaseAddress = new Uri("https://api.example.com/"));
                    if (environment.IsDevelopment())
                    {
                        services.AddHttpClient("mock", c => c.BaseAddress = new Uri("http://localhost:7000/"));
                    }

                    // Clients named for the service itself or for a local environment mean their loopback address.
                    services.AddHttpClient("self", c => c.BaseAddress = new Uri("http://localhost:5000/"));
                    services.AddHttpClient("local-emulator", c => c.BaseAddress = new Uri("http://127.0.0.1:10000/"));

                    // A client made by hand for a local probe is not a registration of an upstream.
                    var probe = new HttpClient { BaseAddress = new Uri("http://localhost:5000/") };
                }
            }
            """;
        return RunAsync(source, OutputKind.ConsoleApplication);
    }

    [Fact]
    public Task A_fallback_inside_a_registration_keeps_its_fallback_message()
    {
        var source = Usings + """
            public static class Registration
            {
                public static void Add(IServiceCollection services, IConfiguration configuration) =>
                    services.AddHttpClient("catalog", c => c.BaseAddress = new Uri(configuration["Catalog:Url"] ?? {|#0:"http://localhost:5222"|}));
            }
            """;
        return RunAsync(source, OutputKind.ConsoleApplication, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL from configuration key 'Catalog:Url'", "http://localhost:5222"));
    }

    private static Task RunAsync(string source, OutputKind kind, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = Verify.Create(source);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(HttpClientFactoryServiceCollectionExtensions).Assembly.Location));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(IServiceCollection).Assembly.Location));
        if (kind == OutputKind.ConsoleApplication)
        {
            Verify.AsProgram(test);
        }
        else
        {
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, "Orders.Core"));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
