using Concord.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD002 in a command-line tool (found on real code: a subtitle converter whose <c>--ollama-url</c> option defaults to
/// a model server on the user's own machine): the defaults of its options are quiet; a fallback for a setting read
/// from the environment or configuration still fires, since that is how a scheduled job of the tool is deployed.
/// </summary>
public sealed class LoopbackFallbackCommandLineToolTests
{
    private const string Source = """
        using System;
        using Microsoft.Extensions.Configuration;

        internal static class Program
        {
            private static void Main(string[] args)
            {
                var modelUrl = new System.CommandLine.Option<string>("--model-url");
                new OcrEngine(args.Length > 0 ? args[0] : null).Run();
            }
        }

        public sealed class ConvertSettings
        {
            public string TranslateUrl { get; set; } = "http://localhost:1234/v1/chat/completions";
        }

        public sealed class OcrEngine
        {
            private readonly string _url;

            public OcrEngine(string? url)
            {
                _url = string.IsNullOrWhiteSpace(url) ? "http://localhost:11434/api/chat" : url;
            }

            public void Run() { }
        }

        public sealed class UploadJob
        {
            public string Target(IConfiguration configuration) => configuration["Upload:Url"] ?? {|#0:"http://localhost:5000"|};

            public string Queue() => Environment.GetEnvironmentVariable("QUEUE_URL") ?? {|#1:"http://127.0.0.1:8080"|};
        }
        """;

    [Fact]
    public Task A_command_line_tools_option_defaults_are_quiet_and_its_environment_and_configuration_fallbacks_fire()
    {
        var test = CommandLineTool(Source, withParser: true);
        ExpectDeploymentFallbacks(test);
        return test.RunAsync();
    }

    [Fact]
    public Task The_same_console_program_without_a_command_line_parser_fires_on_its_defaults()
    {
        var test = CommandLineTool(
            Source
                .Replace("""var modelUrl = new System.CommandLine.Option<string>("--model-url");""", "")
                .Replace("""= "http://localhost:1234/v1/chat/completions";""", """= {|#2:"http://localhost:1234/v1/chat/completions"|};""")
                .Replace("""? "http://localhost:11434/api/chat" :""", """? {|#3:"http://localhost:11434/api/chat"|} :"""),
            withParser: false);
        ExpectEveryFallback(test);
        return test.RunAsync();
    }

    [Fact]
    public Task A_web_app_that_parses_its_command_line_is_a_service_and_fires_on_its_defaults()
    {
        var test = CommandLineTool(
            Source
                .Replace("""= "http://localhost:1234/v1/chat/completions";""", """= {|#2:"http://localhost:1234/v1/chat/completions"|};""")
                .Replace("""? "http://localhost:11434/api/chat" :""", """? {|#3:"http://localhost:11434/api/chat"|} :"""),
            withParser: true,
            withWebServer: true);
        ExpectEveryFallback(test);
        return test.RunAsync();
    }

    // The fallbacks of what a deployment sets up: configuration and the environment. Reported for every kind of program.
    private static void ExpectDeploymentFallbacks(AnalyzerTest<DefaultVerifier> test)
    {
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(0)
            .WithArguments("Service URL from configuration key 'Upload:Url'", "http://localhost:5000"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(1)
            .WithArguments("Service URL from environment variable 'QUEUE_URL'", "http://127.0.0.1:8080"));
    }

    // Those, and the option defaults (markup #2 and #3) that only a command-line tool keeps quiet.
    private static void ExpectEveryFallback(AnalyzerTest<DefaultVerifier> test)
    {
        ExpectDeploymentFallbacks(test);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(2)
            .WithArguments("Service URL 'ConvertSettings.TranslateUrl'", "http://localhost:1234/v1/chat/completions"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(LoopbackFallbackUrlAnalyzer.Rule).WithLocation(3)
            .WithArguments("Service URL 'url'", "http://localhost:11434/api/chat"));
    }

    // A console program; the test references carry ASP.NET Core, which only a web app keeps here.
    private static Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<LoopbackFallbackUrlAnalyzer, DefaultVerifier> CommandLineTool(
        string source, bool withParser, bool withWebServer = false)
    {
        var test = Verify.Create(source);
        if (!withWebServer)
        {
            test.TestState.AdditionalReferences.RemoveAll(reference => Path.GetFileName(reference.Display ?? "").StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        }

        if (withParser)
        {
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(System.CommandLine.RootCommand).Assembly.Location));
        }

        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectCompilationOptions(
            projectId, solution.GetProject(projectId)!.CompilationOptions!.WithOutputKind(OutputKind.ConsoleApplication)));
        return test;
    }
}
