using System.Text.Json.Nodes;
using Concord.Pact.Json;
using Concord.Pact.Matchers;

namespace Concord.Pact.Consumer;

/// <summary>Describes the request of one HTTP interaction; <see cref="WillRespond"/> moves on to its response.</summary>
public sealed class HttpInteractionBuilder
{
    private readonly HttpInteraction _interaction;
    private readonly System.Text.Json.JsonSerializerOptions? _json;

    internal HttpInteractionBuilder(HttpInteraction interaction, System.Text.Json.JsonSerializerOptions? json)
    {
        _interaction = interaction;
        _json = json;
    }

    /// <summary>The provider must be in this state before the request.</summary>
    public HttpInteractionBuilder Given(string state)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        _interaction.States.Add(new ProviderState(state, null));
        return this;
    }

    /// <summary>The provider must be in this state, set up with these parameters (an object whose properties become the parameters).</summary>
    public HttpInteractionBuilder Given(string state, object parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        if (PactJson.ToNode(parameters, _json) is not JsonObject json)
        {
            throw new ArgumentException($"The parameters of provider state \"{state}\" must be an object with named values.", nameof(parameters));
        }

        _interaction.States.Add(new ProviderState(state, json));
        return this;
    }

    /// <summary>Marks the interaction pending (V4): its failure does not fail the provider's build yet.</summary>
    public HttpInteractionBuilder Pending()
    {
        _interaction.Pending = true;
        return this;
    }

    /// <summary>The request's method and path.</summary>
    public HttpInteractionBuilder WithRequest(HttpMethod method, string path) => WithRequest(method, (object)path);

    /// <summary>The request's method and a path matcher, e.g. <c>Match.Regex("/keys/[0-9]+", "/keys/42")</c>.</summary>
    public HttpInteractionBuilder WithRequest(HttpMethod method, Matcher path) => WithRequest(method, (object)path);

    /// <summary>A query parameter; repeat the name for several values.</summary>
    public HttpInteractionBuilder WithQuery(string name, string value) => AddQuery(name, value);

    /// <summary>A query parameter matched by a matcher.</summary>
    public HttpInteractionBuilder WithQuery(string name, Matcher value) => AddQuery(name, value);

    /// <summary>A request header; credential headers are written with a neutral example.</summary>
    public HttpInteractionBuilder WithHeader(string name, string value) => AddHeader(name, value);

    /// <summary>A request header matched by a matcher.</summary>
    public HttpInteractionBuilder WithHeader(string name, Matcher value) => AddHeader(name, value);

    /// <summary>A JSON request body, with matchers anywhere inside.</summary>
    public HttpInteractionBuilder WithJsonBody(object body, string contentType = "application/json")
    {
        SetBody(_interaction.Request, PactJson.ToNode(body, _json), contentType);
        return this;
    }

    /// <summary>A request body that is not JSON.</summary>
    public HttpInteractionBuilder WithBody(string body, string contentType)
    {
        SetBody(_interaction.Request, JsonValue.Create(body), contentType);
        return this;
    }

    /// <summary>
    /// A binary request body. By default the provider must receive exactly these bytes; with
    /// <paramref name="matchContentTypeOnly"/> they are an example and any body the core recognises as
    /// <paramref name="contentType"/> matches (the core sniffs the type from the bytes, e.g. a PNG's signature).
    /// </summary>
    public HttpInteractionBuilder WithBinaryBody(byte[] body, string contentType = "application/octet-stream", bool matchContentTypeOnly = false)
    {
        SetBinary(_interaction.Request, body, contentType, matchContentTypeOnly);
        return this;
    }

    /// <summary>
    /// A <c>multipart/form-data</c> request part named <paramref name="partName"/> whose example is the file at
    /// <paramref name="filePath"/>; the part is matched by <paramref name="contentType"/>. Call again for more parts.
    /// </summary>
    public HttpInteractionBuilder WithMultipartFile(string partName, string filePath, string contentType, string? boundary = null)
    {
        AddMultipart(_interaction.Request, partName, filePath, contentType, boundary);
        return this;
    }

    /// <summary>Describes the response the provider gives.</summary>
    public HttpResponseBuilder WillRespond() => new(_interaction, _json);

    internal static void SetBinary(HttpMessagePart part, byte[] body, string contentType, bool matchContentTypeOnly)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        part.ClearBody();
        part.Binary = body.ToArray();
        part.BinaryByContentTypeOnly = matchContentTypeOnly;
        part.ContentType = contentType;
        part.HasBody = true;
    }

    internal static void AddMultipart(HttpMessagePart part, string partName, string filePath, string contentType, string? boundary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        if (!File.Exists(filePath))
        {
            throw new FileNotFoundException($"The example file of multipart part \"{partName}\" does not exist: {filePath}.", filePath);
        }

        if (part.Multipart.Count == 0)
        {
            part.ClearBody();
        }

        part.Multipart.Add(new MultipartFile(partName, Path.GetFullPath(filePath), contentType, boundary));
        part.HasBody = true;
    }

    internal static void SetBody(HttpMessagePart part, JsonNode? body, string contentType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        part.ClearBody();
        part.Body = body;
        part.ContentType = contentType;
        part.HasBody = true;
    }

    private HttpInteractionBuilder WithRequest(HttpMethod method, object path)
    {
        ArgumentNullException.ThrowIfNull(method);
        _interaction.Method = method.Method;
        _interaction.Path = PactJson.ToNode(path, _json) ?? throw new ArgumentNullException(nameof(path));
        return this;
    }

    private HttpInteractionBuilder AddQuery(string name, object value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _interaction.Query.Add((name, PactJson.ToNode(value, _json) ?? throw new ArgumentNullException(nameof(value))));
        return this;
    }

    private HttpInteractionBuilder AddHeader(string name, object value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _interaction.Request.Headers.Add((name, PactJson.ToNode(value, _json) ?? throw new ArgumentNullException(nameof(value))));
        return this;
    }
}
