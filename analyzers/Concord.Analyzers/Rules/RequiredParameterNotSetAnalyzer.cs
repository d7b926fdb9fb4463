using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Calls.Providers;
using Concord.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// CORD008: the provider's document marks a query or header parameter, or a property of the JSON body, as
/// required for the operation a call goes to, and the call never sets it: the provider answers 400 to every
/// such request. Judged only where the code shows the whole of what it sends (the full query, a body built in
/// place); a part computed out of sight may set anything, and is given the benefit of the doubt.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RequiredParameterNotSetAnalyzer : DiagnosticAnalyzer
{
    public const string ProviderProperty = "Provider";
    public const string MissingProperty = "Missing";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.RequiredParameterNotSet,
        title: "Required parameter of the provider's operation not set",
        messageFormat: "{0}",
        category: RuleCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The provider's OpenAPI document marks a parameter or body property as required for this operation, and the call never sets it; the provider rejects the request.",
        helpLinkUri: HelpLinks.For(RuleIds.RequiredParameterNotSet),
        customTags: new[] { WellKnownDiagnosticTags.CompilationEnd, ProviderDocuments.Tag });

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ProviderDocuments.Of(start.Options, start.CancellationToken).IsEmpty)
            {
                return;
            }

            var headers = new HeadersOutOfSight(start.Compilation.GetTypeByMetadataName("System.Net.Http.DelegatingHandler"));
            start.RegisterSymbolAction(c => headers.See((INamedTypeSymbol)c.Symbol), SymbolKind.NamedType);
            start.RegisterSyntaxNodeAction(c => headers.See((InvocationExpressionSyntax)c.Node), Microsoft.CodeAnalysis.CSharp.SyntaxKind.InvocationExpression);
            CompilationCalls.Register(start, Describe, (c, calls) => Report(c, calls, headers), DescribeRefit);
        });
    }

    private static object Describe(IInvocationOperation invocation, HttpCall call, CallSymbols symbols) =>
        new SentParts(CallCredentials.Of(invocation, call, symbols).Headers, anyHeader: false, CallBodies.NamesOf(invocation, symbols), QueryNames(call.Route));

    // A Refit method: its route's holes are path parameters, the rest of what it sends is in its parameters.
    private static object DescribeRefit(IMethodSymbol method, HttpCall call)
    {
        var parts = RefitRequestParts.Of(method, call.Route);
        HashSet<string>? query = null;
        if (parts.Query is not null && LiteralQueryNames(call.Route) is { } literal)
        {
            query = new HashSet<string>(parts.Query.Select(Normalized), StringComparer.Ordinal);
            query.UnionWith(literal);
        }

        return new SentParts(parts.Headers, parts.AnyHeader, body: null, query);
    }

    private static void Report(CompilationAnalysisContext context, CompilationCalls calls, HeadersOutOfSight headers)
    {
        foreach (var documented in calls.Documented())
        {
            var (call, document) = (documented.Call, documented.Document);
            if (documented.Facts is not SentParts sent)
            {
                continue;
            }

            // Several documented routes may match a call with holes: judge only when the operation is certain.
            var operations = documented.Operations;
            if (operations.Count != 1)
            {
                continue;
            }

            var operation = operations[0];
            var missing = new List<string>();
            var names = new List<string>();
            var query = sent.Query;
            foreach (var parameter in operation.RequiredParameters)
            {
                // A route that matches fills every path parameter; a missing segment is CORD006's to report.
                var isMissing = parameter.Place switch
                {
                    "query" => query is not null && !query.Contains(Normalized(parameter.Name)),
                    "header" => !headers.MayAddHeaders && !sent.AnyHeader && !sent.Headers.Contains(parameter.Name) && !headers.Defaults.ContainsKey(parameter.Name),
                    _ => false,
                };
                if (isMissing)
                {
                    missing.Add(parameter.Describe());
                    names.Add(parameter.Name);
                }
            }

            if (sent.Body is { } body)
            {
                var set = new HashSet<string>(body.Select(Normalized), StringComparer.Ordinal);
                foreach (var property in operation.RequiredBodyProperties)
                {
                    if (!set.Contains(Normalized(property)))
                    {
                        missing.Add($"the body property '{property}'");
                        names.Add(property);
                    }
                }
            }

            if (missing.Count == 0)
            {
                continue;
            }

            var message = $"{operation.Method} {operation.Path} in {document.Provider}'s document requires {Join(missing)}, which this call never sets";
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(ProviderProperty, document.Provider)
                .Add(MissingProperty, string.Join(",", names));
            context.ReportDiagnostic(Diagnostic.Create(Rule, call.Location, properties, message));
        }
    }

    /// <summary>
    /// The query parameter names the route sets (normalised), or null when part of the URL after its path is computed
    /// (a hole in a name's place, a path ending in a hole that may carry a query).
    /// </summary>
    private static HashSet<string>? QueryNames(string? route)
    {
        if (route is null)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var fragment = route.IndexOf('#');
        if (fragment >= 0)
        {
            route = route.Substring(0, fragment);
        }

        var question = route.IndexOf('?');
        if (question < 0)
        {
            return route.EndsWith("}", StringComparison.Ordinal) ? null : names;
        }

        foreach (var pair in route.Substring(question + 1).Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            var name = equals >= 0 ? pair.Substring(0, equals) : pair;
            if (name.IndexOf('{') >= 0)
            {
                return null;
            }

            // name={value}{more}: a value hole may hold '&' and more parameters only if nothing literal closes it.
            if (equals >= 0 && pair.EndsWith("}", StringComparison.Ordinal) && pair.IndexOf('}') != pair.Length - 1)
            {
                return null;
            }

            names.Add(Normalized(name));
        }

        return names;
    }

    /// <summary>The names in a Refit route's literal query (<c>/search?kind=all</c>); its holes are path or query values, never names.</summary>
    private static HashSet<string>? LiteralQueryNames(string? route)
    {
        var question = route?.IndexOf('?') ?? -1;
        if (route is null || question < 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        return QueryNames(route.Substring(question));
    }

    // Naming policies and conventions differ (api_key, apiKey, ApiKey): the name is compared without case or separators.
    private static string Normalized(string name) =>
        new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string Join(List<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[parts.Count - 1];

    /// <summary>What a call sends, as far as its code shows: headers set around it, and its JSON body's names (null when not known).</summary>
    private sealed class SentParts
    {
        public SentParts(HashSet<string> headers, bool anyHeader, IReadOnlyCollection<string>? body, HashSet<string>? query)
        {
            Headers = headers;
            AnyHeader = anyHeader;
            Body = body;
            Query = query;
        }

        public HashSet<string> Headers { get; }

        /// <summary>True when the call may set any header (a Refit <c>[HeaderCollection]</c>).</summary>
        public bool AnyHeader { get; }

        /// <summary>The query parameter names the call sets (normalised), or null when part of its query is computed.</summary>
        public HashSet<string>? Query { get; }

        public IReadOnlyCollection<string>? Body { get; }
    }

    /// <summary>
    /// Headers set away from the call: any <c>DefaultRequestHeaders.Add("X-Tenant", …)</c> in the compilation (a client's
    /// registration), and whether a message handler may add any header at all (a <c>DelegatingHandler</c>, <c>AddHttpMessageHandler</c>).
    /// </summary>
    private sealed class HeadersOutOfSight
    {
        private readonly INamedTypeSymbol? _delegatingHandler;
        private int _mayAddHeaders;

        public HeadersOutOfSight(INamedTypeSymbol? delegatingHandler) => _delegatingHandler = delegatingHandler;

        public ConcurrentDictionary<string, bool> Defaults { get; } = new(StringComparer.OrdinalIgnoreCase);

        public bool MayAddHeaders => _mayAddHeaders != 0;

        public void See(INamedTypeSymbol type)
        {
            if (_delegatingHandler is not null && type.TypeKind == TypeKind.Class)
            {
                for (var current = type.BaseType; current is not null; current = current.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(current, _delegatingHandler))
                    {
                        _mayAddHeaders = 1;
                        return;
                    }
                }
            }
        }

        public void See(InvocationExpressionSyntax invocation)
        {
            if (invocation.Expression is not MemberAccessExpressionSyntax access)
            {
                return;
            }

            var name = access.Name.Identifier.ValueText;
            if (name == "AddHttpMessageHandler")
            {
                _mayAddHeaders = 1;
            }
            else if (name is "Add" or "TryAddWithoutValidation"
                && access.Expression.ToString().EndsWith("DefaultRequestHeaders", StringComparison.Ordinal)
                && invocation.ArgumentList.Arguments.Count >= 2
                && invocation.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax literal)
            {
                Defaults[literal.Token.ValueText] = true;
            }
        }
    }
}
