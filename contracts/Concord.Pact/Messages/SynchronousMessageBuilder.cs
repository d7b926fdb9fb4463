using System.Text.Json.Nodes;
using Concord.Pact.Consumer;
using Concord.Pact.Json;
using Concord.Pact.Matchers;

namespace Concord.Pact.Messages;

/// <summary>Describes one request/response message: the provider's state, the request the consumer sends and the response it expects.</summary>
public sealed class SynchronousMessageBuilder
{
    private readonly SynchronousMessageInteraction _message;
    private readonly System.Text.Json.JsonSerializerOptions? _json;

    internal SynchronousMessageBuilder(SynchronousMessageInteraction message, System.Text.Json.JsonSerializerOptions? json)
    {
        _message = message;
        _json = json;
    }

    /// <summary>The provider must be in this state to answer.</summary>
    public SynchronousMessageBuilder Given(string state)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        _message.States.Add(new ProviderState(state, null));
        return this;
    }

    /// <summary>The provider must be in this state, set up with these parameters.</summary>
    public SynchronousMessageBuilder Given(string state, object parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        if (PactJson.ToNode(parameters, _json) is not JsonObject json)
        {
            throw new ArgumentException($"The parameters of provider state \"{state}\" must be an object with named values.", nameof(parameters));
        }

        _message.States.Add(new ProviderState(state, json));
        return this;
    }

    /// <summary>The request the consumer sends, as JSON with matchers anywhere inside.</summary>
    public SynchronousMessageBuilder WithJsonRequest(object contents, string contentType = "application/json") =>
        Set(_message.Request, PactJson.ToNode(contents, _json), contentType);

    /// <summary>The request as text of a non-JSON content type (<c>text/plain</c>, <c>application/xml</c>, …), compared as text.</summary>
    public SynchronousMessageBuilder WithTextRequest(string contents, string contentType = "text/plain") =>
        Set(_message.Request, JsonValue.Create(contents), contentType);

    /// <summary>A request metadata entry (a routing key, a reply-to queue).</summary>
    public SynchronousMessageBuilder WithRequestMetadata(string key, string value) => AddMetadata(_message.Request, key, value);

    /// <summary>The response the consumer expects, as JSON with matchers anywhere inside.</summary>
    public SynchronousMessageBuilder WillRespondWithJson(object contents, string contentType = "application/json") =>
        Set(_message.Response, PactJson.ToNode(contents, _json), contentType);

    /// <summary>The response as text of a non-JSON content type, compared as text.</summary>
    public SynchronousMessageBuilder WillRespondWithText(string contents, string contentType = "text/plain") =>
        Set(_message.Response, JsonValue.Create(contents), contentType);

    /// <summary>A response metadata entry.</summary>
    public SynchronousMessageBuilder WithResponseMetadata(string key, string value) => AddMetadata(_message.Response, key, value);

    /// <summary>A response metadata entry matched by a matcher.</summary>
    public SynchronousMessageBuilder WithResponseMetadata(string key, Matcher value) => AddMetadata(_message.Response, key, value);

    private SynchronousMessageBuilder Set(SynchronousMessageInteraction.MessagePart part, JsonNode? contents, string contentType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        part.Contents = contents;
        part.ContentType = contentType;
        return this;
    }

    private SynchronousMessageBuilder AddMetadata(SynchronousMessageInteraction.MessagePart part, string key, object value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        part.Metadata.Add((key, PactJson.ToNode(value, _json) ?? throw new ArgumentNullException(nameof(value))));
        return this;
    }
}
