using System.Collections.Immutable;
using Concord.Core.Findings;
using Concord.Core.Reports;

namespace Concord.Core.Tests.Reports;

/// <summary>Findings shaped like the seed system's failures, one of each location kind, with text that tries to break every format.</summary>
internal static class SampleFindings
{
    public const string StripeKey = "sk_live_51HxYzAbCdEfGhIjKlMnOp";
    public const string HokusaiKey = "hk_live_abcdef1234567890XYZ";
    public const string Hostile = "<script>alert('x')</script> *bold* _it_ [link](https://evil.example.test) | pipe @octocat & \"quotes\" ]]> `tick`";

    public static ReportContext Context { get; } = new()
    {
        ToolName = "concord",
        ToolVersion = "1.2.3",
        ToolInformationUri = new Uri("https://concord.example.test/"),
        Title = "concord diff specs/base.yaml specs/revision.yaml",
        BasePaths = ["/repo"],
        Rules = new RuleCatalog(
        [
            new RuleDescriptor("CORD003", "Credential sent in body", Lens.Code, Severity.Error, new Uri("https://concord.example.test/rules/CORD003")),
            new RuleDescriptor("CORD101", "Interaction not verified", Lens.Contract, Severity.Warning),
            new RuleDescriptor("CORD201", "Operation removed", Lens.Spec, Severity.Error, new Uri("https://concord.example.test/rules/CORD201")),
            new RuleDescriptor("CORD402", "Documented route answers 404", Lens.Drift, Severity.Info),
            new RuleDescriptor("CORD250", "Security scheme changed", Lens.Spec, Severity.Error),
        ]),
    };

    public static SpecLocation BaseMlflowRoute { get; } = new("/repo/specs/base.yaml", "/paths/~1api~1mlflow~1{path}/get", 12, 5);

    public static SpecLocation RevisionMlflowRoute { get; } = new("/repo/specs/revision.yaml", "/paths/~1mlflow~1{path}/get", 14);

    public static ImmutableArray<Finding> All { get; } =
    [
        new("CORD201", Severity.Error, Lens.Spec,
            "GET /api/mlflow/{path} was removed; clients that call it will get 404.",
            BaseMlflowRoute,
            [RevisionMlflowRoute],
            "Keep /api/mlflow/{path} as an alias until clients move to /mlflow/{path}."),
        new("CORD003", Severity.Error, Lens.Code,
            "The API key is sent in the JSON body, but the auth service reads it from the Authorization header.",
            new SourceLocation("/repo/src/Api/AuthMiddleware.cs", 42, 17, 42, 61),
            [new SourceLocation("/repo/src/Auth/ApiKeyValidator.cs", 18, 9)],
            $"Send it as Authorization: Bearer {StripeKey}."),
        new("CORD201", Severity.Error, Lens.Spec,
            "GET /api/2.0/mlflow/experiments/list was removed.",
            new SpecLocation("/repo/specs/base.yaml", "/paths/~1api~12.0~1mlflow~1experiments~1list/get", 30),
            [new SpecLocation("/repo/specs/revision.yaml", "/paths/~1ajax-api~12.0~1mlflow~1experiments~1list/get", 33)]),
        new("CORD101", Severity.Warning, Lens.Contract,
            $"The provider rejected a request sent with Bearer {StripeKey}: {Hostile}",
            new PactLocation("/repo/pacts/api-auth.json", "a request to validate a good key", "api", "auth"),
            [new SourceLocation("/repo/src/Auth/ApiKeyValidator.cs", 18, 9)]),
        new("CORD402", Severity.Info, Lens.Drift,
            "The documented route answered 404 live.",
            new EndpointLocation("get", $"https://models.example.test/mlflow/api/2.0/mlflow/experiments/list?api_key={HokusaiKey}"),
            [RevisionMlflowRoute]),
    ];

    /// <summary>The same findings, reversed and rotated, as another lens run might produce them.</summary>
    public static ImmutableArray<Finding> Shuffled { get; } = [.. All.Reverse().Skip(2), .. All.Reverse().Take(2)];

    public static string Render(IReportWriter writer, IReadOnlyList<Finding> findings, ReportContext? context = null)
    {
        using var output = new StringWriter();
        writer.Write(findings, context ?? Context, output);
        return output.ToString();
    }

    /// <summary><paramref name="count"/> findings of one rule, for lists long enough to fold.</summary>
    public static ImmutableArray<Finding> ManyOf(string ruleId, int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => new Finding(
            ruleId, Severity.Error, Lens.Spec, $"Operation {i} was removed.",
            new SpecLocation("/repo/specs/base.yaml", $"/paths/~1op{i}/get", i))),
    ];
}
