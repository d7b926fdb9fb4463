using Microsoft.CodeAnalysis.Testing;
using Concord.Analyzers.Rules;
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
        return Verify.VerifyProgramAsync(source, Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL 'Node'", "http://0.0.0.0:8332"));
    }

    [Fact]
    public Task A_dotted_fallback_in_a_version_call_whose_argument_does_not_bind_is_quiet()
    {
        // A package type the build cannot see leaves the call without a target; its candidates are still Version's.
        var source = """
            using System;

            class Wallets
            {
                bool Old(string cryptoCode) =>
                    Version.TryParse({|#1:dashboard|}.Get(cryptoCode)?.Status?.Version ?? "0.0.0.0", out var v) && v < new Version(2, 2, 4);

                Version Parsed() => new Version({|#2:status|}?.Version ?? "0.0.0.0");

                Uri Node() => new Uri({|#3:node|}?.Address ?? {|#0:"http://0.0.0.0:8332"|});
            }
            """;
        return Verify.VerifyProgramAsync(
            source,
            DiagnosticResult.CompilerError("CS0103").WithLocation(1).WithArguments("dashboard"),
            DiagnosticResult.CompilerError("CS0103").WithLocation(2).WithArguments("status"),
            DiagnosticResult.CompilerError("CS0103").WithLocation(3).WithArguments("node"),
            Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0).WithArguments("This service URL", "http://0.0.0.0:8332"));
    }
}
