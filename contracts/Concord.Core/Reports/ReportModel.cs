using System.Collections.Immutable;
using Concord.Core.Findings;
using Concord.Core.Secrets;

namespace Concord.Core.Reports;

/// <summary>
/// What every writer renders: the findings redacted, with relative paths, in one stable order, and
/// the counts and rules that go with them. Writers start here so that no format can forget a step.
/// </summary>
internal sealed class ReportModel
{
    private readonly Dictionary<Disagreement, DisagreementGroup> _groupByDisagreement;

    // Only the HTML and JSON reports draw the map; the others never pay for it.
    private readonly Lazy<MapModel> _map;

    private ReportModel(ImmutableArray<Finding> findings, ReportContext context)
    {
        Findings = findings;
        Context = context;
        Title = SecretRedactor.Redact(context.Title);
        Counts = SeverityCounts.Of(findings);
        Disagreements =
        [
            .. findings
                .Where(finding => finding.Disagreement is not null)
                .GroupBy(finding => finding.Disagreement!)
                .Select(group => new DisagreementGroup(group.Key, [.. group]))
                .OrderByDescending(group => group.Severity)
                .ThenBy(group => group.Disagreement.Consumer, StringComparer.Ordinal)
                .ThenBy(group => group.Disagreement.Provider, StringComparer.Ordinal)
                .ThenBy(group => group.Disagreement.Subject, StringComparer.Ordinal),
        ];
        _groupByDisagreement = Disagreements.ToDictionary(group => group.Disagreement);
        Standalone = [.. findings.Where(finding => finding.Disagreement is null)];
        _map = new Lazy<MapModel>(() => MapModel.Create(context.SystemMap, Disagreements, SecretRedactor.Redact));
    }

    /// <summary>The findings, ready to print, most severe first (see <see cref="FindingOrder"/>).</summary>
    public ImmutableArray<Finding> Findings { get; }

    public ReportContext Context { get; }

    /// <summary>The run's title, redacted.</summary>
    public string Title { get; }

    public SeverityCounts Counts { get; }

    /// <summary>
    /// Findings that share a disagreement, one group each: most severe first, then by consumer,
    /// provider and subject. Each finding is in at most one group.
    /// </summary>
    public ImmutableArray<DisagreementGroup> Disagreements { get; }

    /// <summary>The findings that belong to no disagreement, in the report order.</summary>
    public ImmutableArray<Finding> Standalone { get; }

    /// <summary>The system map with each edge's agreement; empty when the run knew no system and no finding named two sides.</summary>
    public MapModel Map => _map.Value;

    /// <summary>The disagreement <paramref name="finding"/> is listed under, if any.</summary>
    public DisagreementGroup? GroupOf(Finding finding) =>
        finding.Disagreement is { } disagreement ? _groupByDisagreement.GetValueOrDefault(disagreement) : null;

    public bool IsEmpty => Findings.IsEmpty;

    public static ReportModel Create(IReadOnlyList<Finding> findings, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(context);
        var paths = new PathRelativizer(context.BasePaths);
        var prepared = findings.Select(finding => Prepare(finding, paths)).ToArray();
        FindingOrder.Sort(prepared);
        return new ReportModel(ImmutableArray.Create(prepared), context);
    }

    /// <summary>The rule's title when the run knows the rule, otherwise <c>null</c>.</summary>
    public string? RuleTitle(string ruleId) => Context.Rules.Find(ruleId)?.Title;

    /// <summary>The rule's documentation page when the run knows one.</summary>
    public Uri? RuleHelpUri(string ruleId) => Context.Rules.Find(ruleId)?.HelpUri;

    internal static Finding Prepare(Finding finding, PathRelativizer paths) => finding with
    {
        Message = SecretRedactor.Redact(finding.Message),
        FixHint = SecretRedactor.RedactOrNull(finding.FixHint),
        Location = Prepare(finding.Location, paths),
        Related = [.. finding.Related.Select(location => Prepare(location, paths))],
        Disagreement = finding.Disagreement is { } disagreement
            ? new Disagreement(
                SecretRedactor.Redact(disagreement.Consumer),
                SecretRedactor.Redact(disagreement.Provider),
                SecretRedactor.Redact(disagreement.Subject))
            : null,
    };

    // Every field a location prints is redacted, not only the message: a key can sit in a path
    // (/keys/sk_live_…, so in a JSON pointer), in a file name, in a URL or in a pact's description.
    private static Location Prepare(Location location, PathRelativizer paths) => location switch
    {
        SourceLocation source => source with { File = PreparePath(source.File, paths) },
        SpecLocation spec => spec with
        {
            Document = PreparePath(spec.Document, paths),
            JsonPointer = SecretRedactor.Redact(spec.JsonPointer),
        },
        PactLocation pact => pact with
        {
            PactFile = PreparePath(pact.PactFile, paths),
            Interaction = SecretRedactor.Redact(pact.Interaction),
            Consumer = SecretRedactor.RedactOrNull(pact.Consumer),
            Provider = SecretRedactor.RedactOrNull(pact.Provider),
        },
        EndpointLocation endpoint => endpoint with
        {
            Method = SecretRedactor.Redact(endpoint.Method),
            Url = SecretRedactor.Redact(endpoint.Url),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(location), location.GetType().Name, "Unknown location kind."),
    };

    private static string PreparePath(string path, PathRelativizer paths) => SecretRedactor.Redact(paths.Relativize(path));
}
