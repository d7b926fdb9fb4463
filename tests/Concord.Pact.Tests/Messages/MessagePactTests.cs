using System.Text.Json.Nodes;
using Concord.Pact.Consumer;
using Concord.Pact.Matchers;
using Concord.Pact.Messages;
using Concord.Pact.Tests.Support;

namespace Concord.Pact.Tests.Messages;

public sealed class MessagePactTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private sealed record KeyRevoked(string KeyId, DateTimeOffset RevokedAt, string Reason);

    [Theory]
    [InlineData(PactSpecification.V3, "3.0.0", "messages")]
    [InlineData(PactSpecification.V4, "4.0", "interactions")]
    public async Task The_handler_receives_each_message_and_the_pact_is_written(PactSpecification specification, string version, string section)
    {
        var pact = new MessagePactBuilder("Gateway", $"KeyEvents{specification}", new PactOptions { PactDirectory = _folder.Path, Specification = specification });
        pact.ExpectsToReceive("a key was revoked")
            .Given("key k-1 exists", new { keyId = "k-1" })
            .WithMetadata("topic", "keys")
            .WithJsonContent(new
            {
                keyId = Match.Regex("k-[0-9]+", "k-1"),
                revokedAt = Match.DateTime("yyyy-MM-dd'T'HH:mm:ssXXX", "2025-07-17T10:00:00+00:00"),
                reason = Match.Type("leaked"),
            });
        pact.ExpectsToReceive("a key was created")
            .WithJsonContent(new { keyId = Match.Type("k-2") });

        var handled = new List<ReceivedMessage>();
        await pact.VerifyAsync(message =>
        {
            handled.Add(message);
            return Task.CompletedTask;
        });

        var revoked = Assert.Single(handled, m => m.Description == "a key was revoked");
        var typed = revoked.As<KeyRevoked>()!;
        Assert.Equal("k-1", typed.KeyId);
        Assert.Equal("leaked", typed.Reason);
        Assert.Equal("keys", revoked.Metadata["topic"]);
        Assert.Contains(handled, m => m.Description == "a key was created");

        var written = JsonNode.Parse(File.ReadAllText(pact.PactFilePath))!;
        Assert.Equal(version, written["metadata"]!["pactSpecification"]!["version"]!.GetValue<string>());
        Assert.Equal(2, written[section]!.AsArray().Count);
    }

    [Fact]
    public async Task A_handler_that_fails_names_the_message_and_nothing_is_written()
    {
        var pact = new MessagePactBuilder("Gateway", "Billing", new PactOptions { PactDirectory = _folder.Path });
        pact.ExpectsToReceive("an invoice was issued").WithJsonContent(new { amount = Match.Decimal(10.5) });

        var thrown = await Assert.ThrowsAsync<MessageHandlerException>(() => pact.VerifyAsync(message =>
            throw new FormatException($"amount {message.Contents!["amount"]} is not in cents")));

        Assert.Equal(["an invoice was issued"], thrown.FailedMessages);
        Assert.Contains("\"an invoice was issued\": FormatException: amount 10.5 is not in cents", thrown.Message);
        Assert.False(File.Exists(pact.PactFilePath));
    }

    [Theory]
    [InlineData(PactSpecification.V3)]
    [InlineData(PactSpecification.V4)]
    public async Task Contents_with_content_and_content_type_keys_reach_the_handler_whole(PactSpecification specification)
    {
        var pact = new MessagePactBuilder("Gateway", $"Envelopes{specification}", new PactOptions { PactDirectory = _folder.Path, Specification = specification });
        pact.ExpectsToReceive("an envelope").WithJsonContent(new { content = "hello", contentType = "text/plain", id = 7 });

        JsonNode? received = null;
        await pact.VerifyAsync(message =>
        {
            received = message.Contents;
            return Task.CompletedTask;
        });

        Assert.Equal("""{"content":"hello","contentType":"text/plain","id":7}""", received!.ToJsonString());
    }

    public void Dispose() => _folder.Dispose();
}
