using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Concord.Pact.Tests.Story;

/// <summary>
/// The API service's auth middleware, calling the auth service to validate a caller's API key —
/// as reported (the key travels in the JSON body) and as fixed (in the Authorization header).
/// </summary>
public sealed class AuthClient(HttpClient http, AuthClient.KeyPlacement placement)
{
    public enum KeyPlacement
    {
        /// <summary>The bug: <c>{"api_key": …, "service_id": …}</c>.</summary>
        JsonBody,

        /// <summary>The fix: <c>Authorization: Bearer …</c>.</summary>
        BearerHeader,
    }

    public sealed record Validation(bool Valid, string? UserId, string? Detail);

    public async Task<Validation> ValidateAsync(string apiKey, string serviceId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/keys/validate");
        if (placement == KeyPlacement.BearerHeader)
        {
            if (apiKey.Length > 0)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
            }

            request.Content = JsonContent.Create(new { service_id = serviceId });
        }
        else
        {
            request.Content = JsonContent.Create(new { api_key = apiKey, service_id = serviceId });
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object?>>(cancellationToken) ?? [];
        return response.StatusCode == HttpStatusCode.OK
            ? new Validation(true, body.GetValueOrDefault("user_id")?.ToString(), null)
            : new Validation(false, null, body.GetValueOrDefault("detail")?.ToString());
    }
}
