using System.Net.Http.Headers;
using System.Text.Json.Serialization;

namespace ModelRegistry.Auth.Keys;

/// <summary>
/// <c>POST /api/v1/keys/validate</c>: the key travels as <c>Authorization: Bearer &lt;key&gt;</c> and only
/// there; the body names the service the key should be valid for.
/// </summary>
public static class KeyValidationEndpoint
{
    public static async Task<IResult> ValidateAsync(HttpRequest request, ApiKeyStore store)
    {
        var key = BearerKeyOf(request);
        if (key is null)
        {
            return Results.Json(new { detail = "API key required" }, statusCode: StatusCodes.Status401Unauthorized);
        }

        var body = request.HasJsonContentType() ? await request.ReadFromJsonAsync<ValidationRequest>(request.HttpContext.RequestAborted) : null;
        return store.Find(key, body?.ServiceId) is { } grant
            ? Results.Ok(new { valid = true, user_id = grant.UserId, service_id = grant.ServiceId })
            : Results.Json(new { detail = "Invalid or expired API key" }, statusCode: StatusCodes.Status401Unauthorized);
    }

    private static string? BearerKeyOf(HttpRequest request) =>
        AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
        && string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(header.Parameter)
            ? header.Parameter
            : null;

    private sealed record ValidationRequest([property: JsonPropertyName("service_id")] string? ServiceId);
}
