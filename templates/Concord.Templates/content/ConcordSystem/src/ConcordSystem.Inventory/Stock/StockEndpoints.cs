using Microsoft.AspNetCore.Http.HttpResults;

namespace ConcordSystem.Inventory.Stock;

/// <summary>The inventory's HTTP API.</summary>
public static class StockEndpoints
{
    public static IEndpointRouteBuilder MapStockEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/stock/{sku}", GetStock)
            .WithName("GetStock")
            .WithTags("Stock")
            .WithSummary("The stock of one item; 404 when the item is unknown.");
        return endpoints;
    }

    private static Results<Ok<StockItem>, NotFound> GetStock(string sku, StockLevels stock) =>
        stock.Find(sku) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound();
}
