using Concord.Analyzers.Rules;
using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD002 near miss found on real code: a setting whose own name says it is for a local environment (a regtest
/// network, a local or development server), or a branch for a local test network, is meant to be loopback.
/// Only whole words count: <c>TestUrl</c>, <c>LocalizationUrl</c>, <c>DeviceUrl</c> and <c>DevOpsUrl</c> still fire.
/// </summary>
public sealed class LoopbackFallbackLocalEnvironmentTests
{
    private const string Usings = """
        using System;
        using Microsoft.Extensions.Configuration;

        """;

    [Fact]
    public Task Settings_named_for_a_local_environment_do_not_fire()
    {
        var source = Usings + """
            public sealed class WalletConfig
            {
                public string MainNetBackendUri { get; init; } = "https://api.example.org/";
                public string RegTestBackendUri { get; init; } = "http://localhost:37127/";
                public string RegtestCoordinatorUri { get; init; } = "http://localhost:37127/";
                public string LocalApiUrl { get; set; } = "http://localhost:5000";
                public string DevServerUrl { get; set; } = "http://localhost:3000";
                public string DebugProxyAddress { get; set; } = "127.0.0.1:8888";
            }

            public static class Wiring
            {
                public static string Simnet(IConfiguration configuration) => configuration["Node:SimNetRpcUrl"] ?? "http://127.0.0.1:18556";
                public static string Emulator(IConfiguration configuration)
                {
                    var storageEmulatorUrl = configuration["Storage:Url"] ?? "http://127.0.0.1:10000";
                    return storageEmulatorUrl;
                }
            }
            """;
        return Verify.VerifyProgramAsync(source);
    }

    [Fact]
    public Task A_branch_for_a_local_test_network_does_not_fire_and_other_networks_do()
    {
        var source = Usings + """
            public enum Network { Main, TestNet, RegTest }

            public static class Backend
            {
                public static string RegTest(Network network, string? configured) =>
                    network == Network.RegTest ? configured ?? "http://localhost:37127/" : "https://api.example.org/";

                public static string TestNet(Network network, string? configured) =>
                    network == Network.TestNet ? configured ?? {|#0:"http://localhost:37128/"|} : "https://api.example.org/";
            }
            """;
        return Verify.VerifyProgramAsync(source, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL 'configured'", "http://localhost:37128/"));
    }

    [Fact]
    public Task Names_that_only_contain_a_local_word_inside_another_word_or_say_test_still_fire()
    {
        var source = Usings + """
            public sealed class UpstreamConfig
            {
                public string TestUrl { get; set; } = {|#0:"http://localhost:5000"|};
                public string TestNetBackendUri { get; set; } = {|#1:"http://localhost:18332"|};
                public string LocalizationUrl { get; set; } = {|#2:"http://localhost:5100"|};
                public string DeviceUrl { get; set; } = {|#3:"http://localhost:5200"|};
                public string DevOpsUrl { get; set; } = {|#4:"http://localhost:5300"|};
            }
            """;
        return Verify.VerifyProgramAsync(
            source,
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0).WithArguments("Service URL 'UpstreamConfig.TestUrl'", "http://localhost:5000"),
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(1).WithArguments("Service URL 'UpstreamConfig.TestNetBackendUri'", "http://localhost:18332"),
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(2).WithArguments("Service URL 'UpstreamConfig.LocalizationUrl'", "http://localhost:5100"),
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(3).WithArguments("Service URL 'UpstreamConfig.DeviceUrl'", "http://localhost:5200"),
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(4).WithArguments("Service URL 'UpstreamConfig.DevOpsUrl'", "http://localhost:5300"));
    }
}
