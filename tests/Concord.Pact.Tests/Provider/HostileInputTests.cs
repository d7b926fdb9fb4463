using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.Consumer;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Support;

namespace Concord.Pact.Tests.Provider;

/// <summary>Pact folders and pacts as an unlucky CI or a careless author leaves them: no leak, no crash, no pass.</summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    // Shaped like a live key, but not one.
    private const string LiveLookingKey = "sk_live_Zq3T0yExampleNotARealKey000";

    private readonly TemporaryFolder _folder = new();
    private PactProviderHost _provider = null!;

    public async Task InitializeAsync() => _provider = await PactProviderHost.StartAsync(CatalogueProvider.Build);

    [Fact]
    public async Task A_live_key_in_an_interaction_description_is_masked_in_the_printed_result()
    {
        var pact = new PactBuilder("Shop", CataloguePacts.Provider, new PactOptions { PactDirectory = _folder.Path, AllowLiveCredentials = true });
        pact.UponReceiving($"a product for key {LiveLookingKey}").WithRequest(HttpMethod.Get, "/products/7").WillRespond().WithStatus(200);
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var _ = await client.GetAsync("/products/7");
        });

        var result = await Verifier().WithPactDirectory(_folder.Path).VerifyAsync();

        Assert.Equal(VerificationStatus.Failed, result.Status);
        Assert.DoesNotContain(LiveLookingKey, result.ToString());
        Assert.DoesNotContain(LiveLookingKey, Assert.Single(result.Interactions).Description);
        Assert.DoesNotContain(LiveLookingKey, result.Output);
        Assert.DoesNotContain(LiveLookingKey, result.Logs);
        Assert.Contains("FAIL [Shop] a product for key sk_live_", result.ToString());
    }

    [Fact]
    public async Task A_broken_symbolic_link_in_the_pact_folder_is_one_clear_error()
    {
        await CataloguePacts.ProductPactAsync(_folder.Path);
        var link = _folder.File("Gone-Catalogue.json");
        File.CreateSymbolicLink(link, _folder.File("moved-away.json"));

        var result = await Verifier().WithPactDirectory(_folder.Path).VerifyAsync();

        Assert.Equal(VerificationStatus.Error, result.Status);
        Assert.Equal($"{link}: a symbolic link to {_folder.File("moved-away.json")}, which is not a readable file.", Assert.Single(result.Problems).Message);
        Assert.Equal(-1, result.CoreExitCode);
    }

    [Fact]
    public async Task A_folder_named_like_a_pact_file_is_one_clear_error()
    {
        Directory.CreateDirectory(_folder.File("Shop-Catalogue.json"));

        var result = await Verifier().WithPactFile(_folder.File("Shop-Catalogue.json")).VerifyAsync();

        Assert.Equal(VerificationStatus.Error, result.Status);
        Assert.Equal($"{_folder.File("Shop-Catalogue.json")}: a folder, not a pact file.", Assert.Single(result.Problems).Message);
    }

    private PactVerifier Verifier() =>
        new PactVerifier(CataloguePacts.Provider).WithProvider(_provider.BaseUri).WithProviderStateUrl(_provider.ProviderStatesUri);

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        _folder.Dispose();
    }
}
