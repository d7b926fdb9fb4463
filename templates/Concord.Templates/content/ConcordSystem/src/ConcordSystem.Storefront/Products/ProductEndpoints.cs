using ConcordSystem.Storefront.Inventory;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConcordSystem.Storefront.Products;

/// <summary>The storefront's HTTP API.</summary>
public static class ProductEndpoints
{
    public static IEndpointRouteBuilder MapProductEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/products/{sku}/availability", GetAvailabilityAsync)
            .WithName("GetAvailability")
            .WithTags("Products")
            .WithSummary("Whether a product can be ordered now, from the inventory's stock; 404 when the inventory does not know it.");
        return endpoints;
    }

    private static async Task<Results<Ok<Availability>, NotFound>> GetAvailabilityAsync(string sku, InventoryClient inventory, CancellationToken cancellationToken) =>
        await inventory.GetStockAsync(sku, cancellationToken) is { } stock
            ? TypedResults.Ok(new Availability(stock.Sku, stock.Quantity > 0, stock.Quantity))
            : TypedResults.NotFound();
}
