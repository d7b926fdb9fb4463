using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Concord.Analyzers.Configuration;
using Concord.Analyzers.Credentials;
using Concord.Analyzers.Infrastructure;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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

    /// <summary>Diagnostic property naming the registered client whose base address is fixed (no setting is missing there).</summary>
    public const string ClientNameProperty = "ClientName";

    /// <summary>Diagnostic property naming the shape that was found, so the code fix knows what to rewrite.</summary>
    public const string ShapeProperty = "Shape";

    // Keys that configure the process itself (where it listens, its local agent or sidecar), not an upstream service.
    private static readonly string[] SelfKeys =
    {
        "ASPNETCORE_URLS", "DOTNET_URLS", "URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS",
        "Kestrel:*", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_*_ENDPOINT",
        "DAPR_HTTP_ENDPOINT", "DAPR_GRPC_ENDPOINT", "CONSUL_HTTP_ADDR", "DOCKER_HOST",
        // A top-level base URL is the application's own address (the one it puts in links and documents).
        "BaseUrl", "BaseUri", "PublicUrl", "HostUrl", "ApplicationUrl", "AppUrl",
    };

    // Names of the service's own address (where it listens, what it tells others to call back on),
    // which is this machine on a developer's box and is not an upstream call.
    private static readonly HashSet<string> SelfWords = new(StringComparer.Ordinal)
    {
        "self", "listen", "bind", "binding", "own", "public", "external", "advertised", "redirect", "callback", "reply",
        "origin", "origins", "cors", "frontend", "site",
    };

    private static readonly HashSet<string> SelfBindingMethods = new(StringComparer.Ordinal)
    {
        "UseUrls", "Listen", "ListenAnyIP", "ListenLocalhost", "Run", "RunAsync", "StartAsync",
    };

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.LoopbackFallbackUrl,
        title: "Service URL falls back to a loopback address",
        messageFormat: "{0} falls back to '{1}' when it is not configured, so a deployment that misses the setting sends its requests to its own machine instead of failing at start-up",
        category: RuleCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A missing upstream URL should stop the service at start-up with a message naming the setting, not send every request to localhost where nothing runs.",
        helpLinkUri: HelpLinks.For(RuleIds.LoopbackFallbackUrl));

    /// <summary>The same rule where there is no setting at all: a registered client's base address written as a loopback literal.</summary>
    public static readonly DiagnosticDescriptor FixedAddressRule = new(
        RuleIds.LoopbackFallbackUrl,
        title: "Service URL is fixed to a loopback address",
        messageFormat: "{0} is fixed to '{1}' in code, so every deployment sends this client's requests to its own machine; read the address from configuration and fail at start-up when it is missing",
        category: RuleCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A client registered for an upstream service needs that service's address from configuration; a loopback literal only works on the developer's machine.",
        helpLinkUri: HelpLinks.For(RuleIds.LoopbackFallbackUrl));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule, FixedAddressRule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Tests, the libraries that support them, code generators, demonstration programs and Aspire app hosts (which run
            // on their developer's machine) point at localhost on purpose.
            var compilation = start.Compilation;
            if (TestProjects.IsTestProject(compilation, start.Options) || ProjectRoles.IsTestSupport(compilation) || ProjectRoles.IsCodeGenerator(compilation)
                || ProjectRoles.IsDemo(compilation) || ProjectRoles.IsAppHost(compilation))
            {
                return;
            }

            var scope = new Scope(KnownSymbols.From(compilation), DeploymentSettingsOf(compilation));
            start.RegisterOperationAction(c => AnalyzeCoalesce(c, scope), OperationKind.Coalesce);
            start.RegisterOperationAction(c => AnalyzeCoalesceAssignment(c, scope), OperationKind.CoalesceAssignment);
            start.RegisterOperationAction(c => AnalyzeConditional(c, scope), OperationKind.Conditional);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, scope), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeSwitchExpression(c, scope), OperationKind.SwitchExpression);

            // A client registration with a fixed loopback base address has no setting to miss; it is reported in
            // libraries too, since nothing but another registration of the same client can change it.
            start.RegisterOperationAction(c => AnalyzeBaseAddressAssignment(c, scope), OperationKind.SimpleAssignment);

            // A class library's parameter defaults and options initializers are the documented defaults it offers
            // its users (a local daemon, a sidecar); only a deployed program's own are a missing setting.
            if (scope.EveryOriginIsASetting)
            {
                start.RegisterOperationAction(c => AnalyzeMemberInitializer(c, scope), OperationKind.PropertyInitializer, OperationKind.FieldInitializer);
                start.RegisterOperationAction(c => AnalyzeParameterDefault(c, scope), OperationKind.ParameterInitializer);
            }
        });
    }

    private static void AnalyzeCoalesce(OperationAnalysisContext context, Scope symbols)
    {
        var coalesce = (ICoalesceOperation)context.Operation;
        Report(context, symbols, coalesce.WhenNull, () => Origin(coalesce.Value, symbols), FallbackShape.Coalesce);
    }

    private static void AnalyzeCoalesceAssignment(OperationAnalysisContext context, Scope symbols)
    {
        var assignment = (ICoalesceAssignmentOperation)context.Operation;
        Report(context, symbols, assignment.Value, () => Origin(assignment.Target, symbols), FallbackShape.CoalesceAssignment);
    }

    private static void AnalyzeConditional(OperationAnalysisContext context, Scope symbols)
    {
        var conditional = (IConditionalOperation)context.Operation;
        var isStatement = !conditional.IsRef && conditional.Type is null;

        // Most if statements throw or return on a missing value: without one branch that only assigns, there is no
        // fallback to read, and the condition is left unread (the check of it is the costlier part).
        if ((isStatement && SingleAssignment(conditional.WhenTrue) is null && (conditional.WhenFalse is null || SingleAssignment(conditional.WhenFalse) is null))
            || !NullChecks.TryMatch(conditional.Condition, out var tested, out var trueWhenMissing))
        {
            return;
        }

        var whenMissing = trueWhenMissing ? conditional.WhenTrue : conditional.WhenFalse;
        if (whenMissing is null)
        {
            return;
        }

        if (!isStatement)
        {
            // A ternary: the branch taken when the value is missing is the fallback.
            Report(context, symbols, whenMissing, () => Origin(tested, symbols), FallbackShape.Conditional);
            return;
        }

        // An if statement: if (string.IsNullOrEmpty(url)) url = "http://localhost:5000";
        if (SingleAssignment(whenMissing) is { } assignment)
        {
            Report(context, symbols, assignment.Value, () => Origin(assignment.Target, symbols) ?? Origin(tested, symbols), FallbackShape.IfAssignment);
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, Scope symbols)
    {
        // configuration.GetValue<string>("MlflowUrl", "http://localhost:5000")
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name != "GetValue"
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.Symbols.ConfigurationBinder))
        {
            return;
        }

        var defaultValue = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "defaultValue" && a.ArgumentKind == ArgumentKind.Explicit);
        if (defaultValue is not null)
        {
            Report(context, symbols, defaultValue.Value, () => ValueOrigins.Trace(invocation, symbols.Symbols).FirstOrDefault(), FallbackShape.GetValueDefault);
        }
    }

    private static void AnalyzeMemberInitializer(OperationAnalysisContext context, Scope symbols)
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

        // A setting the program reads to bind its server (GrpcApi.Host → new ServerPort(host, port, …), app.Run(url)) is its
        // own listen address; that is decided by reading the whole compilation, so only once the default is a loopback.
        Report(
            context,
            symbols,
            initializer.Value,
            () => new ValueOrigin(ValueOriginKind.Property, member.ContainingType.Name + "." + member.Name),
            FallbackShape.MemberInitializer,
            isOwnAddress: () => ListenReads.IsListenedOn(member, context.Compilation, context.CancellationToken));
    }

    private static void AnalyzeParameterDefault(OperationAnalysisContext context, Scope symbols)
    {
        var initializer = (IParameterInitializerOperation)context.Operation;
        Report(context, symbols, initializer.Value, () => new ValueOrigin(ValueOriginKind.Parameter, initializer.Parameter.Name), FallbackShape.ParameterDefault);
    }

    private static void AnalyzeSwitchExpression(OperationAnalysisContext context, Scope symbols)
    {
        // url = name switch { "orders" => config["Orders"], _ => "http://localhost:5000" }
        var switchExpression = (ISwitchExpressionOperation)context.Operation;
        foreach (var arm in switchExpression.Arms)
        {
            var isFallbackArm = arm.Pattern is IDiscardPatternOperation
                || arm.Pattern is IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: null } };
            if (isFallbackArm && arm.Guard is null)
            {
                Report(context, symbols, arm.Value, static () => null, FallbackShape.SwitchArm);
            }
        }
    }

    private static readonly HashSet<string> ClientRegistrationMethods = new(StringComparer.Ordinal) { "AddHttpClient", "ConfigureHttpClient" };

    private static void AnalyzeBaseAddressAssignment(OperationAnalysisContext context, Scope scope)
    {
        // services.AddHttpClient("metadata").ConfigureHttpClient(c => c.BaseAddress = new Uri("http://localhost:59318/"))
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Syntax is not AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "BaseAddress" } } syntax
            || !IsClientBaseAddress(assignment.Target, scope.Symbols)
            || RegistrationOf(syntax) is not { } registration
            || !TryGetLoopback(assignment.Value, scope.Symbols, out var address, out var constantLocation)
            || EnvironmentGuards.IsGuarded(syntax))
        {
            return;
        }

        // A client named for the service itself ("self", "callback") or for a local environment ("local-dev") means its loopback.
        var client = ClientName(registration);
        if (client is not null && (NamesSelf(client) || LocalEnvironmentNames.NamesLocal(client)))
        {
            return;
        }

        var subject = client is null ? "The base address of this HTTP client" : $"The base address of HTTP client '{client}'";
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(ShapeProperty, FallbackShape.FixedBaseAddress.ToString())
            .Add(ClientNameProperty, client)
            .Add(FallbackAddressProperty, address);
        var additional = constantLocation is null ? null : new[] { constantLocation };
        context.ReportDiagnostic(Diagnostic.Create(FixedAddressRule, assignment.Value.Syntax.GetLocation(), additional, properties, subject, address));
    }

    // HttpClient.BaseAddress, or a BaseAddress the compilation could not bind because the client builder comes from a
    // package it does not see (the registration call around it is then recognised by name).
    private static bool IsClientBaseAddress(IOperation target, KnownSymbols symbols) => target switch
    {
        IPropertyReferenceOperation property => SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, symbols.HttpClient),
        IInvalidOperation => true,
        _ => false,
    };

    /// <summary>The <c>AddHttpClient</c> or <c>ConfigureHttpClient</c> call the lambda holding <paramref name="assignment"/> is passed to.</summary>
    private static InvocationExpressionSyntax? RegistrationOf(AssignmentExpressionSyntax assignment)
    {
        var lambda = assignment.FirstAncestorOrSelf<LambdaExpressionSyntax>();
        return lambda?.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
            && MethodName(invocation) is { } name && ClientRegistrationMethods.Contains(name)
                ? invocation
                : null;
    }

    /// <summary>The client's name (<c>AddHttpClient("metadata")</c>) or type (<c>AddHttpClient&lt;CatalogClient&gt;</c>), found down the builder chain.</summary>
    private static string? ClientName(InvocationExpressionSyntax registration)
    {
        for (ExpressionSyntax? current = registration; current is InvocationExpressionSyntax invocation; current = (invocation.Expression as MemberAccessExpressionSyntax)?.Expression)
        {
            if (MethodName(invocation) != "AddHttpClient")
            {
                continue;
            }

            if (invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
            {
                return literal.Token.ValueText;
            }

            if (invocation.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax generic })
            {
                return generic.TypeArgumentList.Arguments.LastOrDefault()?.ToString();
            }
        }

        return null;
    }

    private static string? MethodName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    // The origin is traced only once the fallback is a loopback address: tracing follows locals and members, and
    // nearly every ?? and if of ordinary code falls back to something else.
    private static void Report(OperationAnalysisContext context, Scope scope, IOperation fallback, Func<ValueOrigin?> originOf, FallbackShape shape, Func<bool>? isOwnAddress = null)
    {
        if (!TryGetLoopback(fallback, scope.Symbols, out var address, out var constantLocation))
        {
            return;
        }

        var origin = originOf();

        if (!scope.IsDeploymentSetting(origin))
        {
            return;
        }

        var syntax = fallback.Syntax;
        if (EnvironmentGuards.IsGuarded(syntax) || IsSelfBinding(fallback) || IsVersionText(fallback))
        {
            return;
        }

        var options = ConcordOptions.For(context.Options, syntax.SyntaxTree);
        if (origin is not null && IsAllowed(origin, options))
        {
            return;
        }

        // RegTestBackendUri, LocalApiUrl, var devUrl = …: a setting whose own name says it is for a local environment.
        if ((origin is not null && LocalEnvironmentNames.NamesLocal(OwnName(origin))) || (TargetName(fallback) is { } target && LocalEnvironmentNames.NamesLocal(target)))
        {
            return;
        }

        if (isOwnAddress is not null && isOwnAddress())
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

    /// <summary>
    /// A loopback literal, <c>new Uri("http://localhost")</c>, a <c>UriBuilder</c> over one, a constant or static
    /// read-only member holding one (whose declaration becomes an additional location), or an options object
    /// (built inline or by a static factory) whose initializer sets one.
    /// </summary>
    private static bool TryGetLoopback(IOperation value, KnownSymbols symbols, out string address, out Location? constantLocation)
    {
        address = string.Empty;
        constantLocation = null;
        return TryGetLoopback(value, symbols, ref address, ref constantLocation, depth: 0);
    }

    private static bool TryGetLoopback(IOperation value, KnownSymbols symbols, ref string address, ref Location? constantLocation, int depth)
    {
        value = ValueOrigins.Unwrap(value);
        if (depth > 2)
        {
            return false;
        }

        // new UriBuilder(...).Uri, builder.Uri
        if (value is IPropertyReferenceOperation { Property.Name: "Uri", Instance: { } builder } && IsUriBuilder(builder.Type))
        {
            return TryGetLoopback(builder, symbols, ref address, ref constantLocation, depth + 1);
        }

        if (value is IObjectCreationOperation creation)
        {
            if (SymbolEqualityComparer.Default.Equals(creation.Type, symbols.Uri) && creation.Arguments.Length >= 1)
            {
                return TryGetLoopback(creation.Arguments[0].Value, symbols, ref address, ref constantLocation, depth + 1);
            }

            if (IsUriBuilder(creation.Type))
            {
                // new UriBuilder("http://localhost:5000"), new UriBuilder("http", "localhost", 5000), new UriBuilder { Host = "localhost" }
                var host = creation.Arguments.Length == 1 ? creation.Arguments[0].Value
                    : creation.Arguments.Length >= 2 ? creation.Arguments[1].Value
                    : InitializedMember(creation, "Host");
                return host is not null && TryGetLoopback(host, symbols, ref address, ref constantLocation, depth + 1);
            }

            // config.Get<UpstreamOptions>() ?? new UpstreamOptions { BaseUrl = "http://localhost:5000" }
            foreach (var assignment in creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>() ?? Enumerable.Empty<ISimpleAssignmentOperation>())
            {
                if (assignment.Value.Type?.SpecialType == SpecialType.System_String || IsUriLike(assignment.Value.Type, symbols))
                {
                    if (TryGetLoopback(assignment.Value, symbols, ref address, ref constantLocation, depth + 1))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        if (value.ConstantValue is { HasValue: true, Value: string text })
        {
            if (!LoopbackAddresses.IsLoopback(text))
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

        // static readonly string DefaultUrl = "http://localhost:5000"; static Uri Default { get; } = new("…"); static Options Default => new() { … }
        var member = value switch
        {
            IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field } => (ISymbol)field,
            IPropertyReferenceOperation { Property: { IsStatic: true, IsIndexer: false } property } => property,
            IInvocationOperation { TargetMethod: { IsStatic: true, Parameters.Length: 0 } method } => method,
            _ => null,
        };

        if (member is not null && value.SemanticModel is { } model && StaticDefinition(member, value.Syntax.SyntaxTree) is { } definition
            && model.GetOperation(definition) is { } defined
            && TryGetLoopback(defined, symbols, ref address, ref constantLocation, depth + 1))
        {
            constantLocation ??= member.Locations.FirstOrDefault(l => l.IsInSource);
            return true;
        }

        return false;
    }

    /// <summary>The expression a static member is defined by (initializer, expression body, single return), when it lies in <paramref name="tree"/>.</summary>
    private static SyntaxNode? StaticDefinition(ISymbol member, SyntaxTree tree)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != tree)
            {
                continue;
            }

            switch (reference.GetSyntax())
            {
                case VariableDeclaratorSyntax { Initializer.Value: { } initializer }:
                    return initializer;
                case PropertyDeclarationSyntax { Initializer.Value: { } initializer }:
                    return initializer;
                case PropertyDeclarationSyntax { ExpressionBody.Expression: { } body }:
                    return body;
                case PropertyDeclarationSyntax { AccessorList: { } accessors }:
                    return SingleReturn(accessors.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration))?.Body)
                        ?? accessors.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration))?.ExpressionBody?.Expression;
                case MethodDeclarationSyntax { ExpressionBody.Expression: { } body }:
                    return body;
                case MethodDeclarationSyntax { Body: { } block }:
                    return SingleReturn(block);
            }
        }

        return null;
    }

    private static ExpressionSyntax? SingleReturn(BlockSyntax? block) =>
        block is { Statements.Count: 1 } && block.Statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null;

    private static IOperation? InitializedMember(IObjectCreationOperation creation, string name) =>
        creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
            .FirstOrDefault(a => a.Target is IPropertyReferenceOperation { Property.Name: var property } && property == name)?.Value;

    private static bool IsUriBuilder(ITypeSymbol? type) =>
        type is { Name: "UriBuilder", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static bool IsUriLike(ITypeSymbol? type, KnownSymbols symbols) =>
        SymbolEqualityComparer.Default.Equals(type, symbols.Uri) || IsUriBuilder(type);

    private static bool IsAllowed(ValueOrigin origin, ConcordOptions options)
    {
        var name = origin.Name;
        var patterns = origin.IsConfiguration ? SelfKeys.Concat(options.List(AllowedKeysOption)) : options.List(AllowedKeysOption);
        if (patterns.Any(pattern => Wildcard.Matches(pattern, name)))
        {
            return true;
        }

        return IdentifierWords.Split(origin.ClassifiedName).Any(SelfWords.Contains);
    }

    // app.Urls.Add(config["Urls"] ?? "http://localhost:5000") configures where this process listens;
    // .WithRedirectUri(…), RedirectUri = …, var publicUrl = … name the service's own address.
    private static bool IsSelfBinding(IOperation fallback)
    {
        for (var current = fallback.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IInvocationOperation invocation:
                    var method = invocation.TargetMethod;
                    return SelfBindingMethods.Contains(method.Name)
                        || NamesSelf(method.Name)
                        || (method.Name == "Add" && invocation.Instance is IPropertyReferenceOperation { Property.Name: "Urls" });
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation target }:
                    return NamesSelf(target.Member.Name);
                case IVariableDeclaratorOperation declarator:
                    return NamesSelf(declarator.Symbol.Name);
                case IPropertyInitializerOperation property:
                    return property.InitializedProperties.Any(p => NamesSelf(p.Name));
                case IFieldInitializerOperation field:
                    return field.InitializedFields.Any(f => NamesSelf(f.Name));
                case IBlockOperation:
                    return false;
            }
        }

        return false;
    }

    // Version.TryParse(status?.Version ?? "0.0.0.0", out var v): a dotted number that is read as a version, not an address.
    private static bool IsVersionText(IOperation fallback)
    {
        for (var current = fallback.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IInvocationOperation invocation:
                    return IsSystemVersion(invocation.TargetMethod.ContainingType);
                case IObjectCreationOperation creation:
                    return IsSystemVersion(creation.Type);
                case IInvalidOperation { Syntax: InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax } invalid:
                    // An argument that does not bind (a package type the build could not see) leaves the call without
                    // a target; when every candidate is a Version parser or constructor, the text is still a version.
                    return invalid.SemanticModel?.GetSymbolInfo(invalid.Syntax) is { } info
                        && info.Symbol is null
                        && !info.CandidateSymbols.IsDefaultOrEmpty
                        && info.CandidateSymbols.All(candidate => IsSystemVersion(candidate.ContainingType));
                case IBlockOperation:
                    return false;
            }
        }

        return false;
    }

    private static bool IsSystemVersion(ITypeSymbol? type) =>
        type is { Name: "Version", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static bool NamesSelf(string name) => IdentifierWords.Split(name).Any(SelfWords.Contains);

    /// <summary>The member's own name for an options member (<c>PersistentConfig.RegTestBackendUri</c> → <c>RegTestBackendUri</c>), else the classified name.</summary>
    private static string OwnName(ValueOrigin origin)
    {
        if (origin.Kind != ValueOriginKind.Property)
        {
            return origin.ClassifiedName;
        }

        var dot = origin.Name.LastIndexOf('.');
        return dot >= 0 ? origin.Name.Substring(dot + 1) : origin.Name;
    }

    /// <summary>The name the fallback is stored under: the local, member or property it is assigned to or initializes.</summary>
    private static string? TargetName(IOperation fallback)
    {
        for (var current = fallback.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation target }:
                    return target.Member.Name;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local }:
                    return local.Local.Name;
                case IVariableDeclaratorOperation declarator:
                    return declarator.Symbol.Name;
                case IPropertyInitializerOperation property:
                    return property.InitializedProperties.FirstOrDefault()?.Name;
                case IFieldInitializerOperation field:
                    return field.InitializedFields.FirstOrDefault()?.Name;
                case IInvocationOperation or IBlockOperation or IAnonymousFunctionOperation:
                    return null;
            }
        }

        return null;
    }

    private static ISimpleAssignmentOperation? SingleAssignment(IOperation operation)
    {
        if (operation is IBlockOperation { Operations.Length: 1 } block)
        {
            operation = block.Operations[0];
        }

        return operation is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment } ? assignment : null;
    }

    private static ValueOrigin? Origin(IOperation? value, Scope scope) =>
        ValueOrigins.Trace(value, scope.Symbols).LastOrDefault();

    /// <summary>
    /// Which origins are a deployment's setting in this compilation; null when every one is (a deployed program).
    /// In a class library only the application's configuration (IConfiguration) is: an environment variable or a
    /// property with a default is the library's documented default. A desktop app is judged as a library is (its
    /// other defaults are its user's own). A command-line tool's parameters and properties carry the options its user
    /// gave; the environment and configuration are where a deployment (a scheduled job) sets it up.
    /// </summary>
    private static ValueOriginKind[]? DeploymentSettingsOf(Compilation compilation) =>
        ProjectRoles.IsLibrary(compilation) || ProjectRoles.IsDesktopApp(compilation) ? new[] { ValueOriginKind.ConfigurationKey }
        : ProjectRoles.IsCommandLineTool(compilation) ? new[] { ValueOriginKind.ConfigurationKey, ValueOriginKind.EnvironmentVariable }
        : null;

    /// <summary>What every action of one compilation shares: its symbols, and which origins are a deployment's setting.</summary>
    private sealed class Scope
    {
        private readonly ValueOriginKind[]? _deploymentSettings;

        public Scope(KnownSymbols symbols, ValueOriginKind[]? deploymentSettings)
        {
            Symbols = symbols;
            _deploymentSettings = deploymentSettings;
        }

        public KnownSymbols Symbols { get; }

        /// <summary>A deployed program: its own parameter defaults and options initializers are settings too.</summary>
        public bool EveryOriginIsASetting => _deploymentSettings is null;

        public bool IsDeploymentSetting(ValueOrigin? origin) =>
            _deploymentSettings is null || (origin is not null && System.Array.IndexOf(_deploymentSettings, origin.Kind) >= 0);
    }

    private static bool IsOptionsType(INamedTypeSymbol? type) =>
        type is not null
        && (type.Name.EndsWith("Options", StringComparison.Ordinal)
            || type.Name.EndsWith("Settings", StringComparison.Ordinal)
            || type.Name.EndsWith("Configuration", StringComparison.Ordinal)
            || type.Name.EndsWith("Config", StringComparison.Ordinal));
}
