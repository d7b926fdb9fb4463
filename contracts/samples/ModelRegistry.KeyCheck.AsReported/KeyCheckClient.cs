using System.Net.Http.Json;

namespace ModelRegistry.KeyCheck;

/// <summary>
/// As reported: the key goes in an <c>X-API-Key</c> header, one of the five ways tried by hand because nothing said
/// which one the auth service reads. It reads <c>Authorization: Bearer</c> only, and answers "API key required".
/// </summary>
public sealed class KeyCheckClient(HttpClient http)
{
    public async Task<KeyStatus> CheckAsync(string apiKey, string serviceId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/keys/validate")
        {
            Content = JsonContent.Create(new { service_id = serviceId }),
        };
        request.Headers.Add("X-API-Key", apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        return await KeyStatus.FromAsync(response, cancellationToken);
    }
}
