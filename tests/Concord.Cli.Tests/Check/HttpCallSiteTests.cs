using Concord.Cli.Check;
using Concord.Core.Findings;

namespace Concord.Cli.Tests.Check;

/// <summary>How check reads a called route: its path, and the service an absolute one names.</summary>
public sealed class HttpCallSiteTests
{
    private static readonly SourceLocation s_where = new("/src/Front/Program.cs", 1, 1);

    [Theory]
    [InlineData("https+http://catalogservice/api/v1/catalog/items/{id}/image", "catalogservice", "/api/v1/catalog/items/{id}/image")]
    [InlineData("http+https://catalogservice/items?page={page}", "catalogservice", "/items")]
    [InlineData("http://orders:8080/orders/{id}", "orders", "/orders/{id}")]
    public void An_absolute_route_names_its_host_and_keeps_its_path_service_discovery_schemes_included(string route, string host, string path)
    {
        var call = new HttpCallSite(null, route, "", s_where);

        Assert.Equal(host, call.Absolute?.Host);
        Assert.Equal(path, call.Path);
    }

    [Fact]
    public void A_relative_route_names_no_host()
    {
        var call = new HttpCallSite("GET", "api/v1/catalog/items/type/all?{query}", "", s_where);

        Assert.Null(call.Absolute);
        Assert.Equal("/api/v1/catalog/items/type/all", call.Path);
    }
}
