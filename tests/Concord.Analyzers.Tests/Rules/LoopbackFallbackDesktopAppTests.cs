using Concord.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD002 in a desktop application (found on real code: a subtitle editor's translation view model pre-filling an
/// empty address with a local model server): judged as a library, so only a fallback for its configuration fires.
/// </summary>
public sealed class LoopbackFallbackDesktopAppTests
{
    private const string Source = """
        using Microsoft.Extensions.Configuration;

        public sealed class TranslateSettings
        {
            public string ModelServerUrl { get; set; } = "http://localhost:1234/v1/chat/completions";
        }

        public sealed class TranslateViewModel
        {
            public string Url { get; set; } = "";

            public void Prefill()
            {
                Url = string.IsNullOrEmpty(Url) ? "http://localhost:11434/api/chat" : Url;
            }
        }

        public sealed class BackendClient
        {
            public string BaseUrl(IConfiguration configuration) => configuration["Backend:Url"] ?? {|#0:"http://localhost:5000"|};
        }

        internal static class Program { private static void Main() { } }
        """;

    [Fact]
    public Task A_desktop_apps_own_defaults_are_quiet_and_its_configuration_fallback_fires()
    {
        var test = Verify.Create(Source);
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectCompilationOptions(
            projectId, solution.GetProject(projectId)!.CompilationOptions!.WithOutputKind(OutputKind.WindowsApplication)));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL from configuration key 'Backend:Url'", "http://localhost:5000"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_same_defaults_in_a_console_program_fire()
    {
        var test = Verify.Create(Source
            .Replace("""= "http://localhost:1234/v1/chat/completions";""", """= {|#1:"http://localhost:1234/v1/chat/completions"|};""")
            .Replace("""? "http://localhost:11434/api/chat" :""", """? {|#2:"http://localhost:11434/api/chat"|} :"""));
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectCompilationOptions(
            projectId, solution.GetProject(projectId)!.CompilationOptions!.WithOutputKind(OutputKind.ConsoleApplication)));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL from configuration key 'Backend:Url'", "http://localhost:5000"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(1)
            .WithArguments("Service URL 'TranslateSettings.ModelServerUrl'", "http://localhost:1234/v1/chat/completions"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(2)
            .WithArguments("Service URL 'Url'", "http://localhost:11434/api/chat"));
        return test.RunAsync();
    }
}
