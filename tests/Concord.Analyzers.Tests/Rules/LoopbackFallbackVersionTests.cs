using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>CORD002 near miss found on real code: "0.0.0.0" read as a version number is not an address.</summary>
public sealed class LoopbackFallbackVersionTests
{
    [Fact]
    public Task A_dotted_fallback_read_as_a_version_is_quiet_and_the_same_fallback_read_as_an_address_fires()
    {
        var source = """
            using System;

            class Status { public string? Version { get; set; } public string? Node { get; set; } }

            class Wallets
            {
                bool Old(Status? status) => Version.TryParse(status?.Version ?? "0.0.0.0", out var v) && v < new Version(2, 2, 4);

                Version Parsed(Status? status) => new Version(status?.Version ?? "0.0.0.0");

                Uri Node(Status? status) => new Uri(status?.Node ?? {|#0:"http://0.0.0.0:8332"|});
            }
            """;
        return Verify.VerifyProgramAsync(source, Verify.Diagnostic("CORD002").WithLocation(0)
            .WithArguments("Service URL 'Node'", "http://0.0.0.0:8332"));
    }
}
