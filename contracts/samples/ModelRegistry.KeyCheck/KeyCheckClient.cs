using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace ModelRegistry.KeyCheck;

/// <summary>Asks the auth service whether an API key is valid for a service id, sending it where its document says: Authorization: Bearer.</summary>
public sealed class KeyCheckClient(HttpClient http)
{
    public async Task<KeyStatus> CheckAsync(string apiKey, string serviceId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/keys/validate")
        {
            Content = JsonContent.Create(new { service_id = serviceId }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        return await KeyStatus.FromAsync(response, cancellationToken);
    }
}
