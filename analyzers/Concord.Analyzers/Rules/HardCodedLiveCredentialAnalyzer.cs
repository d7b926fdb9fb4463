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

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var isTestProject = TestProjects.IsTestProject(start.Compilation, start.Options);
            start.RegisterOperationAction(c => AnalyzeLiteral(c, isTestProject), OperationKind.Literal);
        });
    }

    private static void AnalyzeLiteral(OperationAnalysisContext context, bool isTestProject)
    {
        if (context.Operation.ConstantValue.Value is not string value || value.Length < 16)
        {
            return;
        }

        var options = ConcordOptions.For(context.Options, context.Operation.Syntax.SyntaxTree);
        if (isTestProject && options.SkipTestProjects)
        {
            return;
        }

        var described = KnownSecretFormats.Recognise(value);
        if (described is null
            && TargetName(context.Operation) is { } target
            && options.CredentialNames.Classify(target) is { } kind
            && SecretLikeness.LooksRandom(value))
        {
            described = kind.Describe();
        }

        if (described is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.Operation.Syntax.GetLocation(), described, SecretLikeness.Redact(value)));
        }
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
