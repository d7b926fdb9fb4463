using System.Collections.Concurrent;

namespace ConcordSystem.Inventory.Stock;

/// <summary>The stock of every item, kept in memory; replace it with your own store.</summary>
public sealed class StockLevels
{
    private readonly ConcurrentDictionary<string, int> _quantities = new(StringComparer.OrdinalIgnoreCase);

    public StockItem? Find(string sku) => _quantities.TryGetValue(sku, out var quantity) ? new StockItem(sku, quantity) : null;

    public void Set(string sku, int quantity) => _quantities[sku] = quantity;

    public void Clear() => _quantities.Clear();
}
