using System;
using System.Collections.Immutable;
using System.Linq;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Calls.Providers;
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
/// CORD003: a credential placed in a URL's query string. URLs are written to access logs, proxies,
/// browser history and error reports; a key there travels much further than the request.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed partial class CredentialInQueryStringAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The option naming documented public, non-secret parameters (e.g. a publishable key).</summary>
    public const string AllowedParametersOption = "concord.CORD003.allowed_parameters";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.CredentialInQueryString,
        title: "Credential in a URL query string",
        messageFormat: "{0} is sent in the query string parameter '{1}'{2}, where logs, proxies and browser history keep it; {3}",
        category: RuleCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Query strings are logged by servers, proxies and load balancers. Credentials belong in a header the server reads (or the body of a POST), which those do not log.",
        helpLinkUri: HelpLinks.For(RuleIds.CredentialInQueryString),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var calls = CallSymbols.From(start.Compilation);
            var isTestProject = TestProjects.IsTestProject(start.Compilation, start.Options);

            // Provider documents are read once per compilation (and parsed once per content), never per URL.
            var documented = DocumentedQueryKeys.From(ProviderDocuments.Of(start.Options, start.CancellationToken));
            var site = new Site(calls, isTestProject, documented);

            // Every check is a compilation-wide operation action that files what it finds under the type it is in;
            // the warnings are made at the end of the compilation: one per type, credential and parameter, and a URL
            // that leaves its method only by return or a property or field counts once a send is found to read it,
            // looked up then and only for such URLs. Not per type (a symbol start and end action): the analyzer
            // driver's bookkeeping for those made a large library's whole compile 25–30 % slower, measured, where
            // these actions add almost nothing.
            start.RegisterCompilationEndAction(end => site.ReportTo(end.ReportDiagnostic, RequestedUrls.Of(end.Compilation, calls, end.CancellationToken)));

            start.RegisterOperationAction(
                c => Analyze(c, site),
                OperationKind.InterpolatedString,
                OperationKind.Binary,
                OperationKind.Literal,
                OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeQueryBuilder(c, site), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeQueryAssignment(c, site), OperationKind.SimpleAssignment, OperationKind.CompoundAssignment);
        });
    }

    /// <summary>
    /// Query builders and query collections (<c>QueryHelpers.AddQueryString(url, "api_key", key)</c>,
    /// <c>AddQueryParam("apikey", key)</c>, <c>{ "api_token", key }</c>), read by the call model's query reader.
    /// </summary>
    private static void AnalyzeQueryBuilder(OperationAnalysisContext context, Site site)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var parameters = CallQueryReader.OfBuilder(invocation);
        if (parameters.Count == 0)
        {
            return;
        }

        var options = ConcordOptions.For(context.Options, invocation.Syntax.SyntaxTree);
        if (site.IsTestProject && options.SkipTestProjects)
        {
            return;
        }

        // Whether the collection is signed is read from the whole method: only for a collection given a credential.
        if (parameters.Any(parameter => Describe(parameter, site.Symbols, options.CredentialNames) is not null)
            && SignedQueries.IsSignedCollection(invocation))
        {
            return;
        }

        // The URL the builder adds to, as far as it is written: its host names the provider, its path the protocol step.
        var urlText = CallQueryReader.BuilderUrl(invocation) is { } url ? UrlTemplates.TextOf(url, site.Calls) : null;
        foreach (var parameter in parameters)
        {
            Report(context, invocation.Syntax, parameter.Location, parameter, urlText, site, options, () => UrlExits.OfBuilder(invocation, context.ContainingSymbol));
        }
    }

    /// <summary><c>builder.Query = "api_key=" + key</c>, and <c>url += "&amp;apikey=" + key</c> onto a URL that has its <c>?</c> already.</summary>
    private static void AnalyzeQueryAssignment(OperationAnalysisContext context, Site site)
    {
        var assignment = (IAssignmentOperation)context.Operation;
        if (CallQueryReader.InAssignment(assignment) is { } query)
        {
            AnalyzeParameters(context, assignment.Value.Syntax, query, site, () => UrlExits.OfAssignment(assignment, context.ContainingSymbol));
        }
    }

    private static void Analyze(OperationAnalysisContext context, Site site)
    {
        var operation = context.Operation;
        var type = operation.Type;

        // A URL is a string, or a Uri from a format wrapper: every other operation leaves before any symbol is read.
        if (type is null || (type.SpecialType != SpecialType.System_String && type.Name != "Uri"))
        {
            return;
        }

        var isWrapper = operation is IInvocationOperation invocation && StringSegments.IsFormatWrapper(invocation.TargetMethod);
        if ((type.SpecialType != SpecialType.System_String && !isWrapper)
            || (operation is IInvocationOperation { TargetMethod.Name: not "Format" } && !isWrapper)
            || operation is IBinaryOperation { OperatorKind: not BinaryOperatorKind.Add }
            // Whole strings only, checked first: it is constant time, and the literal scan below walks the whole
            // expression, so running the scan on every link of a long a + b + c + … chain made the rule quadratic.
            || !WholeStrings.IsWhole(operation)
            || !(HasQueryMarkInLiteralText(operation.Syntax) || HasQueryMarkInNamedText(operation))
            || IsAssignedToQuery(operation))
        {
            return;
        }

        // url + "&apikey=" + key reads as query text too: the call model's query reader decides.
        if (CallQueryReader.InUrlText(operation) is { } query)
        {
            AnalyzeParameters(context, operation.Syntax, query, site, () => UrlExits.Of(operation, context.ContainingSymbol));
        }
    }

    private static void AnalyzeParameters(OperationAnalysisContext context, SyntaxNode at, QueryInUrl query, Site site, Func<UrlExits> exits)
    {
        var options = ConcordOptions.For(context.Options, at.SyntaxTree);
        if (site.IsTestProject && options.SkipTestProjects)
        {
            return;
        }

        if (IsEmailLink(context.ContainingSymbol) || IsLinkForOthers(context.ContainingSymbol, at) || UrlsWrittenIntoText.IsOnlyWrittenIntoText(context.Operation)
            || SignedQueries.IsSigned(query) || IsAuthorizationRequest(query))
        {
            return;
        }

        var urlText = query.Text;
        foreach (var parameter in query.Parameters)
        {
            if (Report(context, at, at.GetLocation(), parameter, urlText, site, options, exits))
            {
                return;
            }
        }
    }

    // at: the URL's expression, where the provider's clues are read; where: the place reported.
    // exits: where the URL goes, read only once a credential is found in it.
    private static bool Report(OperationAnalysisContext context, SyntaxNode at, Location where, QueryParameter parameter, string? urlText, Site site, ConcordOptions options, Func<UrlExits> exits)
    {
        if (site.FindingsIn(context.ContainingSymbol) is not { } type)
        {
            return false;
        }

        if (options.List(AllowedParametersOption).Any(name => string.Equals(name, parameter.Name, StringComparison.OrdinalIgnoreCase))
            || IsActionName(parameter)
            || IsOAuth1Authorization(parameter, urlText)
            || NamesATokenThatIsNoCredential(parameter, options.CredentialNames)
            || IsEmailLink(context.ContainingSymbol)
            || Describe(parameter, site.Symbols, options.CredentialNames) is not { } described)
        {
            return false;
        }

        // The provider's clues walk the whole type's text for hosts: read only for a parameter that carries a credential.
        var clues = type.CluesFor(urlText, at, context.Operation.SemanticModel, context.ContainingSymbol, context.CancellationToken);
        if (IsWhereTheProviderReadsIt(parameter, urlText, clues, site.Documented))
        {
            return false;
        }

        var leaves = exits();
        type.Sends.Add(where, described, parameter.Name, QueryKeyAdvice.For(parameter.Name, clues, urlText), leaves.IsHandedOn ? null : leaves.Sinks);
        return true;
    }

    // The provider reads the key from this query parameter and nowhere else: its document says so (an apiKey
    // scheme in: query), or it is one of the few providers and protocols known to take the key only there.
    // Or the provider documents the parameter as no credential (Google Maps Platform's sessionToken).
    private static bool IsWhereTheProviderReadsIt(QueryParameter parameter, string? urlText, ProviderClues clues, DocumentedQueryKeys documented) =>
        documented.ProviderReading(parameter.Name, urlText) is not null
        || QueryKeyProviders.Requiring(parameter.Name, clues) is not null
        || ProviderNonCredentials.Documenting(parameter.Name, clues) is not null;

    // A link written into an e-mail (verify, accept an invitation) carries its one-time token in the URL by design.
    private static bool IsEmailLink(ISymbol? symbol)
    {
        for (var current = symbol; current is not null && current is not INamespaceSymbol { IsGlobalNamespace: true }; current = current.ContainingSymbol)
        {
            if (current is INamedTypeSymbol or INamespaceSymbol && IdentifierWords.Split(current.Name).Any(word => word is "mail" or "email" or "mailer" or "mails"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A link the code makes for someone else to open, not a request it sends: built in a method named for a link
    /// (<c>ConvertToProxyLink</c>, <c>CreateInviteLink</c>) or a download URL (<c>GetAttachmentDownloadUrl</c>), and not
    /// handed to a call. The reader (a download client, a browser) can only present what the URL carries.
    /// </summary>
    private static bool IsLinkForOthers(ISymbol? symbol, SyntaxNode at)
    {
        if (symbol is not IMethodSymbol method)
        {
            return false;
        }

        var name = method.MethodKind == MethodKind.PropertyGet && method.AssociatedSymbol is { } property ? property.Name : method.Name;
        var words = IdentifierWords.Split(name);
        var isLinkMaker = words.Any(word => word is "link" or "links" or "invite" or "invitation")
            || (words.Contains("download") && words.Any(word => word is "url" or "uri"));
        if (!isLinkMaker)
        {
            return false;
        }

        // Passed straight to a call (GetAsync(url), Send(new Request(url))): a request after all.
        for (var node = at.Parent; node is not null && node is not StatementSyntax && node is not ArrowExpressionClauseSyntax; node = node.Parent)
        {
            // new Uri(…) only changes the link's type; any other object made from it may be a request (new Request(url)).
            if (node is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax } argument
                && argument.Parent?.Parent is not ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax { Identifier.ValueText: "Uri" } or QualifiedNameSyntax { Right.Identifier.ValueText: "Uri" } })
            {
                return false;
            }
        }

        return true;
    }

    // An OAuth 2 authorization request (response_type beside client_id or redirect_uri, RFC 6749 section 4.1.1) is a
    // page the user's browser opens, and the protocol puts its parameters in the query: a token there (an OpenID
    // Connect id_token_hint, a provider's single sign-on token) cannot go in a header the browser does not send.
    private static bool IsAuthorizationRequest(QueryInUrl query) =>
        query.Parameters.Any(parameter => string.Equals(parameter.Name, "response_type", StringComparison.Ordinal))
        && query.Parameters.Any(parameter => parameter.Name is "client_id" or "redirect_uri");

    // ?get_token=get_token, ?action=refresh_token: the value names the action, it is not a credential.
    private static bool IsActionName(QueryParameter parameter) =>
        parameter.LiteralValue is { } literal && string.Equals(literal, parameter.Name, StringComparison.OrdinalIgnoreCase);

    // OAuth 1.0a sends the temporary request token to the authorize page in the URL, by design. The page is named
    // authorize/authenticate, or its address is configured and the URL carries oauth_callback beside the token,
    // which only the authorize step does (the access-token step never names a callback).
    private static bool IsOAuth1Authorization(QueryParameter parameter, string? urlText) =>
        string.Equals(parameter.Name, "oauth_token", StringComparison.OrdinalIgnoreCase)
        && urlText is not null
        && (urlText.IndexOf("authorize", StringComparison.OrdinalIgnoreCase) >= 0
            || urlText.IndexOf("authenticate", StringComparison.OrdinalIgnoreCase) >= 0
            || urlText.IndexOf("oauth_callback=", StringComparison.OrdinalIgnoreCase) >= 0);

    // ?rewriteToken=…, ?pageToken=…: the server names a token that is no credential (a continuation the previous
    // response handed back); what the code calls the value it passes does not change what the server reads.
    private static bool NamesATokenThatIsNoCredential(QueryParameter parameter, CredentialNames names)
    {
        var words = IdentifierWords.Split(parameter.Name);
        return words.Count > 1 && words[words.Count - 1] == "token" && names.Classify(parameter.Name) is null;
    }

    // ?credential={credentialId}, ?key={keyId}: the code names what it sends as the identifier of the thing the parameter
    // names (a passkey's credential id, found on real code, which WebAuthn makes public), not the thing itself.
    private static bool IsTheIdOfWhatTheParameterNames(string parameterName, IOperation value)
    {
        var parameterWords = IdentifierWords.Split(parameterName);
        var read = 0;
        foreach (var operation in value.DescendantsAndSelf())
        {
            var name = operation switch
            {
                ILocalReferenceOperation local => local.Local.Name,
                IParameterReferenceOperation reference => reference.Parameter.Name,
                IFieldReferenceOperation field => field.Field.Name,
                IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
                _ => null,
            };
            if (name is null)
            {
                continue;
            }

            var words = IdentifierWords.Split(name);
            if (words.Count != parameterWords.Count + 1 || words[words.Count - 1] is not ("id" or "ids")
                || !words.Take(parameterWords.Count).SequenceEqual(parameterWords))
            {
                return false;
            }

            read++;
        }

        return read > 0;
    }

    // builder.Query = …: read by AnalyzeQueryAssignment, which knows the text is a query already.
    private static bool IsAssignedToQuery(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return CallQueryReader.IsUriBuilderQuery(parent!) || parent is ICompoundAssignmentOperation;
    }

    private static string? Describe(QueryParameter parameter, KnownSymbols symbols, CredentialNames names)
    {
        var nameKind = names.Classify(parameter.Name);
        if (parameter.Value is { } value)
        {
            if (CredentialEvidence.Of(value, symbols, names) is { Kind: not CredentialKind.Credential } evidence)
            {
                return Capitalize(evidence.Describe());
            }

            return nameKind is { } kind && !IsTheIdOfWhatTheParameterNames(parameter.Name, value) ? "A value for " + kind.Describe() + " parameter" : null;
        }

        return nameKind is { } literalKind && parameter.LiteralValue is { } literal && !Placeholders.IsPlaceholder(literal)
            ? "A literal " + literalKind.Describe()
            : null;
    }

    // Cheap check before any flattening: a query string needs a '?' (or a '&' continuing one) in some literal text.
    private static bool HasQueryMarkInLiteralText(SyntaxNode syntax)
    {
        if (syntax is LiteralExpressionSyntax literal)
        {
            return literal.Token.ValueText.IndexOf('?') >= 0;
        }

        foreach (var token in syntax.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken)
                || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
            {
                if (token.ValueText.IndexOfAny(QueryMarks) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly char[] QueryMarks = { '?', '&' };

    // The URL's text is written elsewhere: in a constant (string.Format(VerifyUrl, secret), VerifyUrl + secret, where
    // const VerifyUrl = "…/siteverify?secret={0}"), or in the CompositeFormat a field was parsed from
    // (string.Format(provider, AddressFormat, key)). Read only once the literal scan found no mark.
    private static bool HasQueryMarkInNamedText(IOperation operation)
    {
        // A literal names no other text, and literals are most of the strings that reach this: left before a walk.
        if (operation is ILiteralOperation)
        {
            return false;
        }

        foreach (var part in operation.DescendantsAndSelf())
        {
            if (part is IFieldReferenceOperation or ILocalReferenceOperation
                && part.ConstantValue is { HasValue: true, Value: string constant } && constant.IndexOfAny(QueryMarks) >= 0)
            {
                return true;
            }

            if (part is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Format", TargetMethod.ContainingType.SpecialType: SpecialType.System_String } } argument
                && CompositeFormats.IsCompositeFormat(argument.Value.Type) && CompositeFormats.TextOf(argument.Value)?.IndexOfAny(QueryMarks) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
