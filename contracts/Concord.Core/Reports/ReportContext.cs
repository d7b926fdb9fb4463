using System.Collections.Immutable;
using System.Reflection;

namespace Concord.Core.Reports;

/// <summary>
/// Everything a report writer needs besides the findings. Writers read nothing else: whether the
/// output is a terminal or colour is unwanted is decided by the caller and passed here.
/// </summary>
public sealed record ReportContext
{
    /// <summary>The tool's name as reports show it.</summary>
    public string ToolName { get; init; } = "concord";

    /// <summary>The tool's version; defaults to Concord.Core's informational version.</summary>
    public string ToolVersion { get; init; } = DefaultToolVersion;

    /// <summary>Concord's home page: where its README and every rule's docs page live.</summary>
    public static Uri ProjectUri { get; } = new("https://github.com/concord-contracts/concord");

    /// <summary>
    /// Where users learn about the tool (SARIF's <c>informationUri</c>, which code scanning expects);
    /// also the help link of a rule that has no page of its own. Defaults to <see cref="ProjectUri"/>.
    /// </summary>
    public Uri? ToolInformationUri { get; init; } = ProjectUri;

    /// <summary>What was checked, e.g. <c>concord diff base.yaml revision.yaml</c>; used as the report's heading.</summary>
    public string Title { get; init; } = "Concord report";

    /// <summary>
    /// Folders that absolute paths in locations are made relative to (the first that contains a path
    /// wins), so reports read the same on every machine and SARIF URIs resolve against the checkout.
    /// </summary>
    public ImmutableArray<string> BasePaths { get; init; } = [];

    /// <summary>The rules the run knows, by id: their titles label groups, and SARIF lists them all.</summary>
    public RuleCatalog Rules { get; init; } = RuleCatalog.Empty;

    /// <summary>
    /// The system the run checked, when it was a whole system (<c>concord check</c>): the HTML report opens
    /// with it drawn as a map, the JSON report lists it. <c>null</c>: a map is drawn only from the
    /// consumer → provider pairs the findings' disagreements name.
    /// </summary>
    public SystemMap? SystemMap { get; init; }

    /// <summary>Whether the output goes to a terminal; the text report colours only then.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Whether the user asked for no colour (see <see cref="NoColorRequested"/>); wins over <see cref="OutputIsTerminal"/>.</summary>
    public bool NoColor { get; init; }

    /// <summary>Whether the text report may use ANSI colours.</summary>
    public bool UseColor => OutputIsTerminal && !NoColor;

    /// <summary>
    /// The <c>NO_COLOR</c> convention: colour is off when the variable is present and not empty.
    /// Callers pass the result to <see cref="NoColor"/>.
    /// </summary>
    public static bool NoColorRequested(Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        return !string.IsNullOrEmpty(getEnvironmentVariable("NO_COLOR"));
    }

    private static string DefaultToolVersion { get; } =
        typeof(ReportContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}
