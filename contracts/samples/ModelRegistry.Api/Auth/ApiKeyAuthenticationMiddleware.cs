using System.Net.Http.Headers;

namespace ModelRegistry.Api.Auth;

/// <summary>Admits a request only when the auth service accepts its API key for this platform.</summary>
public sealed class ApiKeyAuthenticationMiddleware(RequestDelegate next)
{
    private const string ServiceId = "ml-platform";

    public async Task InvokeAsync(HttpContext context, AuthServiceClient authService)
    {
        var apiKey = BearerKeyOf(context.Request);
        if (apiKey is null)
        {
            await Reject(context, "API key required");
            return;
        }

        if (!await authService.ValidateAsync(apiKey, ServiceId, context.RequestAborted))
        {
            await Reject(context, "Invalid or expired API key");
            return;
        }

        await next(context);
    }

    private static string? BearerKeyOf(HttpRequest request) =>
        AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
        && string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(header.Parameter)
            ? header.Parameter
            : null;

    private static Task Reject(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return context.Response.WriteAsJsonAsync(new { detail });
    }
}
