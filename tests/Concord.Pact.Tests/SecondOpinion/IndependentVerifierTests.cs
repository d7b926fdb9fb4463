using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Story;
using Concord.Pact.Tests.Support;

namespace Concord.Pact.Tests.SecondOpinion;

/// <summary>Pacts Concord writes, verified by Concord and by the independent `pact verifier` against the same Kestrel provider: both must agree.</summary>
public sealed class IndependentVerifierTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData(AuthService.KeySource.BearerHeader, true)]
    [InlineData(AuthService.KeySource.JsonBody, false)]
    public async Task Both_verifiers_agree_on_the_correct_pact(AuthService.KeySource source, bool shouldPass)
    {
        var pactFile = await StoryPacts.WriteCorrectPactAsync(_folder.Path);
        await using var provider = await PactProviderHost.StartAsync(builder => AuthService.Build(builder, source));

        var ours = await new PactVerifier(AuthPacts.Provider)
            .WithProvider(provider.BaseUri)
            .WithProviderStateUrl(provider.ProviderStatesUri)
            .WithPactFile(pactFile)
            .VerifyAsync();
        var theirs = await PactCli.VerifyAsync(pactFile, AuthPacts.Provider, provider.BaseUri, provider.ProviderStatesUri);

        Assert.Equal(shouldPass, ours.Passed);
        Assert.True(shouldPass == (theirs.ExitCode == 0), $"pact verifier exited {theirs.ExitCode}:\n{theirs.Output}");
        Assert.Contains("a valid API key is validated", theirs.Output);
    }

    [Theory]
    [InlineData(PactSpecification.V3)]
    [InlineData(PactSpecification.V4)]
    public async Task Both_verifiers_accept_a_pact_with_matchers_and_provider_state_parameters(PactSpecification specification)
    {
        var pactFile = await Provider.CataloguePacts.ProductPactAsync(_folder.Path, "Shop", specification);
        await using var provider = await PactProviderHost.StartAsync(Provider.CatalogueProvider.Build);

        var ours = await new PactVerifier(Provider.CataloguePacts.Provider)
            .WithProvider(provider.BaseUri)
            .WithProviderStateUrl(provider.ProviderStatesUri)
            .WithPactFile(pactFile)
            .VerifyAsync();
        var theirs = await PactCli.VerifyAsync(pactFile, Provider.CataloguePacts.Provider, provider.BaseUri, provider.ProviderStatesUri);

        Assert.True(ours.Passed, ours.ToString());
        Assert.True(theirs.ExitCode == 0, $"pact verifier exited {theirs.ExitCode}:\n{theirs.Output}");
    }

    public void Dispose() => _folder.Dispose();
}
