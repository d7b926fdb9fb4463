using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Concord.Analyzers.Tests.Verification;

/// <summary>Runs one analyzer over a source with markup (<c>{|CORD005:value|}</c>) and checks exactly the marked diagnostics appear.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    /// <summary>The expected diagnostic of one descriptor, for an analyzer that reports one id with more than one message.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(descriptor);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, editorConfig: null, expected);

    public static Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = Create(source, editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>As <see cref="VerifyAsync(string, string?, DiagnosticResult[])"/>, with the source compiled as a deployed program (an executable named Orders.Api).</summary>
    public static Task VerifyProgramAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = Create(source, editorConfig);
        AsProgram(test);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifyProgramAsync(string source, params DiagnosticResult[] expected) => VerifyProgramAsync(source, null, expected);

    /// <summary>Compiles the test's project as an executable (a web app or worker is one), with an entry point when the source has none.</summary>
    public static void AsProgram(AnalyzerTest<DefaultVerifier> test, string assemblyName = "Orders.Api")
    {
        if (!test.TestState.Sources.Any(s => s.content.ToString().Contains("Main(", StringComparison.Ordinal)))
        {
            test.TestState.Sources.Add(("/EntryPoint.cs", "internal static class EntryPoint { private static void Main() { } }"));
        }

        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            return solution
                .WithProjectAssemblyName(projectId, assemblyName)
                .WithProjectCompilationOptions(projectId, project.CompilationOptions!.WithOutputKind(Microsoft.CodeAnalysis.OutputKind.ConsoleApplication));
        });
    }

    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create(string source, string? editorConfig = null)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.Net10,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Extensions);

        // The testing library names the project "TestProject", which reads as a test-support library.
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, "Orders.Client"));
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        return test;
    }
}
