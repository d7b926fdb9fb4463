namespace ModelRegistry.Api.Auth;

/// <summary>As reported: the key travels in the JSON body, where the auth service never looks.</summary>
public sealed class AuthServiceClient(HttpClient http)
{
    public static Uri BaseAddressFrom(IConfiguration configuration) =>
        new(configuration["AUTH_SERVICE_URL"] ?? throw new InvalidOperationException("AUTH_SERVICE_URL is not configured"));

    public async Task<bool> ValidateAsync(string apiKey, string serviceId, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(
            "/api/v1/keys/validate",
            new { api_key = apiKey, service_id = serviceId },
            cancellationToken);
        return response.IsSuccessStatusCode;
    }
}
