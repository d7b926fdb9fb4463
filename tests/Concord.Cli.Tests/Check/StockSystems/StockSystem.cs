using System.Diagnostics;
using System.Text.Json;

namespace Concord.Cli.Tests.Check.StockSystems;

/// <summary>
/// A system as a user makes it, on disk: three services from <c>dotnet new webapi</c> (Orders, Inventory and a
/// Gateway that calls both through typed clients) in a solution, or under an Aspire app host. The Gateway carries
/// the planted mistakes; everything else is right and must stay quiet:
/// <list type="bullet">
/// <item>a wrong interpolated route, <c>$"/order/{id}"</c>, where Orders serves <c>/orders/{id:int}</c>;</item>
/// <item>a loopback fallback, <c>?? "http://localhost:5000"</c>, for a configured address;</item>
/// <item>an API key in a JSON body, where Inventory reads <c>Authorization: Bearer</c>.</item>
/// </list>
/// Right: calls to <c>/orders</c>, <c>/orders/{id}/tracking</c> (a handler that passes a carrier's 404 through)
/// and <c>/stock</c>; Orders' <c>{id:int}</c> route constraint.
/// </summary>
internal static class StockSystem
{
    public const string WrongRoute = "$\"/order/{id}\"";
    public const string Fallback = "?? \"http://localhost:5000\"";
    public const string KeyInBody = "api_key = configuration[\"Inventory:ApiKey\"]";

    /// <summary>Three services and a solution (.slnx, as <c>dotnet new sln</c> makes it on .NET 10).</summary>
    public static async Task<string> CreateSolutionAsync(string folder)
    {
        await CreateServicesAsync(folder, aspire: false);
        await DotnetAsync(folder, "new", "sln", "-n", "Shop");
        await DotnetAsync(folder, "sln", "add", "Orders/Orders.csproj", "Inventory/Inventory.csproj", "Gateway/Gateway.csproj");
        return Directory.GetFiles(folder, "Shop.sln*").Single();
    }

    /// <summary>The same services as project resources of an Aspire app host, the Gateway referencing the other two.</summary>
    public static async Task<string> CreateAppHostAsync(string folder)
    {
        await CreateServicesAsync(folder, aspire: true);
        var host = Directory.CreateDirectory(Path.Combine(folder, "AppHost")).FullName;
        await File.WriteAllTextAsync(Path.Combine(host, "AppHost.csproj"), """
            <Project Sdk="Aspire.AppHost.Sdk/13.6.4">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Aspire.Hosting.AppHost" Version="13.6.5" />
              </ItemGroup>
              <ItemGroup>
                <ProjectReference Include="../Orders/Orders.csproj" />
                <ProjectReference Include="../Inventory/Inventory.csproj" />
                <ProjectReference Include="../Gateway/Gateway.csproj" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(host, "AppHost.cs"), """
            var builder = DistributedApplication.CreateBuilder(args);
            var orders = builder.AddProject<Projects.Orders>("orders");
            var inventory = builder.AddProject<Projects.Inventory>("inventory");
            builder.AddProject<Projects.Gateway>("gateway").WithReference(orders).WithReference(inventory);
            builder.Build().Run();
            """);
        return Path.Combine(host, "AppHost.csproj");
    }

    private static async Task CreateServicesAsync(string folder, bool aspire)
    {
        foreach (var name in new[] { "Orders", "Inventory", "Gateway" })
        {
            await DotnetAsync(folder, "new", "webapi", "-n", name, "-o", name);
        }

        await AddToProgramAsync(folder, "Orders", """
            app.MapGet("/orders", () => new[] { new Order(1, "book") });
            app.MapGet("/orders/{id:int}", (int id) => id == 1 ? Results.Ok(new Order(1, "book")) : Results.NotFound());
            // The carrier has no tracking yet: its 404 is passed through, from a route that is mapped.
            app.MapGet("/orders/{id:int}/tracking", (int id) => Results.NotFound(new { message = "no tracking yet" }));
            """, "record Order(int Id, string Item);");
        await AddToProgramAsync(folder, "Inventory", """
            app.MapPost("/reservations", (Reservation reservation, HttpRequest request) =>
                request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal) ? Results.Ok(reservation) : Results.Unauthorized());
            app.MapGet("/stock", () => new[] { new Stock("book", 3) });
            """, "record Reservation(string Sku);\nrecord Stock(string Sku, int Count);");

        var gateway = Path.Combine(folder, "Gateway");
        var registrations = aspire
            ? """
              builder.Services.AddServiceDiscovery();
              builder.Services.ConfigureHttpClientDefaults(http => http.AddServiceDiscovery());
              builder.Services.AddHttpClient<OrdersClient>(client => client.BaseAddress = new Uri("https+http://orders"));
              builder.Services.AddHttpClient<InventoryClient>(client => client.BaseAddress = new Uri("https+http://inventory"));
              builder.Services.AddHttpClient("pricing", client => client.BaseAddress = new Uri(builder.Configuration["PRICING_URL"] ?? "http://localhost:5000"));
              """
            : """
              builder.Services.AddHttpClient<OrdersClient>(client =>
                  client.BaseAddress = new Uri(builder.Configuration["Services:Orders"] ?? throw new InvalidOperationException("Services:Orders is not configured")));
              builder.Services.AddHttpClient<InventoryClient>(client =>
                  client.BaseAddress = new Uri(builder.Configuration["Services:Inventory"] ?? "http://localhost:5000"));
              """;
        await File.WriteAllTextAsync(Path.Combine(gateway, "Program.cs"), $$"""
            using System.Net.Http.Json;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddOpenApi();
            {{registrations}}

            var app = builder.Build();
            if (app.Environment.IsDevelopment())
            {
                app.MapOpenApi();
            }

            app.MapGet("/summary/{id:int}", async (int id, OrdersClient orders) => Results.Ok(await orders.FindAsync(id)));
            app.MapGet("/all", async (OrdersClient orders) => Results.Ok(await orders.ListAsync()));
            app.MapGet("/tracking/{id:int}", async (int id, OrdersClient orders) => Results.Ok(await orders.TrackAsync(id)));
            app.MapPost("/checkout/{sku}", async (string sku, InventoryClient inventory) => Results.Ok(await inventory.ReserveAsync(sku)));
            app.MapGet("/stock", async (InventoryClient inventory) => Results.Ok(await inventory.StockAsync()));
            app.Run();

            public sealed class OrdersClient(HttpClient http)
            {
                public Task<string> FindAsync(int id) => http.GetStringAsync({{WrongRoute}});

                public Task<string> ListAsync() => http.GetStringAsync("/orders");

                public Task<string> TrackAsync(int id) => http.GetStringAsync($"/orders/{id}/tracking");
            }

            public sealed class InventoryClient(HttpClient http, IConfiguration configuration)
            {
                public async Task<string> ReserveAsync(string sku)
                {
                    var response = await http.PostAsJsonAsync("/reservations", new { sku, {{KeyInBody}} });
                    return await response.Content.ReadAsStringAsync();
                }

                public Task<string> StockAsync() => http.GetStringAsync("/stock");
            }
            """);
        if (aspire)
        {
            var project = Path.Combine(gateway, "Gateway.csproj");
            var text = await File.ReadAllTextAsync(project);
            await File.WriteAllTextAsync(project, text.Replace(
                "</ItemGroup>",
                "  <PackageReference Include=\"Microsoft.Extensions.ServiceDiscovery\" Version=\"10.11.0\" />\n  </ItemGroup>",
                StringComparison.Ordinal));
        }
        else
        {
            // The developer's own settings: where Orders and Inventory listen when run from their launch profiles.
            await File.WriteAllTextAsync(Path.Combine(gateway, "appsettings.Development.json"), JsonSerializer.Serialize(new
            {
                Services = new { Orders = $"http://localhost:{LaunchPort(folder, "Orders")}", Inventory = $"http://localhost:{LaunchPort(folder, "Inventory")}" },
                Inventory = new { ApiKey = "development-only" },
            }));
        }
    }

    private static async Task AddToProgramAsync(string folder, string project, string routes, string types)
    {
        var program = Path.Combine(folder, project, "Program.cs");
        var text = await File.ReadAllTextAsync(program);
        Assert.Contains("app.Run();", text);
        await File.WriteAllTextAsync(program, text.Replace("app.Run();", routes + "\n\napp.Run();", StringComparison.Ordinal) + "\n" + types + "\n");
    }

    private static int LaunchPort(string folder, string project)
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, project, "Properties", "launchSettings.json")));
        var url = settings.RootElement.GetProperty("profiles").GetProperty("http").GetProperty("applicationUrl").GetString()!;
        return new Uri(url).Port;
    }

    internal static async Task DotnetAsync(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)}: {await output}{await error}");
    }
}
