using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Support;

namespace Concord.Pact.Tests.Story;

/// <summary>The seed story, provider side: the auth service is verified against the middleware's pact on real Kestrel.</summary>
public sealed class AuthServiceProviderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task The_auth_service_that_reads_the_bearer_header_passes_the_correct_pact()
    {
        var pactFile = await StoryPacts.WriteCorrectPactAsync(_folder.Path);
        await using var provider = await PactProviderHost.StartAsync(builder => AuthService.Build(builder, AuthService.KeySource.BearerHeader));

        var result = await new PactVerifier(AuthPacts.Provider)
            .WithProvider(provider.BaseUri)
            .WithProviderStateUrl(provider.ProviderStatesUri)
            .WithPactFile(pactFile)
            .VerifyAsync();

        Assert.True(result.Passed, result.ToString());
        Assert.Equal(3, result.Interactions.Count);
        Assert.All(result.Interactions, i => Assert.Equal(AuthPacts.Consumer, i.Consumer));
        Assert.Empty(result.CoverageGaps);
    }

    [Fact]
    public async Task An_auth_service_that_reads_the_key_from_the_body_fails_verification_of_the_correct_pact()
    {
        var pactFile = await StoryPacts.WriteCorrectPactAsync(_folder.Path);
        await using var provider = await PactProviderHost.StartAsync(builder => AuthService.Build(builder, AuthService.KeySource.JsonBody));

        var result = await new PactVerifier(AuthPacts.Provider)
            .WithProvider(provider.BaseUri)
            .WithProviderStateUrl(provider.ProviderStatesUri)
            .WithPactFile(pactFile)
            .VerifyAsync();

        Assert.Equal(VerificationStatus.Failed, result.Status);
        var failed = Assert.Single(result.Interactions, i => i.Description == "a valid API key is validated");
        Assert.False(failed.Passed);
        Assert.Contains(failed.Mismatches, m => m.Type == "StatusMismatch" && m.Expected == "200" && m.Actual == "401");
        Assert.Contains("FAIL [ApiMiddleware] a valid API key is validated", result.ToString());
    }

    [Fact]
    public async Task A_pact_that_only_rejects_bad_keys_is_reported_as_covering_no_success_response()
    {
        var pactFile = await StoryPacts.WriteRejectionsOnlyPactAsync(_folder.Path);
        await using var provider = await PactProviderHost.StartAsync(builder => AuthService.Build(builder, AuthService.KeySource.JsonBody));

        var result = await new PactVerifier(AuthPacts.Provider)
            .WithProvider(provider.BaseUri)
            .WithProviderStateUrl(provider.ProviderStatesUri)
            .WithPactFile(pactFile)
            .VerifyAsync();

        Assert.True(result.Passed, result.ToString());
        var gap = Assert.Single(result.CoverageGaps);
        Assert.Equal([401, 401], gap.Statuses);
        Assert.Contains("covers no success response", gap.Message);
        Assert.Contains("coverage: ApiMiddleware-AuthService.json: the ApiMiddleware -> AuthService pact covers no success response", result.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
