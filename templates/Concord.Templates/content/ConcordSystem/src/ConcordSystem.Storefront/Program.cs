using ConcordSystem.Storefront.Inventory;
using ConcordSystem.Storefront.Products;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOpenApi();

// The inventory's address comes from configuration (appsettings.Development.json locally, the environment
// elsewhere: Services__Inventory). No fallback address: a missing setting stops the start, not the first call.
builder.Services.AddHttpClient<InventoryClient>(client =>
    client.BaseAddress = new Uri(builder.Configuration["Services:Inventory"]
        ?? throw new InvalidOperationException("Services:Inventory is not set: give the inventory service's address.")));

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    // The document this service really serves; concord check compares it with the committed openapi.json.
    app.MapOpenApi();
}

app.MapProductEndpoints();

app.Run();
