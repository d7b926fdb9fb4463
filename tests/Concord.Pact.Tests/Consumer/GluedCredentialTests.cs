using Concord.Pact.Consumer;
using Concord.Pact.Secrets;
using Concord.Pact.Tests.Support;

namespace Concord.Pact.Tests.Consumer;

/// <summary>A live-looking key glued to other text is still a key: the pact writer refuses it and the scrubber masks it.</summary>
public sealed class GluedCredentialTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData("Xsk_live_Zq3T0yExampleNotARealKey000")]
    [InlineData("token=rk_live_Zq3T0yExampleNotARealKey000")]
    [InlineData("user_hk_live_Zq3T0yExampleNotARealKey000")]
    [InlineData("keyAKIAZQ3T0YEXAMPLE000")]
    [InlineData("1ghp_Zq3T0yExampleNotARealKey000000000000")]
    [InlineData("Txoxb-1234567890-Example")]
    public async Task A_glued_live_key_in_a_header_is_refused_and_nothing_is_written(string value)
    {
        var pact = new PactBuilder("Middleware", "Keys", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("a call with a glued key")
            .WithRequest(HttpMethod.Get, "/me")
            .WithHeader("X-Trace", value)
            .WillRespond()
            .WithStatus(200);

        var refused = await Assert.ThrowsAsync<LiveCredentialException>(() => pact.VerifyAsync(_ => Task.CompletedTask));

        Assert.Contains("header X-Trace", refused.Message);
        Assert.False(File.Exists(pact.PactFilePath));
    }

    [Theory]
    [InlineData("Xsk_live_Zq3T0yExampleNotARealKey000", "sk_live_Zq3T0yExampleNotARealKey000")]
    [InlineData("keyAKIAZQ3T0YEXAMPLE000", "AKIAZQ3T0YEXAMPLE000")]
    public void A_glued_live_key_is_masked_in_text(string text, string key)
    {
        var scrubbed = LiveCredentialPatterns.Scrub($"before {text} after");

        Assert.DoesNotContain(key, scrubbed);
        Assert.StartsWith("before ", scrubbed);
        Assert.EndsWith(" after", scrubbed);
    }

    public void Dispose() => _folder.Dispose();
}
