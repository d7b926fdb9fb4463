using System.Text.Json.Nodes;
using Concord.Pact.Consumer;
using Concord.Pact.Json;
using Concord.Pact.Matchers;

namespace Concord.Pact.Messages;

/// <summary>Describes one message: the provider's state, metadata and contents.</summary>
public sealed class MessageInteractionBuilder
{
    private readonly MessageInteraction _message;
    private readonly System.Text.Json.JsonSerializerOptions? _json;

    internal MessageInteractionBuilder(MessageInteraction message, System.Text.Json.JsonSerializerOptions? json)
    {
        _message = message;
        _json = json;
    }

    /// <summary>The provider must be in this state to send the message.</summary>
    public MessageInteractionBuilder Given(string state)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        _message.States.Add(new ProviderState(state, null));
        return this;
    }

    /// <summary>The provider must be in this state, set up with these parameters.</summary>
    public MessageInteractionBuilder Given(string state, object parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        if (PactJson.ToNode(parameters, _json) is not JsonObject json)
        {
            throw new ArgumentException($"The parameters of provider state \"{state}\" must be an object with named values.", nameof(parameters));
        }

        _message.States.Add(new ProviderState(state, json));
        return this;
    }

    /// <summary>A metadata entry (a topic, a routing key, a content encoding).</summary>
    public MessageInteractionBuilder WithMetadata(string key, string value) => AddMetadata(key, value);

    /// <summary>A metadata entry matched by a matcher.</summary>
    public MessageInteractionBuilder WithMetadata(string key, Matcher value) => AddMetadata(key, value);

    /// <summary>JSON contents, with matchers anywhere inside.</summary>
    public MessageInteractionBuilder WithJsonContent(object contents, string contentType = "application/json")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        _message.Contents = PactJson.ToNode(contents, _json);
        _message.ContentType = contentType;
        return this;
    }

    private MessageInteractionBuilder AddMetadata(string key, object value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        _message.Metadata.Add((key, PactJson.ToNode(value, _json) ?? throw new ArgumentNullException(nameof(value))));
        return this;
    }
}
