extern alias AsReported;

using Concord.Pact.Consumer;
using ModelRegistry.Sample.Tests.Support;
using FixedAuthClient = ModelRegistry.Api.Auth.AuthServiceClient;
using FixedRegistryClient = ModelRegistry.Client.ModelRegistryClient;
using ReportedAuthClient = AsReported::ModelRegistry.Api.Auth.AuthServiceClient;
using ReportedRegistryClient = AsReported::ModelRegistry.Client.ModelRegistryClient;

namespace ModelRegistry.Sample.Tests.Contracts;

/// <summary>
/// The consumers' contract tests, on the Pact core's mock server: the middleware against the auth
/// service, the SDK against the API, for both variants. They write the pacts <c>concord check</c>
/// verifies, and the committed pacts must be what they write.
/// </summary>
public sealed class ConsumerTests : IDisposable
{
    private const string TestKey = "a-test-key";
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task The_fixed_middleware_sends_the_key_as_a_bearer_header_and_writes_the_committed_pact()
    {
        await ExerciseAsync(AuthContracts.Consumer, AuthContracts.Provider, AuthContracts.ValidKey,
            async uri => Assert.True(await new FixedAuthClient(new HttpClient { BaseAddress = uri }).ValidateAsync(TestKey, "ml-platform", default)));
        var written = await ExerciseAsync(AuthContracts.Consumer, AuthContracts.Provider, AuthContracts.UnknownKey,
            async uri => Assert.False(await new FixedAuthClient(new HttpClient { BaseAddress = uri }).ValidateAsync("unknown-key", "ml-platform", default)));

        CommittedPact.AssertMatches(written, "fixed");
        Assert.DoesNotContain(TestKey, File.ReadAllText(written));
    }

    [Fact]
    public async Task The_middleware_as_reported_fails_the_valid_key_contract_because_the_key_is_in_the_body()
    {
        var pact = new PactBuilder(AuthContracts.Consumer, AuthContracts.Provider, new PactOptions { PactDirectory = _folder.Path });
        AuthContracts.ValidKey(pact);

        var failure = await Assert.ThrowsAsync<PactMismatchException>(() => pact.VerifyAsync(context =>
            new ReportedAuthClient(new HttpClient { BaseAddress = context.BaseUri }).ValidateAsync(TestKey, "ml-platform", default)));

        Assert.Contains("Expected a header 'Authorization' but was missing", failure.Message);
        Assert.DoesNotContain(TestKey, failure.Message);
        Assert.False(File.Exists(pact.PactFilePath));
    }

    [Fact]
    public async Task The_middleware_as_reported_only_tests_that_a_bad_key_is_rejected()
    {
        var written = await ExerciseAsync(AuthContracts.Consumer, AuthContracts.Provider, AuthContracts.AsReportedBadKeyOnly,
            async uri => Assert.False(await new ReportedAuthClient(new HttpClient { BaseAddress = uri }).ValidateAsync("invalid-key", "ml-platform", default)));

        CommittedPact.AssertMatches(written, "as-reported");
    }

    [Fact]
    public async Task The_fixed_sdk_registers_through_the_served_mlflow_route_and_writes_the_committed_pact()
    {
        var written = await ExerciseAsync(RegistrationContracts.Consumer, RegistrationContracts.Provider,
            pact => RegistrationContracts.RegisterModel(pact, RegistrationContracts.ServedPath),
            async uri => Assert.Equal("fraud-detector", (await new FixedRegistryClient(new HttpClient { BaseAddress = uri }, TestKey).RegisterModelAsync("fraud-detector")).Name));

        CommittedPact.AssertMatches(written, "fixed");
    }

    [Fact]
    public async Task The_sdk_as_reported_calls_api_mlflow_and_fails_the_served_route_contract()
    {
        var pact = new PactBuilder(RegistrationContracts.Consumer, RegistrationContracts.Provider, new PactOptions { PactDirectory = _folder.Path });
        RegistrationContracts.RegisterModel(pact, RegistrationContracts.ServedPath);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => pact.VerifyAsync(context =>
            new ReportedRegistryClient(new HttpClient { BaseAddress = context.BaseUri }, TestKey).RegisterModelAsync("fraud-detector")));

        var mismatch = Assert.IsType<PactMismatchException>(failure);
        Assert.Contains(RegistrationContracts.AsReportedPath, mismatch.Message);
    }

    [Fact]
    public async Task The_sdk_as_reported_passes_its_own_contract_test_which_expects_api_mlflow()
    {
        var written = await ExerciseAsync(RegistrationContracts.Consumer, RegistrationContracts.Provider,
            pact => RegistrationContracts.RegisterModel(pact, RegistrationContracts.AsReportedPath),
            async uri => Assert.Equal("fraud-detector", (await new ReportedRegistryClient(new HttpClient { BaseAddress = uri }, TestKey).RegisterModelAsync("fraud-detector")).Name));

        CommittedPact.AssertMatches(written, "as-reported");
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>One interaction per mock-server run, as a real suite does; runs merge into one pact file.</summary>
    private async Task<string> ExerciseAsync(string consumer, string provider, Action<PactBuilder> describe, Func<Uri, Task> exercise)
    {
        var pact = new PactBuilder(consumer, provider, new PactOptions { PactDirectory = _folder.Path });
        describe(pact);
        await pact.VerifyAsync(context => exercise(context.BaseUri));
        return pact.PactFilePath;
    }
}
