using Concord.Core.Findings;
using Concord.OpenApi.Drift;
using Concord.OpenApi.Loading;

namespace Concord.OpenApi.Tests.Drift;

/// <summary>
/// The probe and the drift checks against a real ASP.NET service on 127.0.0.1 (Drift/OrdersService): a
/// <c>{id:int}</c> route, a handler that answers 404 with a problem body, one that passes an upstream's empty
/// 404 through, a required query parameter, a path mapped for GET only, and the document MapOpenApi serves.
/// </summary>
public sealed class LiveDriftTests(OrdersServiceFixture service) : IClassFixture<OrdersServiceFixture>
{
    /// <summary>What the repository says the service serves: all of it is mapped except DELETE /orders/{id} and /invoices.</summary>
    private const string Committed = """
        openapi: 3.0.3
        info: {title: orders, version: '1'}
        servers: [{url: 'https://orders.example.com'}]
        paths:
          /orders:
            get: {responses: {'200': {description: ok}}}
            post: {responses: {'201': {description: created}}}
          /orders/{id}:
            parameters:
              - {name: id, in: path, required: true, schema: {type: integer, format: int32}, example: 7}
            get: {responses: {'200': {description: ok}}}
            delete: {responses: {'204': {description: deleted}}}
          /prices:
            get:
              parameters:
                - {name: currency, in: query, required: true, schema: {type: string, enum: [EUR, USD]}}
              responses: {'200': {description: ok}}
          /catalogue/{sku}:
            get:
              parameters:
                - {name: sku, in: path, required: true, schema: {type: string}}
              responses: {'200': {description: ok}}
          /invoices:
            get: {responses: {'200': {description: ok}}}
        """;

    private static readonly SpecDocument s_committed = SpecLoader.LoadText("orders.yaml", Committed);

    [Fact]
    public async Task The_probe_sends_values_the_documented_schema_accepts_and_required_query_parameters()
    {
        var probed = await ProbeAsync();

        var order = Probe(probed, "GET", "/orders/{id}");
        Assert.Equal("/orders/7", order.Outcome.Url.AbsolutePath);
        Assert.Equal(404, order.Outcome.Status);
        Assert.Equal("application/problem+json", order.Outcome.ContentType);
        var prices = Probe(probed, "GET", "/prices");
        Assert.Equal("?currency=EUR", prices.Outcome.Url.Query);
        Assert.Equal(200, prices.Outcome.Status);
    }

    [Fact]
    public async Task An_integer_route_parameter_is_probed_with_a_number_so_the_route_constraint_lets_it_through()
    {
        var document = SpecLoader.LoadText("orders.yaml", """
            openapi: 3.0.3
            info: {title: orders, version: '1'}
            paths:
              /orders/{id}:
                get:
                  parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
                  responses: {'200': {description: ok}}
            """);
        var live = new LiveProbe(service.Http, service.BaseUri);

        var probed = Assert.Single(await live.ProbeAsync(DocumentedOperation.Of(document), default));

        Assert.Equal("/orders/1", probed.Outcome.Url.AbsolutePath);
        Assert.Equal(200, probed.Outcome.Status);
        var unconstrained = await live.SendAsync("GET", new RouteTemplate("/orders/{id}").Instantiate("concord-probe"), default);
        Assert.Equal(404, unconstrained.Status);
    }

    [Fact]
    public async Task Without_a_served_document_the_live_answer_is_compared_with_a_path_nobody_maps()
    {
        var provider = new ProviderApi("OrdersService", s_committed, new LiveProbe(service.Http, service.BaseUri), await ProbeAsync());

        var findings = await DriftChecks.DocumentedRoutesNotLiveAsync(provider, default);

        var invoices = Assert.Single(findings, f => f.Message.StartsWith("GET /invoices ", StringComparison.Ordinal));
        Assert.Contains("does not map it: GET /invoices answers 404 with an empty body, exactly as a path nobody maps does", invoices.Message);
        var delete = Assert.Single(findings, f => f.Message.StartsWith("DELETE /orders/{id} ", StringComparison.Ordinal));
        Assert.Contains("serves that path for other methods only: DELETE /orders/7 answers 405 (Allow: GET)", delete.Message);
        // Its empty 404 cannot be told from routing's by the answer alone, and the message says that is all it rests on.
        var passthrough = Assert.Single(findings, f => f.Message.StartsWith("GET /catalogue/{sku} ", StringComparison.Ordinal));
        Assert.Contains("exactly as a path nobody maps does", passthrough.Message);
        Assert.Equal(3, findings.Count);
        Assert.DoesNotContain(findings, f => f.Message.StartsWith("GET /orders/{id} ", StringComparison.Ordinal));
        Assert.All(findings, f => Assert.IsType<EndpointLocation>(Assert.Single(f.Related)));
    }

    [Fact]
    public async Task With_the_served_document_a_route_it_lists_is_mapped_whatever_its_handler_answers()
    {
        var served = await service.ServedDocumentAsync();
        var provider = new ProviderApi("OrdersService", s_committed, new LiveProbe(service.Http, service.BaseUri), await ProbeAsync(), served);

        var findings = await DriftChecks.DocumentedRoutesNotLiveAsync(provider, default);

        Assert.Equal(["DELETE /orders/{id}", "GET /invoices"], findings.Select(f => string.Join(' ', f.Message.Split(' ').Take(2))).Order(StringComparer.Ordinal));
        var invoices = Assert.Single(findings, f => f.Message.StartsWith("GET /invoices ", StringComparison.Ordinal));
        Assert.Contains($"its served document {served.Name} does not list it; GET /invoices answers 404", invoices.Message);
        var delete = Assert.Single(findings, f => f.Message.StartsWith("DELETE ", StringComparison.Ordinal));
        Assert.Contains("lists /orders/{id} only for GET", delete.Message);
        Assert.Contains(delete.Related, l => l is SpecLocation { JsonPointer: "/paths/~1orders~1{id}" });
    }

    [Fact]
    public async Task A_called_route_is_judged_by_the_served_document_and_a_wrong_one_gets_the_near_miss()
    {
        var served = await service.ServedDocumentAsync();
        var provider = new ProviderApi("OrdersService", s_committed, new LiveProbe(service.Http, service.BaseUri), await ProbeAsync(), served);
        var here = new SourceLocation("Gateway.cs", 12, 9);
        CalledRoute[] calls =
        [
            new("/catalogue/{sku}", "GET", here),
            new("/orders/{id}", "GET", here),
            new("/prices", "GET", here),
            new("/order/{id}", "GET", here),
            new("/orders/{id}", "DELETE", here),
            new("/billing/statements", "GET", here),
        ];

        var findings = await DriftChecks.CalledRoutesNotServedAsync("Gateway", calls, [provider], default);

        Assert.Equal(3, findings.Count);
        Assert.EndsWith("which no document of the services it consumes (OrdersService) lists; did you mean /orders/{id}?", findings[0].Message);
        Assert.Contains("calls DELETE /orders/{id}; OrdersService's document lists it, but the running OrdersService serves that path for other methods only", findings[1].Message);
        Assert.EndsWith("which no document of the services it consumes (OrdersService) lists", findings[2].Message);
    }

    [Fact]
    public async Task The_served_document_differs_from_the_committed_one_in_what_it_serves_never_in_the_run_s_address()
    {
        var served = await service.ServedDocumentAsync();
        Assert.Contains(served.Model.Servers!, s => s.Url!.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));

        var findings = ServedDocument.Compare(s_committed, served);

        Assert.True(!findings.Any(f => f.RuleId is "CORD370" or "CORD371" or "CORD372" or "CORD373" or "CORD391" or "CORD304"), string.Join("\n", findings.Select(f => f.RuleId + " " + f.Message + " " + f.Location + " " + string.Join(",", f.Related))));
        Assert.Contains(findings, f => f.Message.Contains("/invoices", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("DELETE /orders/{id}", StringComparison.Ordinal));
        Assert.Contains(Diff.SpecDiff.Compare(s_committed, served), f => f.RuleId == "CORD373");
    }

    private async Task<IReadOnlyList<ProbedOperation>> ProbeAsync() =>
        await new LiveProbe(service.Http, service.BaseUri).ProbeAsync(DocumentedOperation.Of(s_committed), default);

    private static ProbedOperation Probe(IReadOnlyList<ProbedOperation> probed, string method, string template) =>
        Assert.Single(probed, p => p.Operation.Method == method && p.Operation.Path.Template == template);
}
