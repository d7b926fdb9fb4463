using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Pact.Consumer;
using Concord.Pact.Json;
using Concord.Pact.Native;

namespace Concord.Pact.Messages;

/// <summary>
/// A consumer test's pact for V4 synchronous messages (request/response over a queue, gRPC-like or any non-HTTP
/// transport): describe each request the consumer sends and the response it expects, then <see cref="VerifyAsync"/>
/// hands each one, as the pact model in the core holds it, to the consumer's real code, and writes the pact file when
/// every one succeeded. Synchronous messages exist from the V4 specification on.
/// </summary>
public sealed class SynchronousMessagePactBuilder : PactBuilderBase
{
    private readonly List<SynchronousMessageInteraction> _messages = [];

    public SynchronousMessagePactBuilder(string consumer, string provider, PactOptions? options = null)
        : base(consumer, provider, options)
    {
        if (Options.Specification < PactSpecification.V4)
        {
            throw new ArgumentException($"Synchronous messages need the V4 specification; the pact {consumer}-{provider} is set to {Options.Specification}.", nameof(options));
        }
    }

    /// <summary>Starts a new request/response message, named by what the consumer asks for.</summary>
    public SynchronousMessageBuilder UponReceiving(string description)
    {
        RequireUniqueDescription(_messages.Select(m => m.Description), description, "a synchronous message");
        var message = new SynchronousMessageInteraction(description);
        _messages.Add(message);
        return new SynchronousMessageBuilder(message, Options.JsonSerializerOptions);
    }

    /// <summary>
    /// Hands every message (request and response examples with generators applied, read back from the core's pact model) to <paramref name="test"/>;
    /// throws <see cref="MessageHandlerException"/> naming each message the test failed on; writes the pact only when none failed.
    /// </summary>
    public async Task VerifyAsync(Func<SynchronousMessage, Task> test, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (_messages.Count == 0)
        {
            throw new InvalidOperationException($"The pact {Consumer}-{Provider} has no synchronous messages to verify; describe one with UponReceiving first.");
        }

        foreach (var message in _messages)
        {
            if (message.Request.Contents is null || message.Response.Contents is null)
            {
                throw new InvalidOperationException($"Synchronous message \"{message.Description}\" needs both a request (WithJsonRequest/WithTextRequest) and a response (WillRespondWithJson/WillRespondWithText).");
            }
        }

        using var pact = NativePact.ForSynchronousMessages(Consumer, Provider, Options, _messages, Metadata);
        var serializer = Options.JsonSerializerOptions ?? PactJson.WebDefaults;
        var read = ReadBack(pact).Select(received => (received.Description, received with { Serializer = serializer }));
        await MessageHandling.HandEachThenWriteAsync(this, pact, read, test, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads each message back from the core, so the test sees what the pact file will hold, not what the builder was given.</summary>
    private List<SynchronousMessage> ReadBack(NativePact pact)
    {
        var iterator = NativeMethods.PactHandleGetSyncMessageIterator(pact.Handle);
        if (iterator == IntPtr.Zero)
        {
            throw new PactCoreException($"The Pact core gave no synchronous messages for {pact.FileName}: {OwnedString.LastError() ?? "no reason given"}.");
        }

        var read = new List<SynchronousMessage>();
        try
        {
            for (var message = NativeMethods.SyncMessageIteratorNext(iterator); message != IntPtr.Zero; message = NativeMethods.SyncMessageIteratorNext(iterator))
            {
                var description = OwnedString.Take(NativeMethods.SyncMessageDescription(message)) ?? string.Empty;
                var recorded = _messages.Single(m => m.Description == description);
                var request = Contents(Generated(NativeMethods.SyncMessageGenerateRequestContents(message)), recorded.Request, description, "request");
                var responses = NativeMethods.SyncMessageResponseCount(message);
                if (responses != 1)
                {
                    throw new PactCoreException($"The Pact core holds {responses} responses for synchronous message \"{description}\"; one was described.");
                }

                var response = Contents(Generated(NativeMethods.SyncMessageGenerateResponseContents(message, 0)), recorded.Response, description, "response");
                read.Add(new SynchronousMessage(description, request, response)
                {
                    RequestMetadata = Examples(recorded.Request.Metadata),
                    ResponseMetadata = Examples(recorded.Response.Metadata),
                });
            }
        }
        finally
        {
            NativeMethods.SyncMessageIteratorDelete(iterator);
        }

        if (read.Count != _messages.Count)
        {
            throw new PactCoreException($"The Pact core holds {read.Count} synchronous messages for {pact.FileName}; {_messages.Count} were described.");
        }

        return read;
    }

    /// <summary>The text of contents the core generated for this call, freeing them.</summary>
    private static string? Generated(IntPtr contents)
    {
        if (contents == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return OwnedString.Take(NativeMethods.MessageContentsText(contents));
        }
        finally
        {
            NativeMethods.MessageContentsDelete(contents);
        }
    }

    /// <summary>Metadata values as examples: a plain value as it is, a matcher (integration JSON) by its <c>value</c>.</summary>
    private static Dictionary<string, string> Examples(IEnumerable<(string Key, JsonNode Value)> metadata) =>
        metadata.ToDictionary(
            entry => entry.Key,
            entry => (entry.Value is JsonObject matcher && matcher["value"] is { } example ? example : entry.Value) is JsonValue value && value.TryGetValue(out string? text)
                ? text
                : entry.Value.ToJsonString(),
            StringComparer.Ordinal);

    private static JsonNode? Contents(string? text, SynchronousMessageInteraction.MessagePart part, string description, string which)
    {
        if (text is null)
        {
            throw new PactCoreException($"The Pact core holds no {which} contents for synchronous message \"{description}\".");
        }

        if (!part.IsJson)
        {
            return JsonValue.Create(text);
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException exception)
        {
            throw new PactCoreException($"The {which} of synchronous message \"{description}\" came back from the Pact core as invalid JSON: {exception.Message}", exception);
        }
    }
}
