using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Concord.Analyzers.Tests.Verification;

/// <summary>Applies a code fix to the marked diagnostics and checks the fixed source, one by one and with Fix All.</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyAsync(string source, string fixedSource, int? iterations = null) =>
        VerifyAsync(source, fixedSource, iterations, asProgram: false);

    /// <summary>As <see cref="VerifyAsync(string, string, int?)"/>, with the source compiled as a deployed program.</summary>
    public static Task VerifyProgramAsync(string source, string fixedSource, int? iterations = null) =>
        VerifyAsync(source, fixedSource, iterations, asProgram: true);

    private static Task VerifyAsync(string source, string fixedSource, int? iterations, bool asProgram)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestReferences.Net10,

            // CORD002 reports one id with two messages (a fallback, a fixed address); markup names the first.
            MarkupOptions = MarkupOptions.UseFirstDescriptor,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Extensions);
        test.FixedState.AdditionalReferences.AddRange(TestReferences.Extensions);
        if (asProgram)
        {
            const string entryPoint = "internal static class EntryPoint { private static void Main() { } }";
            test.TestState.Sources.Add(("/EntryPoint.cs", entryPoint));
            test.FixedState.Sources.Add(("/EntryPoint.cs", entryPoint));
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, "Orders.Api").WithProjectCompilationOptions(
                projectId, solution.GetProject(projectId)!.CompilationOptions!.WithOutputKind(Microsoft.CodeAnalysis.OutputKind.ConsoleApplication)));
        }

        if (iterations is { } count)
        {
            test.NumberOfIncrementalIterations = count;
            test.NumberOfFixAllIterations = 1;
        }

        return test.RunAsync();
    }
}
