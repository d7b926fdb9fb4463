using System.Text.Json.Serialization;
using ModelRegistry.Samples;

namespace ModelRegistry.MlflowStandIn;

/// <summary>
/// The MLflow routes the sample needs, answering where and as the seed's MLflow server did: under
/// <c>/ajax-api/2.0/mlflow/</c> (its <c>/api/2.0/mlflow/</c> answered 404), errors with <c>error_code</c> and <c>message</c>.
/// </summary>
public static class MlflowStandInApp
{
    /// <summary>Where the REST API answers; the seed reports found <c>/api/2.0/mlflow/</c> answering 404.</summary>
    public const string RestApi = "/ajax-api/2.0/mlflow/";

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<RegisteredModels>();
        builder.Services.AddSingleton(TimeProvider.System);
        var app = builder.Build();

        app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
        app.MapCommittedOpenApi(typeof(MlflowStandInApp).Assembly);
        app.MapPost(RestApi + "registered-models/create", (CreateRequest? request, RegisteredModels models, TimeProvider clock) =>
        {
            if (string.IsNullOrWhiteSpace(request?.Name))
            {
                return Error(StatusCodes.Status400BadRequest, "INVALID_PARAMETER_VALUE", "Missing value for required parameter 'name'.");
            }

            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            return models.TryCreate(request.Name, now)
                ? Results.Ok(new { registered_model = new { name = request.Name, creation_timestamp = now } })
                : Error(StatusCodes.Status400BadRequest, "RESOURCE_ALREADY_EXISTS", $"Registered Model (name={request.Name}) already exists.");
        });
        app.MapGet(RestApi + "registered-models/get", (string? name, RegisteredModels models) =>
            name is not null && models.CreatedAt(name) is { } createdAt
                ? Results.Ok(new { registered_model = new { name, creation_timestamp = createdAt } })
                : Error(StatusCodes.Status404NotFound, "RESOURCE_DOES_NOT_EXIST", $"Registered Model with name={name} not found"));
        return app;
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error_code = code, message }, statusCode: status);

    private sealed record CreateRequest([property: JsonPropertyName("name")] string? Name);
}
