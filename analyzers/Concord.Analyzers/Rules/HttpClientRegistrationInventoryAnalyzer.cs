using System.Collections.Immutable;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// CORD091, an inventory diagnostic: one per HttpClient registration (<c>AddHttpClient</c>, <c>AddRefitClient</c>,
/// with chained <c>ConfigureHttpClient</c>) and per <c>BaseAddress</c> set elsewhere (a typed client's constructor),
/// carrying the client and where its base address comes from. <c>concord check</c> reads them to learn which
/// configuration key or service name points each consumer at its provider. Reported only when
/// <c>build_property.ConcordInventory</c> is true.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HttpClientRegistrationInventoryAnalyzer : DiagnosticAnalyzer
{
    public const string ClientProperty = "Client";
    public const string ClientKindProperty = "ClientKind";
    public const string BaseAddressKeyProperty = "BaseAddressKey";
    public const string BaseAddressSourceProperty = "BaseAddressSource";
    public const string BaseAddressProperty = "BaseAddress";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.HttpClientRegistrationInventory,
        title: "HTTP client registration",
        messageFormat: "{0}",
        category: InventoryOption.Category,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "An HttpClient registration or base address found by the call model, reported for concord check when the build sets ConcordInventory=true.",
        helpLinkUri: HelpLinks.For(RuleIds.HttpClientRegistrationInventory),
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
            if (symbols.HttpClient is null)
            {
                return;
            }

            start.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    if (ClientRegistrationReader.IsCandidateName(invocation.TargetMethod.Name)
                        && ClientRegistrationReader.Read(invocation, symbols) is { } registration)
                    {
                        c.ReportDiagnostic(Create(registration));
                    }
                },
                OperationKind.Invocation);

            start.RegisterOperationAction(
                c =>
                {
                    if (ClientRegistrationReader.ReadAssignment((ISimpleAssignmentOperation)c.Operation, symbols) is { } registration)
                    {
                        c.ReportDiagnostic(Create(registration));
                    }
                },
                OperationKind.SimpleAssignment);
        });
    }

    private static Diagnostic Create(ClientRegistration registration)
    {
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(ClientProperty, registration.Client.Name)
            .Add(ClientKindProperty, registration.Client.Kind.ToPropertyValue())
            .Add(BaseAddressKeyProperty, registration.BaseAddress.Key)
            .Add(BaseAddressSourceProperty, registration.BaseAddress.Source.ToPropertyValue())
            .Add(BaseAddressProperty, registration.BaseAddress.Address);
        var client = registration.Client.Describe();
        var message = $"{char.ToUpperInvariant(client[0])}{client.Substring(1)} takes its base address from {registration.BaseAddress.Describe()}";
        return Diagnostic.Create(Rule, registration.Location, properties, message);
    }
}
