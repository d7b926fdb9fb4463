using System.Collections.Concurrent;

namespace OrdersApi;

public sealed record Order(int Id, string Status, decimal Total);

/// <summary>The orders the API knows; seeded at start from configuration (<c>Orders:Seed</c>, an id).</summary>
public sealed class OrderStore
{
    public OrderStore(IConfiguration configuration)
    {
        if (configuration.GetValue<int?>("Orders:Seed") is { } seed)
        {
            Orders[seed] = new Order(seed, "Pending", 12.5m);
        }
    }

    public ConcurrentDictionary<int, Order> Orders { get; } = new();
}
