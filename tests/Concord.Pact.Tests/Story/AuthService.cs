using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Concord.Pact.AspNetCore.ProviderStates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Pact.Tests.Story;

/// <summary>
/// The auth service: validates API keys for a service id. As fixed it reads the key from the
/// Authorization header; the broken variant reads it from the JSON body.
/// </summary>
public static class AuthService
{
    public enum KeySource
    {
        BearerHeader,
        JsonBody,
    }

    /// <summary>The keys the service knows, by key.</summary>
    public sealed class KeyStore
    {
        public ConcurrentDictionary<string, string> UsersByKey { get; } = new();
    }

    /// <summary>The provider states the pacts use: an active key (returned to the verifier, never in the pact) and no key.</summary>
    public static ProviderStateHandlers States() => new ProviderStateHandlers()
        .Add(
            "an active API key",
            (request, services, _) =>
            {
                var key = $"test-{Guid.NewGuid():N}";
                services.GetRequiredService<KeyStore>().UsersByKey[key] = request.Parameters["user_id"]?.GetValue<string>() ?? "user-1";
                return Task.FromResult<IReadOnlyDictionary<string, object?>>(new Dictionary<string, object?> { ["apiKey"] = key });
            },
            (_, services, _) =>
            {
                services.GetRequiredService<KeyStore>().UsersByKey.Clear();
                return Task.CompletedTask;
            })
        .Add("no API keys exist", (_, services) => services.GetRequiredService<KeyStore>().UsersByKey.Clear());

    /// <summary>The app, with the provider states given, or with <see cref="States"/> when none are.</summary>
    public static WebApplication Build(WebApplicationBuilder builder, KeySource source, params IProviderStateHandler[] states)
    {
        builder.Services.AddSingleton<KeyStore>();
        var app = builder.Build();
        app.MapPost("/api/v1/keys/validate", async (HttpContext context, KeyStore store) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
            var key = source == KeySource.BearerHeader
                ? BearerToken(context.Request.Headers.Authorization.ToString())
                : body["api_key"]?.GetValue<string>();
            if (string.IsNullOrEmpty(key))
            {
                return Results.Json(new { detail = "API key required" }, statusCode: 401);
            }

            return store.UsersByKey.TryGetValue(key, out var user)
                ? Results.Json(new { valid = true, user_id = user, service_id = body["service_id"]?.GetValue<string>() })
                : Results.Json(new { detail = "Invalid or expired API key" }, statusCode: 401);
        });
        app.MapPactProviderStates(states.Length > 0 ? states : [States()]);
        return app;
    }

    private static string? BearerToken(string header) =>
        header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;
}
