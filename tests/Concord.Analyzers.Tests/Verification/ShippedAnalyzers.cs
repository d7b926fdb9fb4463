using System.Collections.Immutable;
using System.Reflection;
using Concord.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Concord.Analyzers.Tests.Verification;

/// <summary>
/// Every analyzer the Concord.Analyzers assembly ships, found by reflection, so that tests which
/// cover "all rules" pick up a new rule the moment it is added.
/// </summary>
internal static class ShippedAnalyzers
{
    public static Assembly Assembly { get; } = typeof(RuleIds).Assembly;

    public static ImmutableArray<DiagnosticAnalyzer> Create() =>
        Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsClass: true }
                && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

    /// <summary>
    /// The ids of the rules shipped today that fire on source alone, e.g. CORD005. Inventory diagnostics
    /// (CORD090, CORD091: tagged "ConcordInventory") describe the code for concord check, only when asked;
    /// spec-aware rules (CORD006, CORD007: tagged "ConcordProviderDocument") need a provider's document
    /// as an AdditionalFile; CORD009 (tagged "ConcordShipsToUsers") needs <c>concord.ships_to_users</c>. Each has tests
    /// of its own under Calls/ and Rules/.
    /// </summary>
    public static ImmutableSortedSet<string> RuleIds { get; } = Create()
        .SelectMany(analyzer => analyzer.SupportedDiagnostics)
        .Where(descriptor => !descriptor.CustomTags.Contains("ConcordInventory") && !descriptor.CustomTags.Contains("ConcordProviderDocument")
            && !descriptor.CustomTags.Contains("ConcordShipsToUsers"))
        .Select(descriptor => descriptor.Id)
        .ToImmutableSortedSet(StringComparer.Ordinal);
}
