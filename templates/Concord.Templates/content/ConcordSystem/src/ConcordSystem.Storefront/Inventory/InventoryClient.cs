using System.Net;

namespace ConcordSystem.Storefront.Inventory;

/// <summary>Calls the inventory service. Its pact (tests/ConcordSystem.Storefront.Tests) runs this very class.</summary>
public sealed class InventoryClient(HttpClient http)
{
    /// <summary>The stock of <paramref name="sku"/>, or null when the inventory does not know the item.</summary>
    public async Task<Stock?> GetStockAsync(string sku, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"/stock/{Uri.EscapeDataString(sku)}", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<Stock>(cancellationToken);
    }
}
