using System.Text.Json;

namespace Concord.Cli.Tests.Check.StockSystems;

/// <summary><c>concord init</c> on the stock solution writes what check discovered, for review, and never replaces a file.</summary>
[Collection(StockSystemCollection.Name)]
public sealed class InitOnStockSolutionTests(StockSolutionFixture system)
{
    [Fact]
    public void Init_writes_the_discovered_services_edges_and_wiring_relative_to_the_file()
    {
        Assert.True(system.Init.Exit == ExitCodes.Clean, system.Init.Output);
        using var written = JsonDocument.Parse(system.Init.SystemFile);
        var services = written.RootElement.GetProperty("services");

        Assert.Equal(["Gateway", "Inventory", "Orders"], services.EnumerateObject().Select(s => s.Name));
        Assert.Equal("../Orders/Orders.csproj", services.GetProperty("Orders").GetProperty("project").GetString());
        Assert.Equal("/openapi/v1.json", services.GetProperty("Orders").GetProperty("openApiUrl").GetString());
        Assert.Equal("Development", services.GetProperty("Orders").GetProperty("environment").GetString());
        var gateway = services.GetProperty("Gateway");
        Assert.Equal(["Inventory", "Orders"], gateway.GetProperty("consumes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("${url:Orders}", gateway.GetProperty("env").GetProperty("Services__Orders").GetString());
        Assert.Equal("${url:Inventory}", gateway.GetProperty("env").GetProperty("Services__Inventory").GetString());
        Assert.StartsWith("https://", written.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Init_refuses_to_replace_a_system_file()
    {
        Assert.Equal(ExitCodes.CouldNotDecide, system.InitAgain.Exit);
        Assert.Contains("exists; review it, or pass --force", system.InitAgain.Error);
    }
}
