using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Concord.Pact.AspNetCore.ProviderStates;

/// <summary>Maps the endpoint the Pact verifier calls to set up and tear down provider states.</summary>
public static class ProviderStateEndpoint
{
    /// <summary>The path used when none is given.</summary>
    public const string DefaultPath = "/pact/provider-states";

    /// <summary>
    /// Maps <c>POST <paramref name="path"/></c>: the verifier's <c>{"state", "params", "action"}</c> goes to the
    /// first handler that knows the state. An unknown state answers 400 and a failing handler 422, each
    /// with a one-line reason the verifier reports against the interaction. The endpoint is left out of the app's OpenAPI document.
    /// </summary>
    public static IEndpointConventionBuilder MapPactProviderStates(this IEndpointRouteBuilder endpoints, string path, params IProviderStateHandler[] handlers)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        foreach (var inline in handlers.OfType<ProviderStateHandlers>())
        {
            inline.UseServices(endpoints.ServiceProvider);
        }

        var logger = endpoints.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger(typeof(ProviderStateEndpoint)) ?? NullLogger.Instance;
        // A test hook, never part of the app's API: left out of its OpenAPI document, or concord check would report it as added.
        return endpoints.MapPost(path, (Delegate)((HttpContext context) => HandleAsync(context, handlers, logger))).ExcludeFromDescription();
    }

    /// <summary>Maps the provider-state endpoint at <see cref="DefaultPath"/>.</summary>
    public static IEndpointConventionBuilder MapPactProviderStates(this IEndpointRouteBuilder endpoints, params IProviderStateHandler[] handlers) =>
        endpoints.MapPactProviderStates(DefaultPath, handlers);

    private static async Task<IResult> HandleAsync(HttpContext context, IProviderStateHandler[] handlers, ILogger logger)
    {
        ProviderStateRequest request;
        try
        {
            request = await ReadAsync(context).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            return Results.Text($"The provider-state request is not valid JSON: {exception.Message}", statusCode: StatusCodes.Status400BadRequest);
        }

        if (request.State.Length == 0)
        {
            return Results.Json(new JsonObject());
        }

        var handler = handlers.FirstOrDefault(h => h.Handles(request.State));
        if (handler is null)
        {
            return Refuse(logger, StatusCodes.Status400BadRequest, $"No handler for provider state \"{request.State}\".");
        }

        try
        {
            if (request.Action == ProviderStateAction.Teardown)
            {
                await handler.TearDownAsync(request, context.RequestAborted).ConfigureAwait(false);
                return Results.Json(new JsonObject());
            }

            var values = await handler.SetUpAsync(request, context.RequestAborted).ConfigureAwait(false);
            return Results.Json(values);
        }
#pragma warning disable CA1031 // The verifier needs the reason, not a dropped connection.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Refuse(
                logger,
                StatusCodes.Status422UnprocessableEntity,
                $"Provider state \"{request.State}\" {request.Action.ToString().ToLowerInvariant()} failed: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static IResult Refuse(ILogger logger, int status, string reason)
    {
#pragma warning disable CA1848, CA2254 // One line per failed state change; the reason is the message.
        logger.LogError(reason);
#pragma warning restore CA1848, CA2254
        return Results.Text(reason, statusCode: status);
    }

    /// <summary>
    /// The verifier sends the state in a JSON body, or (when told to) as query parameters with an empty body:
    /// <c>?state=…&amp;action=setup&amp;id=42</c>, every parameter then a string.
    /// </summary>
    private static async Task<ProviderStateRequest> ReadAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var query = context.Request.Query;
        if (string.IsNullOrWhiteSpace(text))
        {
            var fromQuery = new JsonObject();
            foreach (var (key, values) in query.Where(q => q.Key is not ("state" or "action")))
            {
                fromQuery[key] = values.ToString();
            }

            return new ProviderStateRequest(query["state"].ToString(), fromQuery, query["action"].ToString() == "teardown" ? ProviderStateAction.Teardown : ProviderStateAction.Setup);
        }

        var body = JsonNode.Parse(text) as JsonObject ?? [];
        var state = body["state"]?.GetValue<string>() ?? query["state"].ToString();
        var action = (body["action"]?.GetValue<string>() ?? query["action"].ToString()) == "teardown"
            ? ProviderStateAction.Teardown
            : ProviderStateAction.Setup;
        var parameters = body["params"] as JsonObject ?? [];
        return new ProviderStateRequest(state, (JsonObject)parameters.DeepClone(), action);
    }
}
