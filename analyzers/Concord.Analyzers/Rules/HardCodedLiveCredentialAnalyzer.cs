using System.Collections.Immutable;
using System.Linq;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Configuration;
using Concord.Analyzers.Credentials;
using Concord.Analyzers.Infrastructure;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// CORD004: a live credential written into source. A key in a repository is a key leaked; the
/// message shows only a redacted prefix so the build log does not copy the secret further.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedLiveCredentialAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.HardCodedLiveCredential,
        title: "Hard-coded live credential",
        messageFormat: "Hard-coded {0} '{1}' in source; load it from configuration or a secret store, and rotate this one",
        category: RuleCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Credentials in source are copied into every clone, build log and package. Keep them in a secret store and rotate any that was committed.",
        helpLinkUri: HelpLinks.For(RuleIds.HardCodedLiveCredential));

    /// <summary>
    /// CORD009, in place of CORD004 where the code ships to its users (by its kind, <see cref="ProjectRoles.ShipsToItsUsers"/>,
    /// or <c>concord.ships_to_users</c>) and the value is an application key: every copy carries it on purpose, so it is a
    /// suggestion to review, not a leak to rotate.
    /// </summary>
    public static readonly DiagnosticDescriptor ShippedKeyRule = new(
        RuleIds.ShippedApplicationKey,
        title: "Application key shipped to users",
        messageFormat: "{0} '{1}' ships in every copy of this application, where anyone can read it; keep it only if the provider issues it for installed apps, restricted to this one",
        category: RuleCategories.Security,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "An application that its users install carries its keys to each of them. Some providers issue keys for that (an application or project key, a restricted Google API key); any other key should stay on a server you run.",
        helpLinkUri: HelpLinks.For(RuleIds.ShippedApplicationKey),
        customTags: ShipsToUsersTag);

    // Reported only where the code says it ships to its users; tests that run every rule on source alone skip it.
    private const string ShipsToUsersTag = "ConcordShipsToUsers";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule, ShippedKeyRule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Test code: a test project, or a library written for tests (shared fixtures hold a test network's keys).
            var isTestCode = TestProjects.IsTestProject(start.Compilation, start.Options) || ProjectRoles.IsTestSupport(start.Compilation);
            var symbols = KnownSymbols.From(start.Compilation);
            var shipsByKind = ProjectRoles.ShipsToItsUsers(start.Compilation, start.Options);
            start.RegisterOperationAction(c => AnalyzeLiteral(c, symbols, isTestCode, shipsByKind), OperationKind.Literal);
            start.RegisterOperationAction(c => AnalyzeConstantUse(c, isTestCode, shipsByKind), OperationKind.FieldReference);
        });
    }

    private static void AnalyzeLiteral(OperationAnalysisContext context, KnownSymbols symbols, bool isTestCode, bool shipsByKind)
    {
        // Keys are long; a password chosen at random may be as short as 8 characters (checked first: it is cheap).
        // Text only, told by its type before its value is read (reading a number's value boxes it).
        if (context.Operation.Type?.SpecialType != SpecialType.System_String
            || context.Operation.ConstantValue.Value is not string value
            || value.Length < 8
            || (value.Length < 16 && !SecretLikeness.LooksLikeRandomPassword(value)))
        {
            return;
        }

        var options = ConcordOptions.For(context.Options, context.Operation.Syntax.SyntaxTree);
        if (isTestCode && options.SkipTestProjects)
        {
            return;
        }

        var described = value.Length >= 16 ? KnownSecretFormats.Recognise(value) : null;
        var isApplicationKey = described is not null && KnownSecretFormats.IsIssuedForApps(value);
        if (described is null
            && TargetName(context.Operation) is { } target
            && options.CredentialNames.Classify(target) is { } kind
            && !SpellsItsName(value, target)
            && (SecretLikeness.LooksRandom(value) || (kind == CredentialKind.Password && SecretLikeness.LooksLikeRandomPassword(value))))
        {
            described = kind.Describe();
            isApplicationKey = IsApplicationKeyKind(kind);
        }

        if (value.Length < 16 && described is null)
        {
            return;
        }

        // A header's value: the header's name says what it is (X-Api-Key, Authorization: Bearer …).
        if (described is null && HeaderCredentialValues.Of(context.Operation, value, options.CredentialNames, symbols) is { } header
            && (SecretLikeness.LooksRandom(header.Value) || KnownSecretFormats.Recognise(header.Value) is not null))
        {
            described = header.Kind.Describe();
            isApplicationKey = IsApplicationKeyKind(header.Kind);
            value = header.Value;
        }

        if (described is null && (InUrlQuery(context.Operation, value, options.CredentialNames, context.ContainingSymbol) ?? GivenToAQueryBuilder(context.Operation, value, options.CredentialNames)) is { } inQuery)
        {
            described = inQuery.Kind.Describe() + " in a URL";
            isApplicationKey = IsApplicationKeyKind(inQuery.Kind);
            value = inQuery.Value;
        }

        if (described is not null && !IsTestData(context.Operation.Syntax) && !PublicDevelopmentKeys.Holds(value))
        {
            var rule = isApplicationKey && (options.ShipsToUsers ?? shipsByKind) ? ShippedKeyRule : Rule;
            context.ReportDiagnostic(Diagnostic.Create(rule, context.Operation.Syntax.GetLocation(), described, SecretLikeness.Redact(value)));
        }
    }

    // Auth0VerifiableCredentials = "AUTH0_VERIFIABLE_CREDENTIALS" (found on real code: a generated client's enum values):
    // the value is its member's own name in another case, a name the API uses, not key material. A version may follow
    // it (a desktop app's secure-storage entry, KEY_MACHINE_SECRET = "KEY_MACHINE_SECRET_2105", found on real code).
    private static bool SpellsItsName(string value, string name)
    {
        int v = 0, n = 0;
        while (true)
        {
            while (v < value.Length && !char.IsLetterOrDigit(value[v]))
            {
                v++;
            }

            while (n < name.Length && !char.IsLetterOrDigit(name[n]))
            {
                n++;
            }

            if (v == value.Length || n == name.Length)
            {
                // The whole name, then at most a version: KEY_MACHINE_SECRET = "KEY_MACHINE_SECRET_2105".
                return n == name.Length && value.Skip(v).All(c => !char.IsLetter(c));
            }

            if (char.ToLowerInvariant(value[v]) != char.ToLowerInvariant(name[n]))
            {
                return false;
            }

            v++;
            n++;
        }
    }

    // An API key, token or client secret may be one the provider issues to an application rather than to an account;
    // a password, or a credential of an account-secret format (a Stripe secret key, an AWS key), never is.
    private static bool IsApplicationKeyKind(CredentialKind kind) =>
        kind is CredentialKind.ApiKey or CredentialKind.Token or CredentialKind.Secret;

    // The arguments of a test's data attribute ([InlineData], [TestCase], [DataRow], [Arguments]) are inputs made up
    // for the test, wherever the file is compiled (a test project the build does not mark as one, a shared file).
    private static readonly string[] TestDataAttributes = { "InlineData", "TestCase", "DataRow", "Arguments" };

    private static bool IsTestData(SyntaxNode literal)
    {
        if (literal.FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute)
        {
            return false;
        }

        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        if (name.EndsWith("Attribute", System.StringComparison.Ordinal))
        {
            name = name.Substring(0, name.Length - "Attribute".Length);
        }

        return System.Array.IndexOf(TestDataAttributes, name) >= 0;
    }

    /// <summary>
    /// A constant with a neutral name (<c>const string Default = "…"</c>) that the code uses as a credential:
    /// interpolated or concatenated after <c>api_key=</c> in a URL. Reported at the use.
    /// </summary>
    private static void AnalyzeConstantUse(OperationAnalysisContext context, bool isTestCode, bool shipsByKind)
    {
        var reference = (IFieldReferenceOperation)context.Operation;
        // The field's type before its value: reading an enum member's or a number's value boxes it, on every use.
        if (!reference.Field.IsConst || reference.Field.Type.SpecialType != SpecialType.System_String
            || reference.ConstantValue.Value is not string value || value.Length < 16)
        {
            return;
        }

        var options = ConcordOptions.For(context.Options, reference.Syntax.SyntaxTree);
        if ((isTestCode && options.SkipTestProjects) || options.CredentialNames.Classify(reference.Field.Name) is not null)
        {
            return; // a credential-named constant is reported at its declaration
        }

        // Only a query parameter says the constant is sent as a credential; a parameter named 'password' may be a
        // decryption passphrase published by the site the code reads (seen on real code).
        var useName = QueryNameBefore(reference);
        if (useName is null || options.CredentialNames.Classify(useName) is not { } kind)
        {
            return;
        }

        var format = KnownSecretFormats.Recognise(value);
        if ((format is not null || SecretLikeness.LooksRandom(value)) && !PublicDevelopmentKeys.Holds(value))
        {
            var isApplicationKey = format is null ? IsApplicationKeyKind(kind) : KnownSecretFormats.IsIssuedForApps(value);
            var rule = isApplicationKey && (options.ShipsToUsers ?? shipsByKind) ? ShippedKeyRule : Rule;
            context.ReportDiagnostic(Diagnostic.Create(rule, reference.Syntax.GetLocation(), kind.Describe(), SecretLikeness.Redact(value)));
        }
    }

    /// <summary>The query parameter a hole fills: <c>api_key</c> in <c>$"…?api_key={Key}"</c> or <c>"…&amp;api_key=" + Key</c>.</summary>
    private static string? QueryNameBefore(IOperation reference)
    {
        var hole = Unparenthesized(reference.Parent);
        string? before = null;
        if (hole is IInterpolationOperation interpolation && interpolation.Parent is IInterpolatedStringOperation interpolated)
        {
            var index = interpolated.Parts.IndexOf(interpolation);
            before = index > 0 && interpolated.Parts[index - 1] is IInterpolatedStringTextOperation text ? text.Text.ConstantValue.Value as string : null;
        }
        else if (hole is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary && binary.RightOperand.Syntax == reference.Syntax)
        {
            before = binary.LeftOperand.ConstantValue.Value as string
                ?? (binary.LeftOperand is IBinaryOperation { RightOperand: var left } ? left.ConstantValue.Value as string : null);
        }

        if (before is null || !before.EndsWith("=", System.StringComparison.Ordinal))
        {
            return null;
        }

        var start = before.LastIndexOfAny(new[] { '?', '&' });
        return start >= 0 ? before.Substring(start + 1, before.Length - start - 2) : null;
    }

    private static IOperation? Unparenthesized(IOperation? operation)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    /// <summary>
    /// <c>AddQueryParam("api_key", "…")</c>, <c>QueryHelpers.AddQueryString(url, "apikey", "…")</c>, <c>{ "api_token", "…" }</c>
    /// given to a query method: the literal is the value of a query parameter whose name says it is a credential, as the
    /// call model's query reader reads the builder.
    /// </summary>
    private static (CredentialKind Kind, string Value)? GivenToAQueryBuilder(IOperation literal, string value, CredentialNames names)
    {
        if (Unparenthesized(literal.Parent) is not IArgumentOperation { Parent: IInvocationOperation builder }
            || !(SecretLikeness.LooksRandom(value) || KnownSecretFormats.Recognise(value) is not null))
        {
            return null;
        }

        foreach (var parameter in CallQueryReader.OfBuilder(builder))
        {
            if (parameter.LiteralValue == value && names.Classify(parameter.Name) is { } kind)
            {
                return (kind, value);
            }
        }

        return null;
    }

    /// <summary>
    /// A key written into a URL's query, read by the call model's query parser: in the literal itself
    /// (<c>"https://api.example/v1?api_key=9f86d081884c7d65…"</c>) or in a piece of a longer URL whose <c>?</c> is in
    /// an earlier piece (<c>".../weather?" + $"q={city}&amp;" + "appid=42cd…&amp;" + "units=metric"</c>). The parameter
    /// is a credential by its name, or by being the one a known provider reads its key from (OpenWeatherMap's
    /// <c>appid</c>) when the URL names that provider's host.
    /// </summary>
    private static (CredentialKind Kind, string Value)? InUrlQuery(IOperation literal, string value, CredentialNames names, ISymbol? containingSymbol)
    {
        // Cheap checks first: base64 padding is not 'name=value', and a query needs a '?' somewhere in the URL's text.
        if (!HasNameValue(value))
        {
            return null;
        }

        var url = WholeStrings.Of(literal);
        if ((url == literal ? value.IndexOf('?') < 0 : url.Syntax.ToString().IndexOf('?') < 0)
            || CallQueryReader.InUrlText(url) is not { } query)
        {
            return null;
        }

        ProviderClues? clues = null;
        foreach (var parameter in query.Parameters)
        {
            if (parameter.LiteralValue is not { } written || value.IndexOf(parameter.Name + "=" + written, System.StringComparison.Ordinal) < 0)
            {
                continue; // not written in this literal: another piece of the URL reports its own
            }

            var secret = System.Uri.UnescapeDataString(written);
            if (!SecretLikeness.LooksRandom(secret) && KnownSecretFormats.Recognise(secret) is null)
            {
                continue;
            }

            clues ??= ProviderClues.Of(ProviderClues.HostOf(query.Text) is { } host ? new[] { host } : System.Array.Empty<string>(), containingSymbol);
            if (names.Classify(parameter.Name) is { } kind)
            {
                return (kind, secret);
            }

            if (QueryKeyProviders.IsKeyParameterAtHost(parameter.Name, clues))
            {
                return (CredentialKind.ApiKey, secret);
            }
        }

        return null;
    }

    private static bool HasNameValue(string value)
    {
        for (var i = value.IndexOf('='); i > 0 && i < value.Length - 1; i = value.IndexOf('=', i + 1))
        {
            if (value[i + 1] != '=')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name the literal is stored under: a field, property, local, parameter, or configuration key.</summary>
    private static string? TargetName(IOperation literal)
    {
        var parent = literal.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IFieldInitializerOperation field:
                return field.InitializedFields.FirstOrDefault()?.Name;
            case IPropertyInitializerOperation property:
                return property.InitializedProperties.FirstOrDefault()?.Name;
            case IParameterInitializerOperation parameter:
                return parameter.Parameter.Name;
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return declarator.Symbol.Name;
            case IArgumentOperation argument:
                return argument.Parameter?.Name;
            case ISimpleAssignmentOperation assignment:
                return assignment.Target switch
                {
                    IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                        when indexer.Arguments[0].Value.ConstantValue.Value is string key => IdentifierWords.LastConfigurationSegment(key),
                    IMemberReferenceOperation member => member.Member.Name,
                    ILocalReferenceOperation local => local.Local.Name,
                    IParameterReferenceOperation parameterReference => parameterReference.Parameter.Name,
                    _ => null,
                };
            default:
                return null;
        }
    }
}
