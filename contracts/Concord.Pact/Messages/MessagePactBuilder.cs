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
        var failures = new List<(string Description, Exception Error)>();
        for (var i = 0; i < _messages.Count; i++)
        {
            var received = ReceivedMessage.FromReified(_messages[i].Description, OwnedString.Take(NativeMethods.MessageReify(handles[i])) ?? "{}", Options.Specification) with
            {
                Serializer = Options.JsonSerializerOptions ?? PactJson.WebDefaults,
            };
            try
            {
                await handler(received).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Every handler failure is collected and reported together.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures.Add((_messages[i].Description, exception));
            }
        }

        if (failures.Count > 0)
        {
            throw new MessageHandlerException(Consumer, Provider, failures);
        }

        await PactFileGate.WriteAsync(Options.PactDirectory, pact.FileName, scratch => pact.WriteFile(scratch, overwrite: true), cancellationToken).ConfigureAwait(false);
    }
}
