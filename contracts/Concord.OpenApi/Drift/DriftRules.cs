using Concord.Core.Findings;
using Concord.Core.Reports;

namespace Concord.OpenApi.Drift;

/// <summary>The drift rule ids (CORD400–CORD499). Each is stable once shipped and has a page in contracts/docs.</summary>
public static class DriftRules
{
    /// <summary>A consumer's code calls a route its provider does not serve: not in the document, or answering 404/405 live.</summary>
    public const string CalledRouteNotServed = "CORD400";

    /// <summary>A route the committed document lists answers 404 or 405 on the running service.</summary>
    public const string DocumentedRouteNotLive = "CORD401";

    /// <summary>The running service does not serve its OpenAPI document, or serves one that cannot be read.</summary>
    public const string DocumentNotServed = "CORD402";

    /// <summary>The drift rules as reports list them, each with its documentation page.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } =
    [
        Describe(CalledRouteNotServed, "Called route not served", Severity.Error),
        Describe(DocumentedRouteNotLive, "Documented route not served", Severity.Error),
        Describe(DocumentNotServed, "OpenAPI document not served", Severity.Warning),
    ];

    private static RuleDescriptor Describe(string id, string title, Severity severity) =>
        new(id, title, Lens.Drift, severity, new Uri($"https://github.com/concord-contracts/concord/blob/main/contracts/docs/{id}.md"));
}
