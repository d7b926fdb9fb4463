namespace ConcordSystem.Storefront.Products;

/// <summary>Whether a product can be ordered now.</summary>
public sealed record Availability(string Sku, bool InStock, int Quantity);
