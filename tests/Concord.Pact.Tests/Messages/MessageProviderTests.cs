using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.AspNetCore.Messages;
using Concord.Pact.AspNetCore.ProviderStates;
using Concord.Pact.Consumer;
using Concord.Pact.Matchers;
using Concord.Pact.Messages;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace Concord.Pact.Tests.Messages;

/// <summary>Message pacts written by a consumer test, verified against the messages a Kestrel-hosted provider really produces.</summary>
public sealed class MessageProviderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private sealed record KeyRevoked(string KeyId, DateTimeOffset RevokedAt, string Reason);

    [Theory]
    [InlineData(PactSpecification.V3)]
    [InlineData(PactSpecification.V4)]
    public async Task The_producer_of_the_real_message_passes(PactSpecification specification)
    {
        var pactFile = await WritePactAsync(specification);
        await using var provider = await StartProducerAsync(revokedAt => new KeyRevoked("k-1", revokedAt, "leaked"));

        var result = await Verify(provider, pactFile);

        Assert.True(result.Passed, result.ToString());
        Assert.Equal(["a key was created", "a key was revoked"], result.Interactions.Select(i => i.Description).Order());
        Assert.Empty(result.CoverageGaps);
    }

    [Fact]
    public async Task A_producer_whose_message_changed_shape_fails_with_the_json_path()
    {
        var pactFile = await WritePactAsync(PactSpecification.V4);
        await using var provider = await StartProducerAsync(revokedAt => new { keyId = "k-1", revokedAt = revokedAt.ToUnixTimeSeconds(), reason = "leaked" });

        var result = await Verify(provider, pactFile);

        Assert.Equal(VerificationStatus.Failed, result.Status);
        var failed = Assert.Single(result.Interactions, i => !i.Passed);
        Assert.Equal("a key was revoked", failed.Description);
        Assert.Contains(failed.Mismatches, m => m.Where == "body $.revokedAt");
    }

    private static Task<VerificationResult> Verify(PactProviderHost provider, string pactFile) =>
        new PactVerifier("KeyEvents")
            .WithProvider(provider.BaseUri)
            .WithProviderStateUrl(provider.ProviderStatesUri)
            .WithMessageProvider(provider.MessagesUri)
            .WithPactFile(pactFile)
            .VerifyAsync();

    private async Task<string> WritePactAsync(PactSpecification specification)
    {
        var pact = new MessagePactBuilder("Gateway", "KeyEvents", new PactOptions { PactDirectory = _folder.Path, Specification = specification });
        pact.ExpectsToReceive("a key was revoked")
            .Given("key k-1 exists", new { keyId = "k-1" })
            .WithMetadata("topic", "keys")
            .WithJsonContent(new
            {
                keyId = Match.Regex("k-[0-9]+", "k-1"),
                revokedAt = Match.DateTime("yyyy-MM-dd'T'HH:mm:ssXXX", "2025-07-17T10:00:00+02:00"),
                reason = Match.Type("leaked"),
            });
        pact.ExpectsToReceive("a key was created").WithJsonContent(new { keyId = Match.Type("k-2") });
        await pact.VerifyAsync(message =>
        {
            Assert.NotNull(message.Contents?["keyId"]);
            return Task.CompletedTask;
        });
        return pact.PactFilePath;
    }

    private static Task<PactProviderHost> StartProducerAsync(Func<DateTimeOffset, object> revoked) =>
        PactProviderHost.StartAsync(builder =>
        {
            var app = builder.Build();
            var keys = new HashSet<string>();
            app.MapPactProviderStates(new ProviderStateHandlers().Add("key k-1 exists", (request, _) => keys.Add(request.Get<string>("keyId"))));
            app.MapPactMessages(new MessageProducers()
                .Add("a key was revoked", (request, _) =>
                {
                    Assert.Equal("key k-1 exists", Assert.Single(request.ProviderStates).Name);
                    return new ProducedMessage(revoked(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2))), new Dictionary<string, string> { ["topic"] = "keys" });
                })
                .Add("a key was created", (_, _) => new ProducedMessage(new { keyId = "k-9" })));
            return app;
        });

    public void Dispose() => _folder.Dispose();
}
