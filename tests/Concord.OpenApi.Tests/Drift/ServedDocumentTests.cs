using Concord.OpenApi.Drift;
using Concord.OpenApi.Loading;

namespace Concord.OpenApi.Tests.Drift;

/// <summary>Served against committed: the local run's addresses are not drift, base paths and routes are.</summary>
public sealed class ServedDocumentTests
{
    private static SpecDocument Document(string name, string servers, string path = "/orders") => SpecLoader.LoadText(
        name,
        "openapi: 3.0.3\ninfo: {title: orders, version: '1'}\nservers: " + servers + "\npaths:\n  " + path + ":\n    get: {responses: {'200': {description: ok}}}\n");

    [Theory]
    [InlineData("[{url: 'http://localhost:5123/'}]")]
    [InlineData("[{url: 'http://127.0.0.1:49152'}]")]
    [InlineData("[{url: 'http://[::1]:5000/'}, {url: 'http://0.0.0.0:8080/'}]")]
    [InlineData("[{url: 'https://orders.example.com'}]")]
    public void The_run_s_own_address_is_never_reported(string servedServers)
    {
        var committed = Document("openapi.yaml", "[{url: 'https://orders.example.com'}]");

        Assert.Empty(ServedDocument.Compare(committed, Document("http://127.0.0.1:1/openapi/v1.json", servedServers)));
    }

    [Fact]
    public void A_run_address_that_is_not_loopback_is_left_out_when_named()
    {
        var committed = Document("openapi.yaml", "[{url: 'https://orders.example.com'}]");
        var served = Document("served.json", "[{url: 'http://build-agent-7:5000/'}]");

        Assert.Contains(ServedDocument.Compare(committed, served), f => f.RuleId == "CORD373");
        Assert.Empty(ServedDocument.Compare(committed, served, [new Uri("http://build-agent-7:5000/")]));
    }

    [Fact]
    public void A_base_path_that_differs_and_a_route_that_moved_are_still_reported()
    {
        var committed = Document("openapi.yaml", "[{url: 'https://orders.example.com/v1'}]");
        var served = Document("served.json", "[{url: 'http://127.0.0.1:5000/v2'}]", "/order");

        var findings = ServedDocument.Compare(committed, served);

        Assert.Contains(findings, f => f.RuleId == "CORD370" && f.Message.Contains("'/v1' to '/v2'", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("/orders", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.RuleId == "CORD373");
    }

    [Fact]
    public void The_generator_s_openapi_version_and_the_pattern_it_gives_numbers_are_not_drift_a_pattern_on_a_string_is()
    {
        var committed = SpecLoader.LoadText("openapi.yaml", """
            openapi: 3.0.3
            info: {title: orders, version: '1'}
            paths:
              /orders/{id}:
                get:
                  parameters: [{name: id, in: path, required: true, schema: {type: integer, format: int32}}]
                  responses: {'200': {description: ok}}
              /codes/{code}:
                get:
                  parameters: [{name: code, in: path, required: true, schema: {type: string}}]
                  responses: {'200': {description: ok}}
            """);
        var served = SpecLoader.LoadText("served.json", """
            {"openapi": "3.1.1", "info": {"title": "orders", "version": "1"}, "paths": {
              "/orders/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": true,
                "schema": {"pattern": "^-?(?:0|[1-9]\\d*)$", "type": ["integer", "string"], "format": "int32"}}],
                "responses": {"200": {"description": "ok"}}}},
              "/codes/{code}": {"get": {"parameters": [{"name": "code", "in": "path", "required": true,
                "schema": {"pattern": "^[A-Z]{3}$", "type": "string"}}],
                "responses": {"200": {"description": "ok"}}}}}}
            """);

        var findings = ServedDocument.Compare(committed, served);

        Assert.Contains(Diff.SpecDiff.Compare(committed, served), f => f.RuleId == "CORD391");
        Assert.Contains(Diff.SpecDiff.Compare(committed, served), f => f.RuleId == "CORD304" && f.Message.Contains("GET /orders/{id}", StringComparison.Ordinal));
        var pattern = Assert.Single(findings, f => f.RuleId == "CORD304");
        Assert.Contains("GET /codes/{code}", pattern.Message);
        Assert.DoesNotContain(findings, f => f.RuleId == "CORD391");
    }

    [Theory]
    [InlineData("http://localhost:5000/", true)]
    [InlineData("http://127.3.4.5/", true)]
    [InlineData("http://+:80/", true)]
    [InlineData("http://*:80/", true)]
    [InlineData("https://orders.example.com/", false)]
    [InlineData("/relative", false)]
    public void Local_run_addresses_are_loopback_or_wildcard_hosts(string url, bool local)
    {
        Assert.Equal(local, ServedDocument.IsLocalRunAddress(url));
    }
}
