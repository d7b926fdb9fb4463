namespace ModelRegistry.Api.Mlflow;

/// <summary>
/// Forwards the MLflow operations the API offers under <c>/mlflow/api/2.0/mlflow/</c> to the tracking server's
/// REST API, which answers under <see cref="MlflowUpstream.RestApi"/>. One method per operation, so every lens
/// sees the upstream route each one calls.
/// </summary>
public sealed class MlflowProxy(HttpClient http)
{
    public async Task CreateRegisteredModelAsync(HttpContext context)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, MlflowUpstream.RestApi + "registered-models/create")
        {
            Content = BodyOf(context.Request),
        };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        await CopyAsync(response, context);
    }

    public async Task GetRegisteredModelAsync(HttpContext context, string? name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, MlflowUpstream.RestApi + "registered-models/get?name=" + Uri.EscapeDataString(name ?? ""));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        await CopyAsync(response, context);
    }

    private static StreamContent? BodyOf(HttpRequest request)
    {
        if (request.ContentLength is not > 0 && request.Headers.TransferEncoding.Count == 0)
        {
            return null;
        }

        var content = new StreamContent(request.Body);
        if (request.ContentType is { } contentType)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }

    /// <summary>MLflow's answer, status, type and body, as the API's answer.</summary>
    private static async Task CopyAsync(HttpResponseMessage response, HttpContext context)
    {
        context.Response.StatusCode = (int)response.StatusCode;
        if (response.Content.Headers.ContentType is { } responseType)
        {
            context.Response.ContentType = responseType.ToString();
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
