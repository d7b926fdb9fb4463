using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Concord.Analyzers.Configuration;

/// <summary>Recognises test projects: by the <c>IsTestProject</c> build property, else by a test framework reference.</summary>
internal static class TestProjects
{
    private static readonly string[] TestFrameworkAssemblies =
    {
        "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework",
        "MSTest.TestFramework", "TUnit.Core",
    };

    public static bool IsTestProject(Compilation compilation, AnalyzerOptions options)
    {
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.IsTestProject", out var value)
            && bool.TryParse(value, out var isTest))
        {
            return isTest;
        }

        return compilation.ReferencedAssemblyNames.Any(
            reference => TestFrameworkAssemblies.Contains(reference.Name, StringComparer.OrdinalIgnoreCase));
    }
}
