using System.Net.Http.Headers;

namespace ModelRegistry.Api.Auth;

/// <summary>Asks the auth service whether an API key is valid for a service id.</summary>
public sealed class AuthServiceClient(HttpClient http)
{
    public static Uri BaseAddressFrom(IConfiguration configuration) =>
        new(configuration["AUTH_SERVICE_URL"] ?? throw new InvalidOperationException("AUTH_SERVICE_URL is not configured"));

    public async Task<bool> ValidateAsync(string apiKey, string serviceId, CancellationToken cancellationToken)
    {
        // The auth service reads the key from the Authorization header, and only from there.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/keys/validate")
        {
            Content = JsonContent.Create(new { service_id = serviceId }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);

        using var response = await http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode;
    }
}
