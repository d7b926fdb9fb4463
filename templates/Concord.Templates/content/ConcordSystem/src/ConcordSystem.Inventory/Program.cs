using ConcordSystem.Inventory;
using ConcordSystem.Inventory.Stock;
using Concord.Pact.AspNetCore.ProviderStates;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOpenApi();
builder.Services.AddSingleton<StockLevels>();

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    // The document this service really serves; concord check compares it with the committed openapi.json.
    app.MapOpenApi();
}

app.MapStockEndpoints();

// concord check starts this service with CONCORD_PROVIDER_STATES=true to set up each pact interaction's
// provider state before verifying it. Never set it in production: it lets callers change the stock.
if (app.Configuration.GetValue<bool>(InventoryProviderStates.Setting))
{
    app.MapPactProviderStates(InventoryProviderStates.Create());
}

app.Run();
