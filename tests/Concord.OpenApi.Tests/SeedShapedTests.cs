using Concord.Core.Findings;
using static Concord.OpenApi.Tests.Docs;

namespace Concord.OpenApi.Tests;

/// <summary>The changes from the model-registry story, as document pairs.</summary>
public sealed class SeedShapedTests
{
    [Fact]
    public void Removing_api_mlflow_while_mlflow_stays_is_one_breaking_path_removal()
    {
        var before = Doc("""{"/api/mlflow/{path}":{"get":{"responses":{"200":{"description":"ok"}}},"post":{"responses":{"200":{"description":"ok"}}}},"/mlflow/{path}":{"get":{"responses":{"200":{"description":"ok"}}}}}""");
        var after = Doc("""{"/mlflow/{path}":{"get":{"responses":{"200":{"description":"ok"}}}}}""");

        var findings = Compare(before, after);

        var removal = Assert.Single(findings, f => f.Severity == Severity.Error);
        Assert.Equal("CORD200", removal.RuleId);
        Assert.Contains("/api/mlflow/{path}", removal.Message, StringComparison.Ordinal);
        Assert.Equal("/paths/~1api~1mlflow~1{path}", ((SpecLocation)removal.Related[0]).JsonPointer);
    }

    [Fact]
    public void An_api_key_header_becoming_http_bearer_is_breaking_and_names_both_schemes()
    {
        const string op = "\"security\":[{\"auth\":[]}]";
        var before = OpWithResponses(op, components: """{"securitySchemes":{"auth":{"type":"apiKey","in":"header","name":"X-API-Key"}}}""");
        var after = OpWithResponses(op, components: """{"securitySchemes":{"auth":{"type":"http","scheme":"bearer"}}}""");

        var finding = Assert.Single(Compare(before, after));

        Assert.Equal("CORD350", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("apiKey in header 'X-API-Key'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("http bearer", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Switching_requirements_from_an_api_key_scheme_to_a_bearer_scheme_is_breaking()
    {
        var schemes = """{"securitySchemes":{"ApiKey":{"type":"apiKey","in":"header","name":"X-API-Key"},"Bearer":{"type":"http","scheme":"bearer"}}}""";
        var before = OpWithResponses("\"security\":[{\"ApiKey\":[]}]", components: schemes);
        var after = OpWithResponses("\"security\":[{\"Bearer\":[]}]", components: schemes);

        var finding = Assert.Single(Compare(before, after), f => f.Severity == Severity.Error);

        Assert.Equal("CORD362", finding.RuleId);
        Assert.Contains("no longer accepts ApiKey (apiKey in header 'X-API-Key') (now: Bearer (http bearer))", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Api_2_0_mlflow_renamed_to_ajax_api_is_reported_as_moved_operations()
    {
        var before = Doc("""{"/api/2.0/mlflow/runs/get":{"get":{"responses":{"200":{"description":"ok"}}}},"/api/2.0/mlflow/experiments/list":{"get":{"responses":{"200":{"description":"ok"}}}}}""");
        var after = Doc("""{"/ajax-api/2.0/mlflow/runs/get":{"get":{"responses":{"200":{"description":"ok"}}}},"/ajax-api/2.0/mlflow/experiments/list":{"get":{"responses":{"200":{"description":"ok"}}}}}""");

        var findings = Compare(before, after);

        Assert.All(findings, f => Assert.Equal("CORD205", f.RuleId));
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.Contains("GET /api/2.0/mlflow/runs/get moved to GET /ajax-api/2.0/mlflow/runs/get", StringComparison.Ordinal));
    }

    [Fact]
    public void A_base_path_moving_from_api_to_ajax_api_in_servers_is_breaking()
    {
        const string paths = """{"/2.0/mlflow/runs/get":{"get":{"responses":{"200":{"description":"ok"}}}}}""";
        var before = Doc(paths, top: "\"servers\":[{\"url\":\"https://mlflow.example/api\"}],");
        var after = Doc(paths, top: "\"servers\":[{\"url\":\"https://mlflow.example/ajax-api\"}],");

        var finding = Assert.Single(Compare(before, after));

        Assert.Equal("CORD370", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Security_added_to_an_open_route_through_the_document_is_one_finding_listing_the_operations()
    {
        var paths = """{"/a":{"get":{"responses":{"200":{"description":"ok"}}}},"/b":{"get":{"responses":{"200":{"description":"ok"}}}}}""";
        var schemes = """{"securitySchemes":{"Bearer":{"type":"http","scheme":"bearer"}}}""";
        var before = Doc(paths, schemes);
        var after = Doc(paths, schemes, top: "\"security\":[{\"Bearer\":[]}],");

        var finding = Assert.Single(Compare(before, after));

        Assert.Equal("CORD361", finding.RuleId);
        Assert.Contains("used by 2 operations: GET /a, GET /b", finding.Message, StringComparison.Ordinal);
    }
}
