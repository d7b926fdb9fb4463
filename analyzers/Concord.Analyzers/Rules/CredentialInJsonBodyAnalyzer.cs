using System.Collections.Immutable;
using System.Linq;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Configuration;
using Concord.Analyzers.Credentials;
using Concord.Analyzers.Infrastructure;
using Concord.Analyzers.JsonBodies;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// CORD001: a credential placed in a JSON request body. Servers read credentials from the Authorization
/// header; one sent in the body is never seen, and every valid key is rejected as missing or invalid.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CredentialInJsonBodyAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.CredentialInJsonBody,
        title: "Credential sent in a JSON request body",
        messageFormat: "{0} is sent in the JSON body of {1}; send it in the Authorization header",
        category: RuleCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An API key, token, secret or password placed in a JSON request body is not where a server reads credentials (the Authorization header), and it ends up in request logs. Send it as 'Authorization: Bearer <key>'.",
        helpLinkUri: HelpLinks.For(RuleIds.CredentialInJsonBody));

    /// <summary>Diagnostic property: the request's HTTP method, when the code shows it.</summary>
    public const string HttpMethodProperty = "HttpMethod";

    /// <summary>Diagnostic property: the request's URL as the code writes it (a path, a member or key name).</summary>
    public const string RequestUrlProperty = "RequestUrl";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var calls = CallSymbols.From(start.Compilation);
            var symbols = calls.Known;
            if (symbols.HttpClientJsonExtensions is null && symbols.JsonContent is null && symbols.StringContent is null)
            {
                return;
            }

            var isTestProject = TestProjects.IsTestProject(start.Compilation, start.Options);
            var forwarders = symbols.HttpClientJsonExtensions is null ? null : new BodyForwarders(symbols);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, calls, isTestProject, forwarders), OperationKind.Invocation);
            if (symbols.StringContent is not null)
            {
                start.RegisterOperationAction(c => AnalyzeStringContent(c, calls, isTestProject), OperationKind.ObjectCreation);
            }

            if (symbols.SeesRefit)
            {
                start.RegisterSymbolAction(c => AnalyzeRefitMethod(c, symbols, isTestProject), SymbolKind.Method);
            }
        });
    }

    /// <summary>A Refit method's <c>[Body]</c> parameter: the call model reads the members its type serializes.</summary>
    private static void AnalyzeRefitMethod(SymbolAnalysisContext context, KnownSymbols symbols, bool isTestProject)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.ContainingType is not { TypeKind: TypeKind.Interface } || method.Parameters.IsEmpty
            || RefitCallReader.Read(method, symbols) is not { } call
            || call.Body.Members.IsEmpty
            || method.Locations.FirstOrDefault()?.SourceTree is not { } tree)
        {
            return;
        }

        var options = ConcordOptions.For(context.Options, tree);
        if (isTestProject && options.SkipTestProjects)
        {
            return;
        }

        CheckMembers(context.ReportDiagnostic, options, call.Body.Members, RequestTarget.Of(call), symbols, method, context.CancellationToken);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, CallSymbols calls, bool isTestProject, BodyForwarders? forwarders)
    {
        var symbols = calls.Known;
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (forwarders is not null && IsForwardedSend(invocation, forwarders, out var forward))
        {
            var body = invocation.Arguments.First(a => a.Parameter?.Ordinal == forward!.BodyOrdinal).Value;
            var url = forward!.UrlOrdinal >= 0 ? invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == forward.UrlOrdinal)?.Value : null;
            Check(context, body, body, RequestTargetReader.ForForwarded(forward.SendMethod, url, invocation, calls), symbols, isTestProject);
            return;
        }

        switch (method.Name)
        {
            // client.PostAsJsonAsync(url, body[, options][, cancellationToken])
            case "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync"
                when SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.HttpClientJsonExtensions):
                if (invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "value") is { } body)
                {
                    Check(context, body.Value, body.Value, RequestTargetReader.ForJsonExtension(invocation, calls), symbols, isTestProject);
                }

                break;

            // JsonContent.Create(body) passed to PostAsync, set as a request's Content, or kept in a local that is.
            case "Create" when SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.JsonContent)
                && invocation.Arguments.Length > 0:
                if (RequestTargetReader.ForContent(invocation, calls) is { } target)
                {
                    Check(context, invocation.Arguments[0].Value, invocation.Arguments[0].Value, target, symbols, isTestProject);
                }

                break;
        }
    }

    /// <summary>
    /// A call of a method of this compilation that sends one of its parameters with <c>PostAsJsonAsync</c> (a generic
    /// wrapper), given an object built at the call: the call is the send, and its argument the body.
    /// </summary>
    private static bool IsForwardedSend(IInvocationOperation invocation, BodyForwarders forwarders, out BodyForwarders.Forward? forward)
    {
        forward = null;
        var method = invocation.TargetMethod;
        if (method.DeclaringSyntaxReferences.IsEmpty
            || !invocation.Arguments.Any(a => ValueOrigins.Unwrap(a.Value) is IAnonymousObjectCreationOperation or IObjectCreationOperation)
            || invocation.SemanticModel?.Compilation is not { } compilation)
        {
            return false;
        }

        var found = forwarders.Of(method, compilation);
        forward = found;
        return found is not null && invocation.Arguments.Any(a => a.Parameter?.Ordinal == found.BodyOrdinal);
    }

    private static void AnalyzeStringContent(OperationAnalysisContext context, CallSymbols calls, bool isTestProject)
    {
        var symbols = calls.Known;
        // new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json")
        var creation = (IObjectCreationOperation)context.Operation;
        if (!SymbolEqualityComparer.Default.Equals(creation.Type, symbols.StringContent)
            || creation.Arguments.Length == 0
            || RequestTargetReader.ForContent(creation, calls) is not { } target)
        {
            return;
        }

        var text = creation.Arguments[0].Value;
        if (CallBodyReader.SerializedValue(text, symbols) is { } body)
        {
            Check(context, body, text, target, symbols, isTestProject);
            return;
        }

        // new StringContent($"{{\"api_key\":\"{key}\"}}", Encoding.UTF8, "application/json"): JSON written by hand.
        var members = HandBuiltJson.Members(text, text.Syntax.GetLocation());
        if (!members.IsEmpty)
        {
            CheckMembers(context, members, target, symbols, isTestProject);
        }
    }

    // body: the value serialized. site: the body as the analyzed call shows it; members built outside the call
    // (in a local's initializer) are reported there, so every diagnostic stays local to the operation reporting it.
    private static void Check(OperationAnalysisContext context, IOperation body, IOperation site, RequestTarget target, KnownSymbols symbols, bool isTestProject)
    {
        var options = ConcordOptions.For(context.Options, context.Operation.Syntax.SyntaxTree);
        if (isTestProject && options.SkipTestProjects)
        {
            return;
        }

        var pinned = !context.Operation.Syntax.Span.Contains(body.Syntax.Span);
        CheckMembers(context, JsonBodyReader.Read(body, site.Syntax.GetLocation(), pinned, symbols), target, symbols, isTestProject);
    }

    private static void CheckMembers(OperationAnalysisContext context, ImmutableArray<JsonBodyMember> members, RequestTarget target, KnownSymbols symbols, bool isTestProject)
    {
        var options = ConcordOptions.For(context.Options, context.Operation.Syntax.SyntaxTree);
        if (isTestProject && options.SkipTestProjects)
        {
            return;
        }

        CheckMembers(context.ReportDiagnostic, options, members, target, symbols, context.ContainingSymbol, context.CancellationToken);
    }

    // containingSymbol: the member the body is sent from, whose type's URLs and names say which provider it goes to.
    private static void CheckMembers(System.Action<Diagnostic> report, ConcordOptions options, ImmutableArray<JsonBodyMember> members, RequestTarget target, KnownSymbols symbols, ISymbol? containingSymbol, System.Threading.CancellationToken cancellationToken)
    {
        if (members.IsEmpty || CredentialExchange.IsExchange(members, target, options.CredentialNames))
        {
            return;
        }

        ProviderClues? clues = null;
        foreach (var member in members)
        {
            if (DescribeCredential(member, symbols, options.CredentialNames) is { } credential
                && !IsWhereTheProviderReadsIt(member, clues ??= BodyKeyProviders.CluesFor(target.UrlText, containingSymbol, cancellationToken)))
            {
                report(Diagnostic.Create(Rule, member.Location, target.Properties, credential, target.Describe()));
            }
        }
    }

    // The provider reads its key from this body member and nowhere else (LibreTranslate's api_key, Inara's APIkey):
    // there is no header to move it to. Or the provider documents the member as no credential (Google Maps Platform's
    // sessionToken): there is nothing to move.
    private static bool IsWhereTheProviderReadsIt(JsonBodyMember member, ProviderClues clues) =>
        CredentialExchange.NamesOf(member).Any(name => BodyKeyProviders.Requiring(name, clues) is not null || ProviderNonCredentials.Documenting(name, clues) is not null);

    /// <summary>"API key 'api_key'" when the member's name says it authenticates the request, else what its value was read from; null for anything else.</summary>
    private static string? DescribeCredential(JsonBodyMember member, KnownSymbols symbols, CredentialNames names)
    {
        var type = member.Value is { } value ? ValueOrigins.Unwrap(value).Type : member.DeclaredType;
        if (type?.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        foreach (var name in CredentialExchange.NamesOf(member))
        {
            if (RequestCredentials.Classify(name, names) is { } kind)
            {
                return IsNamedOtherwise(member.Value, name, symbols, names) ? null : $"{kind.Describe()} '{name}'";
            }
        }

        return RequestCredentials.DescribeOrigin(member.Value, symbols, names);
    }

    /// <summary>
    /// <c>token = nextPageToken</c>, <c>token = deviceToken</c>: the value's own name has the same head word
    /// and a qualifier saying it is not a credential, which outweighs the generic member name.
    /// </summary>
    private static bool IsNamedOtherwise(IOperation? value, string memberName, KnownSymbols symbols, CredentialNames names)
    {
        var origin = ValueOrigins.Trace(value, symbols).FirstOrDefault();
        if (origin is null || names.Classify(origin.ClassifiedName) is not null)
        {
            return false;
        }

        // A bare 'key' or 'token' says nothing; 'cacheKey' or 'deviceToken' says which kind it is.
        var memberWords = IdentifierWords.Split(memberName);
        var originWords = IdentifierWords.Split(origin.ClassifiedName);
        return memberWords.Count > 0 && originWords.Count > 1 && memberWords[memberWords.Count - 1] == originWords[originWords.Count - 1];
    }
}
