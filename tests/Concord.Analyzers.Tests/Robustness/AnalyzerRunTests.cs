using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Concord.Analyzers.Tests.Robustness;

/// <summary>The never-throws tests can only pass honestly if their harness sees an analyzer that throws.</summary>
[Trait("Category", "Robustness")]
public sealed class AnalyzerRunTests
{
    [Fact]
    public async Task An_analyzer_that_throws_is_caught_as_an_exception_and_as_AD0001()
    {
        var compilation = CorpusCompilations.OfSources("throwing", new[] { "class C { void M() { var x = 1; } }" });

        var run = await AnalyzerRun.RunAsync("throwing", compilation, isTestProject: false, ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()));

        Assert.Contains(run.Exceptions, exception => exception.Contains(nameof(ThrowingAnalyzer)) && exception.Contains("on purpose"));
        Assert.Contains(run.AnalyzerExceptionDiagnostics, diagnostic => diagnostic.GetMessage().Contains(nameof(ThrowingAnalyzer)));
    }

    // Hosted in this process only, never loaded by a compiler: the analyzer-project rules do not apply.
#pragma warning disable RS1036, RS1038, RS1041, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST001", "t", "t", "t", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationAction(_ => throw new InvalidOperationException("thrown on purpose"), OperationKind.VariableDeclarator);
        }
    }
#pragma warning restore RS1036, RS1038, RS1041, RS2008
}
