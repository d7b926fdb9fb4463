using Concord.Pact.Consumer;

namespace Concord.Pact.Tests.Story;

/// <summary>
/// Runs the fixed middleware's consumer tests to write the pacts the provider tests verify. Each
/// interaction is its own test, as in a real suite (the mock server cannot tell apart two
/// interactions with the same request shape), and all merge into one pact file.
/// </summary>
public static class StoryPacts
{
    /// <summary>The correct pact: a valid key accepted, an unknown key and a missing key rejected.</summary>
    public static async Task<string> WriteCorrectPactAsync(string folder)
    {
        await VerifyAsync(folder, AuthPacts.ValidKey, async client => Assert.True((await client.ValidateAsync("a-test-key", "ml-platform")).Valid));
        await WriteRejectionsAsync(folder, pinDetail: true);
        return Path.Combine(folder, $"{AuthPacts.Consumer}-{AuthPacts.Provider}.json");
    }

    /// <summary>The seed story's tests as a pact: only bad keys, every one rejected, only the status checked.</summary>
    public static async Task<string> WriteRejectionsOnlyPactAsync(string folder)
    {
        await WriteRejectionsAsync(folder, pinDetail: false);
        return Path.Combine(folder, $"{AuthPacts.Consumer}-{AuthPacts.Provider}.json");
    }

    private static async Task WriteRejectionsAsync(string folder, bool pinDetail)
    {
        await VerifyAsync(folder, pact => AuthPacts.UnknownKey(pact, pinDetail), async client => Assert.False((await client.ValidateAsync("unknown-key", "ml-platform")).Valid));
        await VerifyAsync(folder, pact => AuthPacts.MissingKey(pact, pinDetail), async client => Assert.False((await client.ValidateAsync("", "ml-platform")).Valid));
    }

    private static async Task VerifyAsync(string folder, Action<PactBuilder> describe, Func<AuthClient, Task> exercise)
    {
        var pact = new PactBuilder(AuthPacts.Consumer, AuthPacts.Provider, new PactOptions { PactDirectory = folder });
        describe(pact);
        await pact.VerifyAsync(context => exercise(new AuthClient(new HttpClient { BaseAddress = context.BaseUri }, AuthClient.KeyPlacement.BearerHeader)));
    }
}
