using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace ModelRegistry.Client;

/// <summary>As reported: the SDK expects the MLflow routes under <c>/api/mlflow/</c>; the API serves them under <c>/mlflow/</c>.</summary>
public sealed class ModelRegistryClient(HttpClient http, string apiKey)
{
    public async Task<RegisteredModel> RegisterModelAsync(string name, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/mlflow/api/2.0/mlflow/registered-models/create")
        {
            Content = JsonContent.Create(new { name }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var registration = await response.Content.ReadFromJsonAsync<RegistrationResponse>(cancellationToken);
        return registration?.RegisteredModel ?? throw new InvalidOperationException("The registry answered without a registered_model.");
    }
}
