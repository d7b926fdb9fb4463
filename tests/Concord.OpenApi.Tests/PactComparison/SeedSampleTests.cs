using Concord.Core.Findings;
using Concord.OpenApi.Loading;
using Concord.OpenApi.PactComparison;

namespace Concord.OpenApi.Tests.PactComparison;

/// <summary>
/// The seed system's pacts against its providers' committed documents: the as-reported pacts disagree
/// (the key in the body where the auth service reads a bearer header; /api/mlflow where the API serves
/// /mlflow), the fixed ones agree. Which document belongs to which provider is the one table below.
/// </summary>
public sealed class SeedSampleTests
{
    private static readonly Dictionary<string, string> s_documents = new(StringComparer.Ordinal)
    {
        ["AuthService"] = "contracts/samples/ModelRegistry.Auth/openapi.json",
        ["ModelRegistryApi"] = "contracts/samples/ModelRegistry.Api/openapi.json",
        ["MlflowStandIn"] = "contracts/samples/ModelRegistry.MlflowStandIn/openapi.json",
    };

    [Fact]
    public void The_as_reported_middleware_pact_sends_the_key_in_the_body_where_the_auth_service_reads_a_bearer_header()
    {
        var findings = Compare("as-reported", "ModelRegistryApi-AuthService.json");

        var credential = Assert.Single(findings, f => f.RuleId == PactComparisonRules.CredentialInBody);
        Assert.Equal(Severity.Error, credential.Severity);
        Assert.Contains("'api_key'", credential.Message, StringComparison.Ordinal);
        Assert.Contains("Authorization: Bearer", credential.Message, StringComparison.Ordinal);
        var spec = Assert.IsType<SpecLocation>(Assert.Single(credential.Related));
        Assert.Equal("/paths/~1api~1v1~1keys~1validate/post/security", spec.JsonPointer);
        Assert.NotNull(spec.Line);
        Assert.Equal("an invalid API key is rejected", Assert.IsType<PactLocation>(credential.Location).Interaction);
    }

    [Fact]
    public void A_finding_points_at_the_line_where_its_interaction_starts_and_its_message_does_not_repeat_the_file()
    {
        var pactFile = Path.Combine(Comparing.RepositoryRoot(), "contracts/samples/pacts/as-reported/ModelRegistryApi-AuthService.json");
        var credential = Assert.Single(Compare("as-reported", "ModelRegistryApi-AuthService.json"), f => f.RuleId == PactComparisonRules.CredentialInBody);

        var where = Assert.IsType<PactLocation>(credential.Location);
        var lines = File.ReadAllLines(pactFile);
        Assert.NotNull(where.Line);
        Assert.Contains("\"description\": \"an invalid API key is rejected\"", string.Join("\n", lines.Skip(where.Line!.Value - 1).Take(3)), StringComparison.Ordinal);
        Assert.EndsWith($":{where.Line} » an invalid API key is rejected", where.Display, StringComparison.Ordinal);
        Assert.DoesNotContain(".json", credential.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_as_reported_client_pact_calls_api_mlflow_where_the_api_serves_mlflow()
    {
        var findings = Compare("as-reported", "RegistrationClient-ModelRegistryApi.json");

        var route = Assert.Single(findings, f => f.RuleId == PactComparisonRules.OperationNotDocumented);
        Assert.Contains("/api/mlflow/api/2.0/mlflow/registered-models/create", route.Message, StringComparison.Ordinal);
        Assert.Equal(new Disagreement("RegistrationClient", "ModelRegistryApi", "POST /api/mlflow/api/2.0/mlflow/registered-models/create"), route.Disagreement);
    }

    [Fact]
    public void The_as_reported_key_check_sends_x_api_key_where_the_auth_service_reads_a_bearer_header()
    {
        var finding = Assert.Single(Compare("as-reported", "KeyCheck-AuthService.json"), f => f.Severity == Severity.Error);

        Assert.Equal(PactComparisonRules.SecurityNotMet, finding.RuleId);
        Assert.Contains("the request sends header 'X-API-Key'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_as_reported_proxy_pact_calls_api_2_0_where_the_stand_in_serves_ajax_api()
    {
        var finding = Assert.Single(Compare("as-reported", "ModelRegistryApi-MlflowStandIn.json"), f => f.Severity == Severity.Error);

        Assert.Equal(PactComparisonRules.OperationNotDocumented, finding.RuleId);
        Assert.Contains("/api/2.0/mlflow/registered-models/create", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KeyCheck-AuthService.json")]
    [InlineData("ModelRegistryApi-AuthService.json")]
    [InlineData("ModelRegistryApi-MlflowStandIn.json")]
    [InlineData("RegistrationClient-ModelRegistryApi.json")]
    public void The_fixed_pacts_agree_with_the_documents(string pact)
    {
        var findings = Compare("fixed", pact);

        Assert.DoesNotContain(findings, f => f.Severity > Severity.Info);
    }

    private static IReadOnlyList<Finding> Compare(string folder, string pactFile)
    {
        var root = Comparing.RepositoryRoot();
        var pact = PactReader.ReadFile(Path.Combine(root, "contracts/samples/pacts", folder, pactFile));
        var document = SpecLoader.LoadFile(Path.Combine(root, s_documents[pact.Provider]));
        return new PactComparer(document).Compare(pact);
    }
}
