namespace ConcordSystem.Storefront.Inventory;

/// <summary>What the storefront reads from the inventory's answer (only the fields it uses).</summary>
public sealed record Stock(string Sku, int Quantity);
