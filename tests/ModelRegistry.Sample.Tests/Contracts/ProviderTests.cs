extern alias AsReported;

using Concord.Pact.Findings;
using Concord.Pact.Provider;
using ModelRegistry.Sample.Tests.Support;
using FixedApi = ModelRegistry.Api.ModelRegistryApiApp;
using ReportedApi = AsReported::ModelRegistry.Api.ModelRegistryApiApp;

namespace ModelRegistry.Sample.Tests.Contracts;

/// <summary>
/// The providers verified against the committed pacts on real Kestrel: the auth service against the
/// middleware's pacts, the API against the SDK's, for both variants.
/// </summary>
public sealed class ProviderTests
{
    [Fact]
    public async Task The_auth_service_satisfies_the_fixed_middleware_pact_including_a_valid_key()
    {
        await using var system = await InProcessSystem.StartAsync(FixedApi.Build);

        var result = await VerifyAuthAsync(system, "fixed");

        Assert.True(result.Passed, result.ToString());
        Assert.Contains(result.Interactions, i => i.Description == "a valid API key is validated" && i.Passed);
        Assert.Empty(result.CoverageGaps);
    }

    [Fact]
    public async Task The_as_reported_auth_pact_passes_but_covers_no_valid_key()
    {
        await using var system = await InProcessSystem.StartAsync(ReportedApi.Build);

        var result = await VerifyAuthAsync(system, "as-reported");

        Assert.True(result.Passed, result.ToString());
        var finding = Assert.Single(result.ToFindings());
        Assert.Equal(ContractRules.NoSuccessResponseCovered, finding.RuleId);
        Assert.Contains("covers no success response", finding.Message);
    }

    [Fact]
    public async Task The_fixed_api_registers_a_model_for_the_fixed_sdk_end_to_end()
    {
        await using var system = await InProcessSystem.StartAsync(FixedApi.Build);

        var result = await VerifyApiAsync(system, "fixed");

        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public async Task The_as_reported_api_does_not_serve_the_route_the_as_reported_sdk_calls()
    {
        await using var system = await InProcessSystem.StartAsync(ReportedApi.Build);

        var result = await VerifyApiAsync(system, "as-reported");

        Assert.Equal(VerificationStatus.Failed, result.Status);
        var failed = Assert.Single(result.Interactions, i => !i.Passed);
        Assert.Contains(failed.Mismatches, m => m.Type == "StatusMismatch" && m.Expected == "200" && m.Actual == "404");
    }

    [Fact]
    public async Task The_as_reported_api_rejects_a_valid_key_on_the_served_route_because_its_middleware_sends_the_key_in_the_body()
    {
        await using var system = await InProcessSystem.StartAsync(ReportedApi.Build);

        var result = await VerifyApiAsync(system, "fixed");

        Assert.Equal(VerificationStatus.Failed, result.Status);
        var failed = Assert.Single(result.Interactions, i => !i.Passed);
        Assert.Contains(failed.Mismatches, m => m.Type == "StatusMismatch" && m.Expected == "200" && m.Actual == "401");
    }

    [Fact]
    public async Task The_auth_service_satisfies_the_fixed_key_check_pact()
    {
        await using var system = await InProcessSystem.StartAsync(FixedApi.Build);

        var result = await VerifyKeyCheckAsync(system, "fixed");

        Assert.True(result.Passed, result.ToString());
        Assert.Equal(2, result.Interactions.Count);
    }

    [Fact]
    public async Task The_auth_service_never_sees_the_key_the_as_reported_key_check_sends_in_x_api_key()
    {
        await using var system = await InProcessSystem.StartAsync(FixedApi.Build);

        var result = await VerifyKeyCheckAsync(system, "as-reported");

        Assert.Equal(VerificationStatus.Failed, result.Status);
        var valid = Assert.Single(result.Interactions, i => i.Description == "a valid API key is accepted");
        Assert.Contains(valid.Mismatches, m => m.Type == "StatusMismatch" && m.Expected == "200" && m.Actual == "401");
        var unknown = Assert.Single(result.Interactions, i => i.Description == "an unknown API key is refused as invalid");
        Assert.Contains(unknown.Mismatches, m => m.Type == "BodyMismatch" && $"{m.Actual} {m.Message}".Contains("API key required", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_mlflow_stand_in_answers_the_fixed_proxy_pact_under_ajax_api()
    {
        await using var system = await InProcessSystem.StartAsync(FixedApi.Build);

        var result = await VerifyMlflowAsync(system, "fixed");

        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public async Task The_mlflow_stand_in_does_not_answer_under_the_api_prefix_the_as_reported_proxy_forwards_to()
    {
        await using var system = await InProcessSystem.StartAsync(FixedApi.Build);

        var result = await VerifyMlflowAsync(system, "as-reported");

        Assert.Equal(VerificationStatus.Failed, result.Status);
        var failed = Assert.Single(result.Interactions, i => !i.Passed);
        Assert.Contains(failed.Mismatches, m => m.Type == "StatusMismatch" && m.Expected == "200" && m.Actual == "404");
    }

    private static Task<VerificationResult> VerifyMlflowAsync(InProcessSystem system, string variant) =>
        new PactVerifier(MlflowContracts.Provider)
            .WithProvider(system.Mlflow.BaseUri)
            .WithPactFile(Path.Combine(SamplePaths.Pacts(variant), $"{MlflowContracts.Consumer}-{MlflowContracts.Provider}.json"))
            .VerifyAsync();

    private static Task<VerificationResult> VerifyKeyCheckAsync(InProcessSystem system, string variant) =>
        new PactVerifier(KeyCheckContracts.Provider)
            .WithProvider(system.Auth.BaseUri)
            .WithProviderStateUrl(system.Auth.ProviderStatesUri)
            .WithPactFile(Path.Combine(SamplePaths.Pacts(variant), $"{KeyCheckContracts.Consumer}-{KeyCheckContracts.Provider}.json"))
            .VerifyAsync();

    private static Task<VerificationResult> VerifyAuthAsync(InProcessSystem system, string variant) =>
        new PactVerifier(AuthContracts.Provider)
            .WithProvider(system.Auth.BaseUri)
            .WithProviderStateUrl(system.Auth.ProviderStatesUri)
            .WithPactFile(Path.Combine(SamplePaths.Pacts(variant), $"{AuthContracts.Consumer}-{AuthContracts.Provider}.json"))
            .VerifyAsync();

    private static Task<VerificationResult> VerifyApiAsync(InProcessSystem system, string variant) =>
        new PactVerifier(RegistrationContracts.Provider)
            .WithProvider(system.Api.BaseUri)
            .WithPactFile(Path.Combine(SamplePaths.Pacts(variant), $"{RegistrationContracts.Consumer}-{RegistrationContracts.Provider}.json"))
            .WithCustomHeader("Authorization", $"Bearer {system.PlatformKey}")
            .VerifyAsync();
}
