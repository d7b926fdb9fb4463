using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Concord.Benchmarks.Analyzers;

// Hosted in this process only, never loaded by a compiler: the analyzer-project rules do not apply.
#pragma warning disable RS1036, RS1041, RS2008

/// <summary>
/// Makes the driver build every method's IOperation tree and visit its invocations, and reports nothing: what any
/// IOperation-based analyzer costs before it does any work, the baseline Concord's own work is measured against.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("BENCH001", "empty", "empty", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(_ => { }, OperationKind.Invocation);
    }
}
#pragma warning restore RS1036, RS1041, RS2008
