using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.HardCodedLiveCredentialAnalyzer>;

namespace Concord.Analyzers.Tests.Configuration;

/// <summary>
/// Which projects the rules take for test projects (and skip by default). A game or tool library may reference a test
/// framework to ship its own test helpers; when the build says what the project is, the build is believed.
/// </summary>
public sealed class TestProjectRecognitionTests
{
    // Assembled at run time so this file never holds a whole key-shaped literal.
    private static readonly string LiveKey = "hk" + "_live_" + "Q7f3Kp9ZtR2mW8xL5vB1nC4d";

    private static readonly string Source = $$"""
        class ClientSettings
        {
            const string ApiKey = {|#0:"{{LiveKey}}"|};
        }
        """;

    // A stand-in for the NUnit framework assembly: only its name matters to the guess.
    private static readonly Lazy<MetadataReference> NUnitFramework = new(() =>
    {
        var compilation = CSharpCompilation.Create(
            "nunit.framework",
            new[] { CSharpSyntaxTree.ParseText("namespace NUnit.Framework { public sealed class TestAttribute : System.Attribute { } }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("; ", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    });

    private static DiagnosticResult Fired() =>
        Verify.Diagnostic("CORD004").WithLocation(0).WithArguments("live API key", Concord.Analyzers.Credentials.SecretLikeness.Redact(LiveKey));

    [Fact]
    public Task A_library_that_references_a_test_framework_is_judged_when_the_build_leaves_IsTestProject_empty()
    {
        // What a packable library with an NUnit reference and no test SDK hands the analyzers: the key, with no value.
        var test = Verify.Create(Source);
        test.TestState.AdditionalReferences.Add(NUnitFramework.Value);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = \n"));
        test.ExpectedDiagnostics.Add(Fired());
        return test.RunAsync();
    }

    [Fact]
    public Task A_library_that_references_a_test_framework_is_judged_when_the_build_says_false()
    {
        var test = Verify.Create(Source);
        test.TestState.AdditionalReferences.Add(NUnitFramework.Value);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = false\n"));
        test.ExpectedDiagnostics.Add(Fired());
        return test.RunAsync();
    }

    [Fact]
    public Task A_project_the_build_calls_a_test_project_is_skipped()
    {
        var test = Verify.Create(Source.Replace("{|#0:", string.Empty).Replace("|};", ";"));
        test.TestState.AdditionalReferences.Add(NUnitFramework.Value);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Without_the_build_property_a_test_framework_reference_still_marks_a_test_project()
    {
        // A hand-made compilation (no package props): the framework reference is the only clue there is.
        var test = Verify.Create(Source.Replace("{|#0:", string.Empty).Replace("|};", ";"));
        test.TestState.AdditionalReferences.Add(NUnitFramework.Value);
        return test.RunAsync();
    }

    [Fact]
    public Task Without_the_build_property_or_a_test_framework_the_project_is_judged()
    {
        var test = Verify.Create(Source);
        test.ExpectedDiagnostics.Add(Fired());
        return test.RunAsync();
    }
}
