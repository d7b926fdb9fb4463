namespace ConcordSystem.Inventory.Stock;

/// <summary>How many of one item are in stock.</summary>
public sealed record StockItem(string Sku, int Quantity);
