using System.Text.Json;
using Concord.Pact.Consumer;
using Concord.Pact.Json;
using Concord.Pact.Native;

namespace Concord.Pact.Messages;

/// <summary>
/// A consumer test's pact for asynchronous messages (events, queue payloads): describe each message
/// the consumer handles, then <see cref="VerifyAsync"/> hands each one, as the provider would send it,
/// to the consumer's real handler, and writes the pact file when every handler succeeded.
/// </summary>
public sealed class MessagePactBuilder : PactBuilderBase
{
    private readonly List<MessageInteraction> _messages = [];

    public MessagePactBuilder(string consumer, string provider, PactOptions? options = null)
        : base(consumer, provider, options)
    {
    }

    /// <summary>Starts a new message, named by what it tells the consumer.</summary>
    public MessageInteractionBuilder ExpectsToReceive(string description)
    {
        RequireUniqueDescription(_messages.Select(m => m.Description), description, "a message");

        var message = new MessageInteraction(description);
        _messages.Add(message);
        return new MessageInteractionBuilder(message, Options.JsonSerializerOptions);
    }

    /// <summary>
    /// Hands every message, matchers replaced by examples and generators applied, to <paramref name="handler"/>;
    /// throws <see cref="MessageHandlerException"/> naming each message the handler failed on; writes the pact only when none failed.
    /// </summary>
    public async Task VerifyAsync(Func<ReceivedMessage, Task> handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (_messages.Count == 0)
        {
            throw new InvalidOperationException($"The message pact {Consumer}-{Provider} has no messages to verify; describe one with ExpectsToReceive first.");
        }

        using var pact = NativePact.ForMessages(Consumer, Provider, Options, _messages, Metadata, out var handles);
        var serializer = Options.JsonSerializerOptions ?? PactJson.WebDefaults;
        var received = _messages.Select((message, i) => (message.Description,
            ReceivedMessage.FromReified(message.Description, OwnedString.Take(NativeMethods.MessageReify(handles[i])) ?? "{}", Options.Specification) with { Serializer = serializer }));
        await MessageHandling.HandEachThenWriteAsync(this, pact, received, handler, cancellationToken).ConfigureAwait(false);
    }
}
