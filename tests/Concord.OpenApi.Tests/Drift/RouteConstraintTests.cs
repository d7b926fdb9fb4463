using Concord.OpenApi.Drift;

namespace Concord.OpenApi.Tests.Drift;

/// <summary>ASP.NET Core route templates: constraints, optional parameters, catch-alls and mixed segments.</summary>
public sealed class RouteConstraintTests
{
    [Theory]
    [InlineData("/orders/{id:int}", "/orders/42", true)]
    [InlineData("/orders/{id:int}", "/orders/concord-probe", false)]
    [InlineData("/orders/{id:int}", "/orders/{orderId}", true)]
    [InlineData("/orders/recent", "/orders/{which}", true)]
    [InlineData("/orders/recent", "/order/{which}", false)]
    [InlineData("/orders/{id:int:min(1)}", "/orders/0", false)]
    [InlineData("/orders/{id:int:min(1)}", "/orders/3", true)]
    [InlineData("/keys/{id:guid}", "/keys/3f2504e0-4f89-11d3-9a0c-0305e82c3301", true)]
    [InlineData("/keys/{id:guid}", "/keys/42", false)]
    [InlineData("/tags/{slug:alpha}", "/tags/news", true)]
    [InlineData("/tags/{slug:alpha}", "/tags/news2", false)]
    [InlineData("/codes/{code:regex(^[A-Z]{{3}}$)}", "/codes/EUR", true)]
    [InlineData("/codes/{code:length(3)}", "/codes/EURO", false)]
    [InlineData("/files/{*rest}", "/files", true)]
    [InlineData("/files/{*rest}", "/files/a/b/c", true)]
    [InlineData("/files/{**rest}", "/other/a", false)]
    [InlineData("/pages/{page?}", "/pages", true)]
    [InlineData("/pages/{page:int?}", "/pages/2", true)]
    [InlineData("/pages/{page:int?}", "/pages/two", false)]
    [InlineData("/pages/{page?}", "/pages/2/3", false)]
    [InlineData("/docs/{name}.{ext}", "/docs/readme.md", true)]
    [InlineData("/docs/{name}.{ext}", "/docs/readme", false)]
    public void A_constrained_template_matches_what_routing_would_route(string template, string path, bool matches)
    {
        Assert.Equal(matches, new RouteTemplate(template).Matches(path));
    }

    [Theory]
    [InlineData("/orders/{id:int}", "/orders/1")]
    [InlineData("/orders/{id:int:min(5)}", "/orders/5")]
    [InlineData("/orders/{id:range(10,20)}", "/orders/10")]
    [InlineData("/keys/{id:guid}", "/keys/3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("/tags/{slug:alpha}", "/tags/probe")]
    [InlineData("/days/{day:datetime}", "/days/2024-01-01")]
    [InlineData("/flags/{on:bool}", "/flags/true")]
    [InlineData("/codes/{code:minlength(4)}", "/codes/concord-probe")]
    [InlineData("/codes/{code:length(3)}", "/codes/aaa")]
    [InlineData("/models/{name}", "/models/concord-probe")]
    public void A_probe_path_satisfies_every_route_constraint(string template, string expected)
    {
        var route = new RouteTemplate(template);

        var path = route.Instantiate("concord-probe");

        Assert.Equal(expected, path);
        Assert.True(route.Matches(path));
    }

    [Fact]
    public void A_value_from_the_schema_is_used_when_the_constraint_accepts_it_and_replaced_when_not()
    {
        var route = new RouteTemplate("/orders/{id:int}/lines/{line}");

        Assert.Equal("/orders/7/lines/x", route.Instantiate(p => p.Name == "id" ? "7" : "x"));
        Assert.Equal("/orders/1/lines/x", route.Instantiate(p => p.Name == "id" ? "seven" : "x"));
    }

    [Fact]
    public void A_parameter_token_is_read_into_name_constraints_optional_catch_all_and_default()
    {
        var parameter = RouteParameter.Parse("id:int:regex(^\\d{{1,3}}:x$)?");
        Assert.Equal("id", parameter.Name);
        Assert.Equal(["int", "regex(^\\d{1,3}:x$)"], parameter.Constraints);
        Assert.True(parameter.Optional);
        Assert.True(RouteParameter.Parse("**rest").CatchAll);
        Assert.Equal("en", RouteParameter.Parse("lang=en").Default);
    }

    [Fact]
    public void Two_templates_with_the_same_shape_route_the_same_paths()
    {
        Assert.Equal(new RouteTemplate("/orders/{id}").Shape, new RouteTemplate("/orders/{orderId:int}").Shape);
        Assert.NotEqual(new RouteTemplate("/orders/{id}").Shape, new RouteTemplate("/orders/{id}/lines").Shape);
    }
}
