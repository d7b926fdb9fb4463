using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Cli;
using ModelRegistry.Sample.Tests.Support;

namespace ModelRegistry.Sample.Tests.Check;

/// <summary>
/// A committed document that says more than the service serves: <c>concord check</c> reports the
/// difference between the served and the committed document (spec lens) and the documented route
/// that answers 404 live (drift), each with both sides.
/// </summary>
[Collection(ConcordCheckCollection.Name)]
public sealed class ServedDocumentTests : IDisposable
{
    private const string Revoke = "/api/v1/keys/revoke";
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void A_committed_route_the_service_does_not_serve_is_reported_by_the_spec_and_drift_lenses()
    {
        var committed = Path.Combine(_folder.Path, "auth-openapi.json");
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(SamplePaths.Samples, "ModelRegistry.Auth", "openapi.json")))!;
        document["paths"]![Revoke] = JsonNode.Parse("""{ "post": { "operationId": "revokeKey", "responses": { "204": { "description": "Revoked." } } } }""");
        File.WriteAllText(committed, document.ToJsonString());
        var system = Path.Combine(_folder.Path, "concord.json");
        File.WriteAllText(system, JsonSerializer.Serialize(new
        {
            pacts = "no-pacts",
            services = new Dictionary<string, object>
            {
                ["AuthService"] = new { project = Path.Combine(SamplePaths.Samples, "ModelRegistry.Auth"), openApi = committed },
            },
        }));
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = ConcordApp.Run(["check", system, "--format", "json"], output, error);

        Assert.True(exit == ExitCodes.Found, error.ToString());
        using var report = JsonDocument.Parse(output.ToString());
        var findings = report.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var spec = Assert.Single(findings, f => f.GetProperty("lens").GetString() == "spec");
        Assert.Contains(Revoke, spec.GetProperty("message").GetString());
        Assert.Contains("/openapi.json", spec.GetProperty("location").GetRawText());
        Assert.Contains("auth-openapi.json", spec.GetProperty("related").GetRawText());
        var drift = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "CORD401");
        Assert.Contains("auth-openapi.json", drift.GetProperty("location").GetRawText());
        Assert.Contains("POST http://127.0.0.1:", drift.GetProperty("related").GetRawText());
        Assert.Contains(Revoke, drift.GetProperty("related").GetRawText());
    }

    public void Dispose() => _folder.Dispose();
}
