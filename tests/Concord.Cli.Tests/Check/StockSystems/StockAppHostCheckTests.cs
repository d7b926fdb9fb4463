namespace Concord.Cli.Tests.Check.StockSystems;

/// <summary>
/// <c>concord check AppHost/AppHost.csproj</c> on the same services as project resources of an Aspire app host:
/// the app host's model is the system (resources, references), and the planted mistakes are found.
/// </summary>
[Collection(StockSystemCollection.Name)]
public sealed class StockAppHostCheckTests(StockAppHostFixture system)
{
    [Fact]
    public void The_system_is_the_app_host_model()
    {
        var progress = system.Check.Progress;

        Assert.Contains("system (Aspire app host)", progress);
        Assert.Contains("services: orders, inventory, gateway", progress);
        Assert.Contains("gateway calls inventory, orders", progress);
    }

    [Fact]
    public void The_wrong_route_is_found_through_service_discovery()
    {
        var finding = system.Check.At("CORD400", StockSystem.WrongRoute);

        Assert.Contains("did you mean /orders/{id}", finding.GetProperty("message").GetString());
    }

    [Fact]
    public void The_key_in_the_body_and_the_fallback_are_found_and_nothing_else()
    {
        system.Check.At("CORD001", StockSystem.KeyInBody);
        system.Check.At("CORD002", StockSystem.Fallback);
        var rules = system.Check.Findings.Select(f => f.GetProperty("ruleId").GetString()).Order().ToList();

        Assert.True(rules.SequenceEqual(["CORD001", "CORD002", "CORD400"]), system.Check.Describe());
    }
}
