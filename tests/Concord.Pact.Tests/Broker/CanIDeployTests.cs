using Concord.Pact.Broker;
using Concord.Testing.PactBroker;

namespace Concord.Pact.Tests.Broker;

public sealed class CanIDeployTests
{
    private const string Token = "s3cr3t-broker-token-0042";

    [Fact]
    public async Task The_environment_relation_is_followed_with_escaped_values_and_a_true_verdict_can_deploy()
    {
        await using var broker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { Environments = ["prod eu"] });
        using var client = new PactBroker(broker.BaseUri);

        var result = await client.CanIDeployAsync("Shop & Co", "1a2b3c", new DeployTarget.Environment("prod eu"));

        Assert.Equal(["GET /", "GET /can-i-deploy?pacticipant=Shop%20%26%20Co&version=1a2b3c&environment=prod%20eu"], broker.Requests.Select(r => $"{r.Method} {r.PathAndQuery}"));
        Assert.True(result.CanDeploy);
        Assert.Equal(1, result.Succeeded);
        var row = Assert.Single(result.Rows);
        Assert.Equal(new MatrixRow("Shop & Co", "1a2b3c", "Catalogue", "7.1.0", true), row);
    }

    [Fact]
    public async Task A_tag_target_follows_the_tag_relation()
    {
        await using var broker = await DocumentedPactBroker.StartAsync();
        using var client = new PactBroker(broker.BaseUri);

        var result = await client.CanIDeployAsync("Shop", "1a2b3c", new DeployTarget.Tag("prod"));

        Assert.Equal("/can-i-deploy?pacticipant=Shop&version=1a2b3c&to=prod", broker.Requests.Last().PathAndQuery);
        Assert.True(result.CanDeploy);
    }

    [Theory]
    [InlineData(false, "cannot deploy to environment production: Catalogue in production failed to verify Shop 1a2b3c")]
    [InlineData(null, "cannot deploy (the broker does not know: a verification is missing) to environment production: Catalogue in production has not verified Shop 1a2b3c")]
    public async Task A_false_or_unknown_verdict_cannot_deploy_and_says_why(bool? deployable, string said)
    {
        await using var broker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { Deployable = deployable });
        using var client = new PactBroker(broker.BaseUri);

        var result = await client.CanIDeployAsync("Shop", "1a2b3c", new DeployTarget.Environment("production"));

        Assert.False(result.CanDeploy);
        Assert.Equal(deployable, result.Deployable);
        Assert.StartsWith("Shop 1a2b3c " + said, result.ToString());
        Assert.Equal(deployable is null ? 1 : 0, result.Unknown);
        Assert.Equal(deployable == false ? 1 : 0, result.Failed);
    }

    [Theory]
    [InlineData("""{"matrix": []}""", "without a \"summary\" holding \"deployable\"")]
    [InlineData("""{"summary": {"reason": "?"}}""", "without a \"summary\" holding \"deployable\"")]
    [InlineData("""{"summary": {"deployable": "yes"}}""", "\"summary.deployable\" is \"yes\", which is neither true, false nor null")]
    [InlineData("""not json""", "can-i-deploy is not JSON (line 1, column 2")]
    public async Task An_answer_without_a_verdict_is_an_error_never_a_yes(string body, string said)
    {
        await using var broker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { CanIDeployBody = body });
        using var client = new PactBroker(broker.BaseUri);

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => client.CanIDeployAsync("Shop", "1a2b3c", new DeployTarget.Environment("production")));

        Assert.Contains(said, error.Message);
        Assert.Contains($"GET {broker.BaseUri}can-i-deploy?pacticipant=Shop&version=1a2b3c&environment=production", error.Message);
    }

    [Fact]
    public async Task An_unknown_environment_is_the_brokers_400_with_its_reason()
    {
        await using var broker = await DocumentedPactBroker.StartAsync();
        using var client = new PactBroker(broker.BaseUri);

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => client.CanIDeployAsync("Shop", "1a2b3c", new DeployTarget.Environment("staging")));

        Assert.Equal(400, error.StatusCode);
        Assert.EndsWith(": 400 Bad Request: environment: No environment found with name 'staging'", error.Message);
    }

    [Fact]
    public async Task Missing_credentials_and_a_broker_without_can_i_deploy_are_errors_naming_what_is_missing()
    {
        await using var locked = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { RequiredAuthorization = "Bearer " + Token });
        await using var old = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { MissingRelations = ["pb:can-i-deploy-pacticipant-version-to-environment"] });
        using var anonymous = new PactBroker(locked.BaseUri);
        using var oldClient = new PactBroker(old.BaseUri);

        var refused = await Assert.ThrowsAsync<PactBrokerException>(() => anonymous.CanIDeployAsync("Shop", "1", new DeployTarget.Environment("production")));
        var absent = await Assert.ThrowsAsync<PactBrokerException>(() => oldClient.CanIDeployAsync("Shop", "1", new DeployTarget.Environment("production")));

        Assert.Equal($"GET {locked.BaseUri}: 401 Unauthorized: the server refused the broker's index with no credentials", refused.Message);
        Assert.StartsWith($"GET {old.BaseUri}: the broker's index has no 'pb:can-i-deploy-pacticipant-version-to-environment' link, which can-i-deploy needs", absent.Message);
        Assert.Contains("pb:can-i-deploy-pacticipant-version-to-tag", absent.Message);
    }

    [Fact]
    public async Task An_unknown_verdict_is_asked_again_until_the_broker_knows()
    {
        await using var broker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { UnknownAnswersFirst = 2 });
        using var client = new PactBroker(broker.BaseUri);

        var result = await client.CanIDeployAsync("Shop", "1a2b3c", new DeployTarget.Environment("production"), new CanIDeployRetry(5, TimeSpan.FromMilliseconds(10)));

        Assert.True(result.CanDeploy);
        Assert.Equal(3, broker.Requests.Count(r => r.PathAndQuery.StartsWith("/can-i-deploy", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Retries_that_run_out_leave_the_verdict_unknown_and_not_deployable()
    {
        await using var broker = await DocumentedPactBroker.StartAsync(new DocumentedPactBroker.Settings { UnknownAnswersFirst = 10 });
        using var client = new PactBroker(broker.BaseUri);

        var result = await client.CanIDeployAsync("Shop", "1a2b3c", new DeployTarget.Environment("production"), new CanIDeployRetry(2, TimeSpan.FromMilliseconds(10)));

        Assert.False(result.CanDeploy);
        Assert.Null(result.Deployable);
        Assert.Equal(3, broker.Requests.Count(r => r.PathAndQuery.StartsWith("/can-i-deploy", StringComparison.Ordinal)));
    }
}
