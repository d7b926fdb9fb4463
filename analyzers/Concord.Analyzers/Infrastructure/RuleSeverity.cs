using System.Threading;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Infrastructure;

/// <summary>
/// Whether the user switched a rule off for the whole compilation (<c>dotnet_diagnostic.CORD007.severity = none</c>
/// in an .editorconfig or .globalconfig, <c>NoWarn</c>, a ruleset). The compiler leaves out an analyzer all of whose
/// rules are off; an analyzer that serves several rules asks this to skip the work of the ones that are.
/// </summary>
internal static class RuleSeverity
{
    /// <summary>
    /// True only when no file of the compilation can report the rule: the compilation-wide setting says none
    /// (or the rule is off by default) and no file's .editorconfig turns it on, or every file's says none.
    /// In doubt, the rule is on.
    /// </summary>
    public static bool IsSwitchedOff(DiagnosticDescriptor rule, Compilation compilation, CancellationToken cancellationToken)
    {
        var options = compilation.Options;

        // NoWarn and the command line's /nowarn win over every .editorconfig.
        var hasSpecific = options.SpecificDiagnosticOptions.TryGetValue(rule.Id, out var specific);
        if (hasSpecific && specific == ReportDiagnostic.Suppress)
        {
            return true;
        }

        var provider = options.SyntaxTreeOptionsProvider;
        var compilationWide = hasSpecific
            ? specific
            : provider is not null && provider.TryGetGlobalDiagnosticValue(rule.Id, cancellationToken, out var global)
                ? global
                : rule.IsEnabledByDefault ? ReportDiagnostic.Default : ReportDiagnostic.Suppress;
        var offForTheCompilation = compilationWide == ReportDiagnostic.Suppress;
        if (provider is null)
        {
            return offForTheCompilation;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            var forTheFile = provider.TryGetDiagnosticValue(tree, rule.Id, cancellationToken, out var perFile) ? perFile : compilationWide;
            if (forTheFile != ReportDiagnostic.Suppress)
            {
                return false;
            }
        }

        return true;
    }
}
