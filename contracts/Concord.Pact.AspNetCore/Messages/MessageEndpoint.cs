using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Concord.Pact.AspNetCore.Messages;

/// <summary>Maps the endpoint the Pact verifier calls to obtain the messages of message pacts.</summary>
public static class MessageEndpoint
{
    /// <summary>The path used when none is given.</summary>
    public const string DefaultPath = "/pact/messages";

    /// <summary>
    /// Maps <c>POST <paramref name="path"/></c>: the verifier's <c>{"description", "providerStates"}</c> (and, for a V4
    /// synchronous message, <c>"request"</c>, given to the producer as <see cref="MessageRequest.Request"/>) goes to the
    /// producer of that description; the answer is the message (or the synchronous response), its metadata in the base64 JSON
    /// <c>Pact-Message-Metadata</c> header. An unknown description answers 404 and a failing producer 422,
    /// each with a one-line reason. The endpoint is left out of the app's OpenAPI document.
    /// </summary>
    public static IEndpointConventionBuilder MapPactMessages(this IEndpointRouteBuilder endpoints, MessageProducers producers, string path = DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(producers);
        // A test hook, never part of the app's API: left out of its OpenAPI document.
        return endpoints.MapPost(path, (Delegate)((HttpContext context) => HandleAsync(context, producers))).ExcludeFromDescription();
    }

    private static async Task<IResult> HandleAsync(HttpContext context, MessageProducers producers)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false) as JsonObject ?? [];
        var description = body["description"]?.GetValue<string>() ?? "";
        var produce = producers.Find(description);
        if (produce is null)
        {
            return Results.Text($"No producer for message \"{description}\".", statusCode: StatusCodes.Status404NotFound);
        }

        var states = (body["providerStates"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(s => (s["name"]?.GetValue<string>() ?? "", (JsonObject)(s["params"]?.DeepClone() as JsonObject ?? [])))
            .ToList();
        ProducedMessage message;
        try
        {
            message = await produce(SynchronousRequest.Read(new MessageRequest(description, states), body["request"]), context.RequestServices, context.RequestAborted).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The verifier needs the reason, not a dropped connection.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Results.Text($"Producing message \"{description}\" failed: {exception.GetType().Name}: {exception.Message}", statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        if (message.Metadata is { Count: > 0 } metadata)
        {
            context.Response.Headers["Pact-Message-Metadata"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(metadata)));
        }

        if (message.ContentType is { } contentType && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            // A text response (text/plain, application/xml, …) is answered as it is, under its own content type.
            return Results.Text(message.Contents as string ?? message.Contents.ToString() ?? string.Empty, contentType);
        }

        var json = message.Contents switch
        {
            JsonNode node => node.ToJsonString(),
            string text => text,
            var contents => JsonSerializer.Serialize(contents, contents.GetType(), producers.JsonSerializerOptions),
        };
        return Results.Text(json, message.ContentType ?? "application/json");
    }
}
