using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Concord.Analyzers.Configuration;
using Concord.Analyzers.Credentials;
using Concord.Analyzers.Infrastructure;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// CORD002: a service URL that silently falls back to a loopback address when its configuration
/// is missing. In production nothing listens on <c>localhost:5000</c>, and the failure shows up
/// far from its cause ("connection refused" instead of "MLFLOW_SERVER_URL is not set").
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LoopbackFallbackUrlAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The option naming configuration keys whose loopback default is intended (wildcards allowed).</summary>
    public const string AllowedKeysOption = "concord.CORD002.allowed_keys";

    /// <summary>Diagnostic property holding the missing key or member, for the code fix's message.</summary>
    public const string SettingNameProperty = "SettingName";

    /// <summary>Diagnostic property holding the loopback address the code falls back to.</summary>
    public const string FallbackAddressProperty = "FallbackAddress";

    /// <summary>Diagnostic property naming the shape that was found, so the code fix knows what to rewrite.</summary>
    public const string ShapeProperty = "Shape";

    // Keys that configure the process itself (where it listens, its local agent), not an upstream service.
    private static readonly string[] SelfKeys =
    {
        "ASPNETCORE_URLS", "DOTNET_URLS", "URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS",
        "Kestrel:*", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_*_ENDPOINT",
    };

    private static readonly HashSet<string> SelfWords = new(StringComparer.Ordinal) { "self", "listen", "bind", "binding", "own" };

    private static readonly HashSet<string> SelfBindingMethods = new(StringComparer.Ordinal)
    {
        "UseUrls", "Listen", "ListenAnyIP", "ListenLocalhost", "Run", "RunAsync", "StartAsync",
    };

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.LoopbackFallbackUrl,
        title: "Service URL falls back to a loopback address",
        messageFormat: "{0} falls back to '{1}' when it is not configured; outside a developer's machine nothing listens there, so fail fast instead",
        category: RuleCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A missing upstream URL should stop the service at start-up with a message naming the setting, not send every request to localhost where nothing runs.",
        helpLinkUri: HelpLinks.For(RuleIds.LoopbackFallbackUrl));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Tests point services at localhost on purpose.
            if (TestProjects.IsTestProject(start.Compilation, start.Options))
            {
                return;
            }

            var symbols = KnownSymbols.From(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeCoalesce(c, symbols), OperationKind.Coalesce);
            start.RegisterOperationAction(c => AnalyzeCoalesceAssignment(c, symbols), OperationKind.CoalesceAssignment);
            start.RegisterOperationAction(c => AnalyzeConditional(c, symbols), OperationKind.Conditional);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeMemberInitializer(c, symbols), OperationKind.PropertyInitializer, OperationKind.FieldInitializer);
            start.RegisterOperationAction(c => AnalyzeParameterDefault(c, symbols), OperationKind.ParameterInitializer);
            start.RegisterOperationAction(c => AnalyzeSwitchExpression(c, symbols), OperationKind.SwitchExpression);
        });
    }

    private static void AnalyzeCoalesce(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var coalesce = (ICoalesceOperation)context.Operation;
        Report(context, symbols, coalesce.WhenNull, Origin(coalesce.Value, symbols), FallbackShape.Coalesce);
    }

    private static void AnalyzeCoalesceAssignment(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var assignment = (ICoalesceAssignmentOperation)context.Operation;
        Report(context, symbols, assignment.Value, Origin(assignment.Target, symbols), FallbackShape.CoalesceAssignment);
    }

    private static void AnalyzeConditional(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var conditional = (IConditionalOperation)context.Operation;
        if (!NullChecks.TryMatch(conditional.Condition, out var tested, out var trueWhenMissing))
        {
            return;
        }

        var whenMissing = trueWhenMissing ? conditional.WhenTrue : conditional.WhenFalse;
        if (whenMissing is null)
        {
            return;
        }

        if (conditional.IsRef || conditional.Type is not null)
        {
            // A ternary: the branch taken when the value is missing is the fallback.
            Report(context, symbols, whenMissing, Origin(tested, symbols), FallbackShape.Conditional);
            return;
        }

        // An if statement: if (string.IsNullOrEmpty(url)) url = "http://localhost:5000";
        if (SingleAssignment(whenMissing) is { } assignment)
        {
            Report(context, symbols, assignment.Value, Origin(assignment.Target, symbols) ?? Origin(tested, symbols), FallbackShape.IfAssignment);
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, KnownSymbols symbols)
    {
        // configuration.GetValue<string>("MlflowUrl", "http://localhost:5000")
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name != "GetValue"
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.ConfigurationBinder))
        {
            return;
        }

        var defaultValue = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "defaultValue" && a.ArgumentKind == ArgumentKind.Explicit);
        if (defaultValue is not null)
        {
            Report(context, symbols, defaultValue.Value, ValueOrigins.Trace(invocation, symbols).FirstOrDefault(), FallbackShape.GetValueDefault);
        }
    }

    private static void AnalyzeMemberInitializer(OperationAnalysisContext context, KnownSymbols symbols)
    {
        // An options class bound from configuration: public string BaseUrl { get; set; } = "http://localhost:5000";
        var initializer = (ISymbolInitializerOperation)context.Operation;
        var member = initializer switch
        {
            IPropertyInitializerOperation property => property.InitializedProperties.FirstOrDefault() as ISymbol,
            IFieldInitializerOperation field => field.InitializedFields.FirstOrDefault(),
            _ => null,
        };

        if (member is null || member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || !IsOptionsType(member.ContainingType))
        {
            return;
        }

        if (member is IPropertySymbol { SetMethod: null } || member is IFieldSymbol { IsReadOnly: true } or IFieldSymbol { IsConst: true })
        {
            return;
        }

        Report(context, symbols, initializer.Value, new ValueOrigin(ValueOriginKind.Property, member.ContainingType.Name + "." + member.Name), FallbackShape.MemberInitializer);
    }

    private static void AnalyzeParameterDefault(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var initializer = (IParameterInitializerOperation)context.Operation;
        Report(context, symbols, initializer.Value, new ValueOrigin(ValueOriginKind.Parameter, initializer.Parameter.Name), FallbackShape.ParameterDefault);
    }

    private static void AnalyzeSwitchExpression(OperationAnalysisContext context, KnownSymbols symbols)
    {
        // url = name switch { "orders" => config["Orders"], _ => "http://localhost:5000" }
        var switchExpression = (ISwitchExpressionOperation)context.Operation;
        foreach (var arm in switchExpression.Arms)
        {
            var isFallbackArm = arm.Pattern is IDiscardPatternOperation
                || arm.Pattern is IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: null } };
            if (isFallbackArm && arm.Guard is null)
            {
                Report(context, symbols, arm.Value, null, FallbackShape.SwitchArm);
            }
        }
    }

    private static void Report(OperationAnalysisContext context, KnownSymbols symbols, IOperation fallback, ValueOrigin? origin, FallbackShape shape)
    {
        if (!TryGetLoopback(fallback, symbols, out var address, out var constantLocation))
        {
            return;
        }

        var syntax = fallback.Syntax;
        if (EnvironmentGuards.IsGuarded(syntax) || IsSelfBinding(fallback))
        {
            return;
        }

        var options = ConcordOptions.For(context.Options, syntax.SyntaxTree);
        if (origin is not null && IsAllowed(origin, options))
        {
            return;
        }

        var subject = origin is null
            ? "This service URL"
            : origin.IsConfiguration
                ? "Service URL from " + origin.Describe()
                : "Service URL " + origin.Describe();

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(ShapeProperty, shape.ToString())
            .Add(SettingNameProperty, origin?.Name)
            .Add(FallbackAddressProperty, address);
        var additional = constantLocation is null ? null : new[] { constantLocation };
        context.ReportDiagnostic(Diagnostic.Create(Rule, syntax.GetLocation(), additional, properties, subject, address));
    }

    /// <summary>A loopback literal, <c>new Uri("http://localhost")</c>, or a constant holding one (whose declaration becomes an additional location).</summary>
    private static bool TryGetLoopback(IOperation value, KnownSymbols symbols, out string address, out Location? constantLocation)
    {
        address = string.Empty;
        constantLocation = null;
        value = ValueOrigins.Unwrap(value);

        if (value is IObjectCreationOperation { Arguments.Length: >= 1 } creation
            && SymbolEqualityComparer.Default.Equals(creation.Type, symbols.Uri))
        {
            value = ValueOrigins.Unwrap(creation.Arguments[0].Value);
        }

        if (value.ConstantValue is not { HasValue: true, Value: string text } || !LoopbackAddresses.IsLoopback(text))
        {
            return false;
        }

        address = text;
        if (value is IFieldReferenceOperation field)
        {
            constantLocation = field.Field.Locations.FirstOrDefault(l => l.IsInSource);
        }

        return true;
    }

    private static bool IsAllowed(ValueOrigin origin, ConcordOptions options)
    {
        var name = origin.Name;
        if (SelfKeys.Concat(options.List(AllowedKeysOption)).Any(pattern => Wildcard.Matches(pattern, name)))
        {
            return true;
        }

        return IdentifierWords.Split(origin.ClassifiedName).Any(SelfWords.Contains);
    }

    // app.Urls.Add(config["Urls"] ?? "http://localhost:5000") configures where this process listens.
    private static bool IsSelfBinding(IOperation fallback)
    {
        for (var current = fallback.Parent; current is not null; current = current.Parent)
        {
            if (current is IInvocationOperation invocation)
            {
                var method = invocation.TargetMethod;
                return SelfBindingMethods.Contains(method.Name)
                    || (method.Name == "Add" && invocation.Instance is IPropertyReferenceOperation { Property.Name: "Urls" });
            }

            if (current is IBlockOperation or IVariableDeclaratorOperation)
            {
                return false;
            }
        }

        return false;
    }

    private static ISimpleAssignmentOperation? SingleAssignment(IOperation operation)
    {
        if (operation is IBlockOperation { Operations.Length: 1 } block)
        {
            operation = block.Operations[0];
        }

        return operation is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment } ? assignment : null;
    }

    private static ValueOrigin? Origin(IOperation? value, KnownSymbols symbols) =>
        ValueOrigins.Trace(value, symbols).LastOrDefault();

    private static bool IsOptionsType(INamedTypeSymbol? type) =>
        type is not null
        && (type.Name.EndsWith("Options", StringComparison.Ordinal)
            || type.Name.EndsWith("Settings", StringComparison.Ordinal)
            || type.Name.EndsWith("Configuration", StringComparison.Ordinal)
            || type.Name.EndsWith("Config", StringComparison.Ordinal));
}
