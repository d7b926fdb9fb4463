using Concord.Core.Findings;
using Concord.OpenApi.Drift;
using Concord.OpenApi.Loading;

namespace Concord.OpenApi.Tests.Drift;

/// <summary>Called routes against a provider's document alone (no running provider).</summary>
public sealed class CalledRouteTests
{
    private const string Document = """
        openapi: 3.0.3
        info: {title: registry, version: '1'}
        paths:
          /mlflow/api/2.0/mlflow/registered-models/create:
            post:
              responses: {'200': {description: ok}}
          /api/models/{name}:
            get:
              responses: {'200': {description: ok}}
        """;

    private static readonly ProviderApi s_provider = new("ModelRegistryApi", SpecLoader.LoadText("api.yaml", Document), null, []);

    [Fact]
    public async Task A_call_to_an_undocumented_route_names_the_nearest_documented_one_as_the_other_side()
    {
        var call = new CalledRoute("/api/mlflow/api/2.0/mlflow/registered-models/create", "POST", new SourceLocation("Client.cs", 11, 69));

        var finding = Assert.Single(await DriftChecks.CalledRoutesNotServedAsync("RegistrationClient", [call], [s_provider], default));

        Assert.Equal(DriftRules.CalledRouteNotServed, finding.RuleId);
        Assert.Equal(Lens.Drift, finding.Lens);
        Assert.Equal(call.Where, finding.Location);
        Assert.EndsWith("did you mean /mlflow/api/2.0/mlflow/registered-models/create?", finding.Message);
        var related = Assert.IsType<SpecLocation>(Assert.Single(finding.Related));
        Assert.Equal("/paths/~1mlflow~1api~12.0~1mlflow~1registered-models~1create/post", related.JsonPointer);
    }

    [Theory]
    [InlineData("/api/models/fraud-detector", "GET")]
    [InlineData("/api/models/fraud-detector", null)]
    [InlineData("/mlflow/api/2.0/mlflow/registered-models/create", "POST")]
    public async Task A_call_to_a_documented_route_is_not_a_finding(string path, string? method)
    {
        var call = new CalledRoute(path, method, new SourceLocation("Client.cs", 1, 1));

        Assert.Empty(await DriftChecks.CalledRoutesNotServedAsync("RegistrationClient", [call], [s_provider], default));
    }

    [Fact]
    public async Task A_documented_path_called_with_an_undocumented_method_is_reported_as_a_method_mismatch()
    {
        var call = new CalledRoute("/api/models/fraud-detector", "DELETE", new SourceLocation("Client.cs", 1, 1));

        var finding = Assert.Single(await DriftChecks.CalledRoutesNotServedAsync("RegistrationClient", [call], [s_provider], default));

        Assert.Equal("RegistrationClient calls DELETE /api/models/fraud-detector, but ModelRegistryApi's document lists /api/models/{name} only for GET", finding.Message);
        var related = Assert.IsType<SpecLocation>(Assert.Single(finding.Related));
        Assert.Equal("/paths/~1api~1models~1{name}/get", related.JsonPointer);
    }

    [Fact]
    public async Task With_a_served_document_a_call_it_lists_is_served_and_a_documented_route_it_leaves_out_is_not()
    {
        var served = SpecLoader.LoadText("http://127.0.0.1:5000/openapi/v1.json", """
            {"openapi": "3.1.1", "info": {"title": "registry", "version": "1"}, "paths": {
              "/api/models/{modelName}": {"get": {"responses": {"200": {"description": "OK"}}}},
              "/api/models/{modelName}/versions": {"get": {"responses": {"200": {"description": "OK"}}}}}}
            """);
        var provider = s_provider with { Served = served };
        var here = new SourceLocation("Client.cs", 1, 1);

        var findings = await DriftChecks.CalledRoutesNotServedAsync(
            "RegistrationClient",
            [new("/api/models/fraud-detector/versions", "GET", here), new("/api/models/{name}", "GET", here), new("/mlflow/api/2.0/mlflow/registered-models/create", "POST", here)],
            [provider],
            default);

        var finding = Assert.Single(findings);
        Assert.Equal(
            "RegistrationClient calls POST /mlflow/api/2.0/mlflow/registered-models/create; ModelRegistryApi's document lists it, but the running ModelRegistryApi does not map it: its served document http://127.0.0.1:5000/openapi/v1.json does not list it",
            finding.Message);
        Assert.Contains(finding.Related, l => l is SpecLocation { Document: "http://127.0.0.1:5000/openapi/v1.json", JsonPointer: "/paths" });
        var other = SpecLoader.LoadText("other.json", """{"openapi": "3.1.1", "info": {"title": "r", "version": "1"}, "paths": {"/health": {"get": {"responses": {"200": {"description": "OK"}}}}}}""");
        Assert.Equal(["/health"], (provider with { Served = other }).ServedOperations!.Select(o => o.Path.Template));
        Assert.Equal(2, provider.ServedOperations!.Count);
    }
}
