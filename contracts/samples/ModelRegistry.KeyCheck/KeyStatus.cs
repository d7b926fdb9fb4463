using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace ModelRegistry.KeyCheck;

/// <summary>
/// The auth service's verdict on a key: valid, or its own words for why not ("API key required" when it found
/// no key where it reads one, "Invalid or expired API key" when it found one and refused it).
/// </summary>
public sealed record KeyStatus(bool Valid, string? Detail)
{
    public static async Task<KeyStatus> FromAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var answer = response.Content.Headers.ContentType?.MediaType == "application/json"
            ? await response.Content.ReadFromJsonAsync<Answer>(cancellationToken)
            : null;
        return new KeyStatus(response.IsSuccessStatusCode && answer?.Valid == true, answer?.Detail);
    }

    private sealed record Answer([property: JsonPropertyName("valid")] bool Valid, [property: JsonPropertyName("detail")] string? Detail);
}
