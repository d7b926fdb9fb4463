namespace Concord.Pact.AspNetCore.Messages;

/// <summary>
/// The provider's message producers, by the description the pacts use:
/// <c>new MessageProducers().Add("a key was revoked", (request, services, ct) => …)</c>.
/// Each should call the code that builds the real message, so the pact checks what is really sent.
/// </summary>
public sealed class MessageProducers
{
    private readonly Dictionary<string, Produce> _producers = new(StringComparer.Ordinal);

    /// <summary>Producers whose message objects are serialised with <paramref name="jsonSerializerOptions"/> (the app's own; web defaults when null).</summary>
    public MessageProducers(System.Text.Json.JsonSerializerOptions? jsonSerializerOptions = null) =>
        JsonSerializerOptions = jsonSerializerOptions ?? Concord.Pact.Json.PactJson.WebDefaults;

    /// <summary>How message objects (neither JSON nodes nor text) are serialised.</summary>
    public System.Text.Json.JsonSerializerOptions JsonSerializerOptions { get; }

    /// <summary>Produces one message.</summary>
    public delegate Task<ProducedMessage> Produce(MessageRequest request, IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Adds the producer of the message with this description.</summary>
    public MessageProducers Add(string description, Produce produce)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentNullException.ThrowIfNull(produce);
        if (!_producers.TryAdd(description, produce))
        {
            throw new ArgumentException($"Message \"{description}\" already has a producer.", nameof(description));
        }

        return this;
    }

    /// <summary>Adds a synchronous producer.</summary>
    public MessageProducers Add(string description, Func<MessageRequest, IServiceProvider, ProducedMessage> produce)
    {
        ArgumentNullException.ThrowIfNull(produce);
        return Add(description, (request, services, _) => Task.FromResult(produce(request, services)));
    }

    /// <summary>The descriptions this set can produce.</summary>
    public IEnumerable<string> Descriptions => _producers.Keys;

    internal Produce? Find(string description) => _producers.GetValueOrDefault(description);
}
