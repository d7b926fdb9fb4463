using System.Collections.Immutable;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// CORD090, an inventory diagnostic: one per outbound HTTP call (HttpClient methods, the JSON extensions,
/// <c>SendAsync</c> of a request message, Refit interface methods), carrying its method, route template and
/// client as properties. <c>concord check</c> reads them from the build's SARIF log to know the routes
/// each consumer calls. Reported only when <c>build_property.ConcordInventory</c> is true.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HttpCallInventoryAnalyzer : DiagnosticAnalyzer
{
    public const string MethodProperty = "Method";
    public const string RouteProperty = "Route";
    public const string ClientProperty = "Client";
    public const string ClientKindProperty = "ClientKind";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.HttpCallInventory,
        title: "HTTP call",
        messageFormat: "{0}",
        category: InventoryOption.Category,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "An outbound HTTP call found by the call model, reported for concord check when the build sets ConcordInventory=true.",
        helpLinkUri: HelpLinks.For(RuleIds.HttpCallInventory),
        customTags: InventoryOption.Tag);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (!InventoryOption.IsOn(start.Options))
            {
                return;
            }

            var symbols = CallSymbols.From(start.Compilation);
            if (symbols.HttpClient is not null)
            {
                start.RegisterOperationAction(
                    c =>
                    {
                        var invocation = (IInvocationOperation)c.Operation;
                        if (HttpCallReader.IsCandidateName(invocation.TargetMethod.Name) && HttpCallReader.Read(invocation, symbols) is { } call)
                        {
                            c.ReportDiagnostic(Create(call));
                        }
                    },
                    OperationKind.Invocation);
            }

            start.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    if (ForwarderCallReader.IsCandidateName(invocation.TargetMethod.Name) && ForwarderCallReader.Read(invocation) is { } call)
                    {
                        c.ReportDiagnostic(Create(call));
                    }
                },
                OperationKind.Invocation);

            if (symbols.Known.SeesRefit)
            {
                start.RegisterSymbolAction(
                    c =>
                    {
                        if (RefitCallReader.Read((IMethodSymbol)c.Symbol) is { } call)
                        {
                            c.ReportDiagnostic(Create(call));
                        }
                    },
                    SymbolKind.Method);
            }
        });
    }

    internal static Diagnostic Create(HttpCall call)
    {
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(MethodProperty, call.Method ?? string.Empty)
            .Add(RouteProperty, call.Route ?? string.Empty)
            .Add(ClientProperty, call.Client.Name)
            .Add(ClientKindProperty, call.Client.Kind.ToPropertyValue());
        return Diagnostic.Create(Rule, call.Location, properties, call.Describe());
    }
}
