using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Concord.Analyzers.Configuration;

/// <summary>
/// Recognises test projects: by the <c>IsTestProject</c> build property when the build makes it visible, else (a
/// compilation made without the package's build props) by a test framework reference.
/// </summary>
internal static class TestProjects
{
    private static readonly string[] TestFrameworkAssemblies =
    {
        "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework",
        "MSTest.TestFramework", "TUnit.Core",
    };

    public static bool IsTestProject(Compilation compilation, AnalyzerOptions options)
    {
        // The package's build props declare the property, so in a real build the key is always there, empty when no
        // one set it. Microsoft.NET.Test.Sdk (which MSTest.Sdk brings), xunit.v3 and TUnit set it to true in the
        // projects that run tests; a library that only references a framework, to ship test helpers of its own (a
        // game's test-scene framework), leaves it empty and is not a test project.
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.IsTestProject", out var value))
        {
            return bool.TryParse(value?.Trim(), out var isTest) && isTest;
        }

        return compilation.ReferencedAssemblyNames.Any(
            reference => TestFrameworkAssemblies.Contains(reference.Name, StringComparer.OrdinalIgnoreCase));
    }
}
