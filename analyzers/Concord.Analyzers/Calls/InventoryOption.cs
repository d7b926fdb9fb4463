using Microsoft.CodeAnalysis.Diagnostics;

namespace Concord.Analyzers.Calls;

/// <summary>
/// Inventory diagnostics (CORD090, CORD091) describe the code rather than judge it. They are reported only
/// when the build sets <c>ConcordInventory=true</c> and makes it visible to the compiler, as
/// <c>concord check</c> does; in the IDE and in ordinary builds they never appear.
/// </summary>
internal static class InventoryOption
{
    public const string BuildProperty = "build_property.ConcordInventory";

    /// <summary>The category of inventory diagnostics in the release tracking files.</summary>
    public const string Category = "Inventory";

    /// <summary>A custom tag on inventory descriptors, so tools and tests can tell them from rules.</summary>
    public const string Tag = "ConcordInventory";

    public static bool IsOn(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(BuildProperty, out var value)
        && bool.TryParse(value?.Trim(), out var on)
        && on;
}
