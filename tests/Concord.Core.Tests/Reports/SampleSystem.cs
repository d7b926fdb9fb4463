using System.Collections.Immutable;
using Concord.Core.Findings;
using Concord.Core.Reports;

namespace Concord.Core.Tests.Reports;

/// <summary>
/// A small system with the seed's kinds of disagreement, each seen by more than one lens: a route the
/// gateway calls that orders does not serve (drift, pact and code), a key sent where auth does not read
/// it (code and pact), a loopback fallback (code alone), plus an edge that agrees and a spec finding
/// that belongs to no edge.
/// </summary>
internal static class SampleSystem
{
    public static Disagreement OrderRoute { get; } = Disagreement.ForRoute("gateway", "orders", "get", "/order/{id:int}");

    public static Disagreement Credential { get; } = new("api", "auth", "API key location");

    public static Disagreement Fallback { get; } = new("proxy", "mlflow", "base address");

    public static SystemMap Map { get; } = new(
        [
            new SystemService("gateway") { Kind = "project" },
            new SystemService("orders") { Kind = "project" },
            new SystemService("auth") { Kind = "project" },
            new SystemService("api") { Kind = "project" },
            new SystemService("proxy") { Kind = "project" },
            new SystemService("mlflow") { Kind = "container" },
        ],
        [
            new SystemEdge("gateway", "orders") { Via = "Services:Orders" },
            new SystemEdge("gateway", "auth") { Via = "Services:Auth" },
            new SystemEdge("api", "auth") { Via = "AUTH_URL" },
            new SystemEdge("proxy", "mlflow") { Via = "MLFLOW_SERVER_URL" },
        ]);

    public static ReportContext Context { get; } = SampleFindings.Context with { Title = "concord check concord.json", SystemMap = Map };

    public static ImmutableArray<Finding> All { get; } =
    [
        new("CORD401", Severity.Error, Lens.Drift,
            "GET /order/{id} is called by gateway but orders does not serve it.",
            new EndpointLocation("get", "http://127.0.0.1:5001/order/1"),
            [new SpecLocation("/repo/orders/openapi.json", "/paths/~1orders~1{id}/get", 9)])
        { Disagreement = OrderRoute },
        new("CORD100", Severity.Error, Lens.Contract,
            "Interaction 'get an order' failed: expected 200, got 404.",
            new PactLocation("/repo/pacts/gateway-orders.json", "get an order", "gateway", "orders"))
        { Disagreement = Disagreement.ForRoute("gateway", "orders", "GET", "/order/{id}") },
        new("CORD004", Severity.Warning, Lens.Code,
            "The gateway calls /order/{id}; orders serves /orders/{id}.",
            new SourceLocation("/repo/src/Gateway/OrdersClient.cs", 21, 35),
            [new SpecLocation("/repo/orders/openapi.json", "/paths/~1orders~1{id}/get", 9)])
        { Disagreement = Disagreement.ForRoute("gateway", "orders", "get", "http://orders/order/{id}/?expand=true") },
        new("CORD003", Severity.Error, Lens.Code,
            "The API key is sent in the JSON body, but auth reads it from the Authorization header.",
            new SourceLocation("/repo/src/Api/AuthMiddleware.cs", 42, 17),
            [new SourceLocation("/repo/src/Auth/ApiKeyValidator.cs", 18, 9)])
        { Disagreement = Credential },
        new("CORD101", Severity.Warning, Lens.Contract,
            "No interaction sends a valid key the way production does.",
            new PactLocation("/repo/pacts/api-auth.json", "a request with a valid key", "api", "auth"))
        { Disagreement = Credential },
        new("CORD002", Severity.Warning, Lens.Code,
            "MLFLOW_SERVER_URL falls back to http://localhost:5000 when unset.",
            new SourceLocation("/repo/src/Proxy/Program.cs", 12, 9))
        { Disagreement = Fallback },
        new("CORD201", Severity.Error, Lens.Spec,
            "GET /api/mlflow/{path} was removed; clients that call it will get 404.",
            SampleFindings.BaseMlflowRoute,
            [SampleFindings.RevisionMlflowRoute]),
    ];

    /// <summary>The same findings and map in another order, as another run might produce them.</summary>
    public static (ImmutableArray<Finding> Findings, ReportContext Context) Shuffled { get; } =
    (
        [.. All.Reverse().Skip(3), .. All.Reverse().Take(3)],
        Context with { SystemMap = new SystemMap([.. Map.Services.Reverse()], [.. Map.Edges.Reverse()]) }
    );
}
