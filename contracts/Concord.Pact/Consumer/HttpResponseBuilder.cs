using System.Text.Json.Nodes;
using Concord.Pact.Json;
using Concord.Pact.Matchers;

namespace Concord.Pact.Consumer;

/// <summary>Describes the response of one HTTP interaction.</summary>
public sealed class HttpResponseBuilder
{
    private readonly HttpInteraction _interaction;
    private readonly System.Text.Json.JsonSerializerOptions? _json;

    internal HttpResponseBuilder(HttpInteraction interaction, System.Text.Json.JsonSerializerOptions? json)
    {
        _interaction = interaction;
        _json = json;
    }

    /// <summary>The response status.</summary>
    public HttpResponseBuilder WithStatus(int status)
    {
        if (status is < 100 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "An HTTP status is between 100 and 599.");
        }

        _interaction.Status = status;
        return this;
    }

    /// <summary>The response status, e.g. <c>HttpStatusCode.NotFound</c>.</summary>
    public HttpResponseBuilder WithStatus(System.Net.HttpStatusCode status) => WithStatus((int)status);

    /// <summary>A class of statuses (Pact V4), e.g. <c>Match.StatusCode(HttpStatusClass.ClientError, 401)</c>.</summary>
    public HttpResponseBuilder WithStatus(Matcher status)
    {
        ArgumentNullException.ThrowIfNull(status);
        _interaction.Status = status.ToJson();
        return this;
    }

    /// <summary>A response header; credential headers are written with a neutral example.</summary>
    public HttpResponseBuilder WithHeader(string name, string value) => AddHeader(name, value);

    /// <summary>A response header matched by a matcher.</summary>
    public HttpResponseBuilder WithHeader(string name, Matcher value) => AddHeader(name, value);

    /// <summary>A JSON response body, with matchers anywhere inside.</summary>
    public HttpResponseBuilder WithJsonBody(object body, string contentType = "application/json")
    {
        HttpInteractionBuilder.SetBody(_interaction.Response, PactJson.ToNode(body, _json), contentType);
        return this;
    }

    /// <summary>A response body that is not JSON.</summary>
    public HttpResponseBuilder WithBody(string body, string contentType)
    {
        HttpInteractionBuilder.SetBody(_interaction.Response, JsonValue.Create(body), contentType);
        return this;
    }

    /// <summary>A binary response body: exactly these bytes, or (with <paramref name="matchContentTypeOnly"/>) any body of <paramref name="contentType"/>.</summary>
    public HttpResponseBuilder WithBinaryBody(byte[] body, string contentType = "application/octet-stream", bool matchContentTypeOnly = false)
    {
        HttpInteractionBuilder.SetBinary(_interaction.Response, body, contentType, matchContentTypeOnly);
        return this;
    }

    /// <summary>A <c>multipart/form-data</c> response part whose example is a file, matched by its content type. Call again for more parts.</summary>
    public HttpResponseBuilder WithMultipartFile(string partName, string filePath, string contentType, string? boundary = null)
    {
        HttpInteractionBuilder.AddMultipart(_interaction.Response, partName, filePath, contentType, boundary);
        return this;
    }

    private HttpResponseBuilder AddHeader(string name, object value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _interaction.Response.Headers.Add((name, PactJson.ToNode(value, _json) ?? throw new ArgumentNullException(nameof(value))));
        return this;
    }
}
