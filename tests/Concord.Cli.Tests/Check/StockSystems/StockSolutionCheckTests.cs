namespace Concord.Cli.Tests.Check.StockSystems;

/// <summary>
/// <c>concord check</c> with no system file on three stock <c>dotnet new webapi</c> services in a solution: every
/// planted mistake is found with both sides named, and nothing else is reported.
/// </summary>
[Collection(StockSystemCollection.Name)]
public sealed class StockSolutionCheckTests(StockSolutionFixture system)
{
    [Fact]
    public void The_wrong_interpolated_route_is_found_against_the_document_Orders_serves()
    {
        var finding = system.Check.At("CORD400", StockSystem.WrongRoute);

        Assert.Contains("/order/{id}", finding.GetProperty("message").GetString());
        Assert.Contains("did you mean /orders/{id}", finding.GetProperty("message").GetString());
        Assert.Contains("/openapi/v1.json", finding.GetProperty("related").GetRawText());
    }

    [Fact]
    public void The_loopback_fallback_is_found_with_the_address_it_falls_back_to()
    {
        var finding = system.Check.At("CORD002", StockSystem.Fallback);

        Assert.Contains("http://localhost:5000", finding.GetProperty("related").GetRawText());
    }

    [Fact]
    public void The_key_in_the_json_body_is_found_with_the_operation_Inventory_documents()
    {
        var finding = system.Check.At("CORD001", StockSystem.KeyInBody);

        Assert.Contains("~1reservations/post", finding.GetProperty("related").GetRawText());
    }

    [Fact]
    public void Nothing_else_is_reported()
    {
        var rules = system.Check.Findings.Select(f => f.GetProperty("ruleId").GetString()).Order().ToList();

        Assert.True(rules.SequenceEqual(["CORD001", "CORD002", "CORD400"]), system.Check.Describe());
        Assert.Equal(ExitCodes.Found, system.Check.Exit);
    }

    [Fact]
    public void The_system_is_discovered_from_the_solution_and_wired_by_the_gateway_settings()
    {
        var progress = system.Check.Progress;

        Assert.Contains("services: Gateway, Inventory, Orders", progress);
        Assert.Contains("Gateway calls Inventory, Orders", progress);
        Assert.Matches(@"drift: 3 route\(s\) Gateway calls on Orders", progress);
        Assert.Matches(@"drift: 2 route\(s\) Gateway calls on Inventory", progress);
        Assert.Contains("(Development)", progress);
    }

    [Fact]
    public void Each_edge_says_what_was_checked_on_it()
    {
        Assert.Equal(["drift: 3 called routes against its document"], system.Check.CheckedOn("Gateway", "Orders"));
        Assert.Equal(["drift: 2 called routes against its document"], system.Check.CheckedOn("Gateway", "Inventory"));
    }
}
