using ConcordSystem.Inventory.Stock;
using Concord.Pact.AspNetCore.ProviderStates;

namespace ConcordSystem.Inventory;

/// <summary>
/// The provider states the consumers' pacts name, set up on this service's own store: the tests start the
/// service with these handlers, and concord check reaches them through the endpoint Program.cs maps.
/// </summary>
public static class InventoryProviderStates
{
    /// <summary>The setting that maps the provider-state endpoint; concord check sets it, production never does.</summary>
    public const string Setting = "CONCORD_PROVIDER_STATES";

    public const string ItemInStock = "an item is in stock";
    public const string NothingStocked = "no item is stocked";

    public static ProviderStateHandlers Create() => new ProviderStateHandlers()
        .Add(
            ItemInStock,
            (request, services) =>
            {
                var sku = request.Get<string>("sku");
                var quantity = request.Get<int>("quantity");
                services.GetRequiredService<StockLevels>().Set(sku, quantity);
            },
            (_, services) => services.GetRequiredService<StockLevels>().Clear())
        .Add(NothingStocked, (_, services) => services.GetRequiredService<StockLevels>().Clear());
}
