extern alias AsReported;

using System.Text.Json;
using Concord.Pact.Consumer;
using Microsoft.AspNetCore.Http;
using ModelRegistry.Sample.Tests.Support;
using FixedAuthClient = ModelRegistry.Api.Auth.AuthServiceClient;
using FixedKeyCheck = ModelRegistry.KeyCheck.KeyCheckClient;
using FixedProxy = ModelRegistry.Api.Mlflow.MlflowProxy;
using FixedUpstream = ModelRegistry.Api.Mlflow.MlflowUpstream;
using FixedRegistryClient = ModelRegistry.Client.ModelRegistryClient;
using ReportedAuthClient = AsReported::ModelRegistry.Api.Auth.AuthServiceClient;
using ReportedKeyCheck = AsReported::ModelRegistry.KeyCheck.KeyCheckClient;
using ReportedProxy = AsReported::ModelRegistry.Api.Mlflow.MlflowProxy;
using ReportedUpstream = AsReported::ModelRegistry.Api.Mlflow.MlflowUpstream;
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

    [Fact]
    public async Task The_fixed_key_check_sends_the_key_as_a_bearer_header_and_writes_the_committed_pact()
    {
        await ExerciseAsync(KeyCheckContracts.Consumer, KeyCheckContracts.Provider, pact => KeyCheckContracts.ValidKey(pact, KeyCheckContracts.Bearer),
            async uri => Assert.True((await new FixedKeyCheck(new HttpClient { BaseAddress = uri }).CheckAsync(TestKey, "ml-platform")).Valid));
        var written = await ExerciseAsync(KeyCheckContracts.Consumer, KeyCheckContracts.Provider, pact => KeyCheckContracts.UnknownKey(pact, KeyCheckContracts.Bearer),
            async uri => Assert.Equal("Invalid or expired API key", (await new FixedKeyCheck(new HttpClient { BaseAddress = uri }).CheckAsync("unknown-key", "ml-platform")).Detail));

        CommittedPact.AssertMatches(written, "fixed");
        Assert.DoesNotContain(TestKey, File.ReadAllText(written));
    }

    [Fact]
    public async Task The_key_check_as_reported_fails_the_bearer_contract_because_the_key_is_in_x_api_key()
    {
        var pact = new PactBuilder(KeyCheckContracts.Consumer, KeyCheckContracts.Provider, new PactOptions { PactDirectory = _folder.Path });
        KeyCheckContracts.ValidKey(pact, KeyCheckContracts.Bearer);

        var failure = await Assert.ThrowsAsync<PactMismatchException>(() => pact.VerifyAsync(context =>
            new ReportedKeyCheck(new HttpClient { BaseAddress = context.BaseUri }).CheckAsync(TestKey, "ml-platform")));

        Assert.Contains("Expected a header 'Authorization' but was missing", failure.Message);
        Assert.DoesNotContain(TestKey, failure.Message);
    }

    [Fact]
    public async Task The_key_check_as_reported_passes_its_own_contract_test_which_sends_x_api_key()
    {
        await ExerciseAsync(KeyCheckContracts.Consumer, KeyCheckContracts.Provider, pact => KeyCheckContracts.ValidKey(pact, KeyCheckContracts.ApiKeyHeader),
            async uri => Assert.True((await new ReportedKeyCheck(new HttpClient { BaseAddress = uri }).CheckAsync(TestKey, "ml-platform")).Valid));
        var written = await ExerciseAsync(KeyCheckContracts.Consumer, KeyCheckContracts.Provider, pact => KeyCheckContracts.UnknownKey(pact, KeyCheckContracts.ApiKeyHeader),
            async uri => Assert.False((await new ReportedKeyCheck(new HttpClient { BaseAddress = uri }).CheckAsync("unknown-key", "ml-platform")).Valid));

        CommittedPact.AssertMatches(written, "as-reported");
        var committed = File.ReadAllText(written);
        Assert.Contains("\"X-API-Key\"", committed);
        Assert.DoesNotContain("Bearer", committed);
        Assert.DoesNotContain(TestKey, committed);
    }

    [Fact]
    public async Task The_fixed_proxy_forwards_to_the_ajax_api_prefix_and_writes_the_committed_pact()
    {
        var written = await ExerciseAsync(MlflowContracts.Consumer, MlflowContracts.Provider, pact => MlflowContracts.RegisterModel(pact, FixedUpstream.RestApi),
            async uri => Assert.Equal(StatusCodes.Status200OK, await ForwardRegistrationAsync(context => new FixedProxy(new HttpClient { BaseAddress = uri }).CreateRegisteredModelAsync(context))));

        CommittedPact.AssertMatches(written, "fixed");
        Assert.Contains("/ajax-api/2.0/mlflow/registered-models/create", File.ReadAllText(written));
    }

    [Fact]
    public async Task The_proxy_as_reported_passes_its_own_contract_test_which_expects_the_api_prefix()
    {
        var written = await ExerciseAsync(MlflowContracts.Consumer, MlflowContracts.Provider, pact => MlflowContracts.RegisterModel(pact, ReportedUpstream.RestApi),
            async uri => Assert.Equal(StatusCodes.Status200OK, await ForwardRegistrationAsync(context => new ReportedProxy(new HttpClient { BaseAddress = uri }).CreateRegisteredModelAsync(context))));

        CommittedPact.AssertMatches(written, "as-reported");
        Assert.Contains("\"/api/2.0/mlflow/registered-models/create\"", File.ReadAllText(written));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A registration as the API receives it, through the proxy; the status the proxy answered with.</summary>
    private static async Task<int> ForwardRegistrationAsync(Func<HttpContext, Task> forward)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { name = MlflowContracts.ModelName });
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body);
        context.Response.Body = new MemoryStream();
        await forward(context);
        return context.Response.StatusCode;
    }

    /// <summary>One interaction per mock-server run, as a real suite does; runs merge into one pact file.</summary>
    private async Task<string> ExerciseAsync(string consumer, string provider, Action<PactBuilder> describe, Func<Uri, Task> exercise)
    {
        var pact = new PactBuilder(consumer, provider, new PactOptions { PactDirectory = _folder.Path });
        describe(pact);
        await pact.VerifyAsync(context => exercise(context.BaseUri));
        return pact.PactFilePath;
    }
}
