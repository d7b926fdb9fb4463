using Concord.Pact.Consumer;
using Concord.Pact.Consumer.Mismatches;
using Concord.Pact.Tests.Support;

namespace Concord.Pact.Tests.Story;

/// <summary>The seed story, consumer side: the middleware's contract says the key travels in the Authorization header.</summary>
public sealed class MiddlewareConsumerTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task The_middleware_as_reported_sends_the_key_in_the_body_and_fails_its_consumer_test()
    {
        var pact = new PactBuilder(AuthPacts.Consumer, AuthPacts.Provider, new PactOptions { PactDirectory = _folder.Path });
        AuthPacts.ValidKey(pact);

        var failure = await Assert.ThrowsAsync<PactMismatchException>(() => pact.VerifyAsync(async context =>
        {
            var client = new AuthClient(new HttpClient { BaseAddress = context.BaseUri }, AuthClient.KeyPlacement.JsonBody);
            await client.ValidateAsync("a-test-key", "ml-platform");
        }));

        Assert.Contains("header Authorization: Expected a header 'Authorization' but was missing", failure.Message);
        var detail = Assert.Single(failure.Mismatches).Details.Single(d => d.Type == "HeaderMismatch");
        Assert.Equal("header Authorization", detail.Where);
        Assert.DoesNotContain("a-test-key", failure.Message);
        Assert.False(File.Exists(pact.PactFilePath));
    }

    [Fact]
    public async Task The_fixed_middleware_sends_a_bearer_header_and_writes_the_pact()
    {
        var path = await StoryPacts.WriteCorrectPactAsync(_folder.Path);

        var text = File.ReadAllText(path);
        Assert.Contains("a valid API key is validated", text);
        Assert.Contains("\"expression\": \"Bearer ${apiKey}\"", text);
        Assert.DoesNotContain("a-test-key", text);
    }

    public void Dispose() => _folder.Dispose();
}
