using Concord.Pact.Consumer;
using Concord.Pact.Matchers;
using ConcordSystem.Storefront.Inventory;

namespace ConcordSystem.Storefront.Tests;

/// <summary>
/// What the storefront needs from the inventory, written down by running the storefront's real
/// <see cref="InventoryClient"/> against the Pact mock server. When every expectation is met the pact is
/// (re)written to the system's pacts/ folder, where the inventory's tests and concord check verify it.
/// </summary>
public sealed class InventoryContractTests
{
    private static readonly PactOptions Options = new() { PactDirectory = SystemFolder.Pacts };

    [Fact]
    public async Task The_stock_of_a_stocked_item_is_read()
    {
        var pact = new PactBuilder("Storefront", "Inventory", Options);
        pact.UponReceiving("a request for the stock of a stocked item")
            .Given("an item is in stock", new { sku = "KB-101", quantity = 7 })
            .WithRequest(HttpMethod.Get, "/stock/KB-101")
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { sku = "KB-101", quantity = Match.Integer(7) });

        await pact.VerifyAsync(async mock =>
        {
            var inventory = new InventoryClient(new HttpClient { BaseAddress = mock.BaseUri });

            var stock = await inventory.GetStockAsync("KB-101", CancellationToken.None);

            Assert.Equal(new Stock("KB-101", 7), stock);
        });
    }

    [Fact]
    public async Task An_item_the_inventory_does_not_know_is_not_found()
    {
        var pact = new PactBuilder("Storefront", "Inventory", Options);
        pact.UponReceiving("a request for the stock of an unknown item")
            .Given("no item is stocked")
            .WithRequest(HttpMethod.Get, "/stock/NO-SUCH-ITEM")
            .WillRespond()
            .WithStatus(404);

        await pact.VerifyAsync(async mock =>
        {
            var inventory = new InventoryClient(new HttpClient { BaseAddress = mock.BaseUri });

            var stock = await inventory.GetStockAsync("NO-SUCH-ITEM", CancellationToken.None);

            Assert.Null(stock);
        });
    }
}
