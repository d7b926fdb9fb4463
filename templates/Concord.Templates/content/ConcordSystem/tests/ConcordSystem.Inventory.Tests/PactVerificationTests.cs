using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.Provider;
using Xunit.Abstractions;

namespace ConcordSystem.Inventory.Tests;

/// <summary>
/// The inventory as it runs (its Program, services and routes) on 127.0.0.1, verified against every pact its
/// consumers wrote. The verifier sends each interaction's request for real, after setting up its provider state.
/// </summary>
public sealed class PactVerificationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_inventory_honours_every_pact_of_its_consumers()
    {
        await using var inventory = await PactProviderHost.StartAsync<Program>(new PactProviderHostOptions
        {
            ProviderStates = [InventoryProviderStates.Create()],
            Log = output.WriteLine,
        });

        var result = await new PactVerifier("Inventory")
            .WithProvider(inventory.BaseUri)
            .WithProviderStateUrl(inventory.ProviderStatesUri)
            .WithPactDirectory(SystemFolder.Pacts)
            .VerifyAsync();

        Assert.True(result.Passed, result.ToString());
        Assert.NotEmpty(result.Interactions);
    }
}
