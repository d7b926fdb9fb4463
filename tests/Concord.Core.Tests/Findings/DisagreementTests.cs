using Concord.Core.Findings;

namespace Concord.Core.Tests.Findings;

public sealed class DisagreementTests
{
    [Theory]
    [InlineData("get", "/orders/{id:int}", "GET /orders/{id}")]
    [InlineData("GET", "/orders/{id}/", "GET /orders/{id}")]
    [InlineData(" Get ", "http://orders/orders/{orderId?}?expand=true#top", "GET /orders/{orderId}")]
    [InlineData("post", "https://127.0.0.1:5001//api//items", "POST /api/items")]
    [InlineData("get", "/mlflow/{*path}", "GET /mlflow/{path}")]
    [InlineData("get", "/files/{**rest}", "GET /files/{rest}")]
    [InlineData("get", "/range/{id:range(1,9)}", "GET /range/{id}")]
    [InlineData("delete", "", "DELETE /")]
    [InlineData("get", "orders", "GET /orders")]
    public void A_route_subject_is_built_alike_by_every_lens(string method, string route, string subject) =>
        Assert.Equal(subject, Disagreement.ForRoute("gateway", "orders", method, route).Subject);

    [Fact]
    public void What_two_lenses_see_of_one_route_is_one_disagreement()
    {
        var fromDrift = Disagreement.ForRoute("gateway", "orders", "get", "/order/{id:int}");
        var fromCode = Disagreement.ForRoute("gateway", "orders", "GET", "http://orders/order/{id}/");

        Assert.Equal(fromDrift, fromCode);
        Assert.NotEqual(fromDrift, Disagreement.ForRoute("gateway", "orders", "POST", "/order/{id}"));
        Assert.NotEqual(fromDrift, Disagreement.ForRoute("web", "orders", "GET", "/order/{id}"));
        Assert.Equal("gateway → orders: GET /order/{id}", fromDrift.Display);
    }

    [Fact]
    public void A_finding_has_none_unless_its_lens_says_so()
    {
        var finding = new Finding("CORD201", Severity.Error, Lens.Spec, "Removed.", new SpecLocation("a.yaml", "/paths"));
        Assert.Null(finding.Disagreement);
        Assert.NotEqual(finding, finding with { Disagreement = new Disagreement("a", "b", "c") });
    }
}
