using ModelRegistry.Api.Auth;
using ModelRegistry.Api.Mlflow;
using ModelRegistry.Samples;

namespace ModelRegistry.Api;

/// <summary>The API's app, built the same way by its Program and by in-process provider tests.</summary>
public static class ModelRegistryApiApp
{
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHttpClient<AuthServiceClient>(client => client.BaseAddress = AuthServiceClient.BaseAddressFrom(builder.Configuration));
        builder.Services.AddHttpClient<MlflowProxy>(client => client.BaseAddress = MlflowUpstream.BaseAddressFrom(builder.Configuration));

        var app = builder.Build();

        app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
        app.MapCommittedOpenApi(typeof(ModelRegistryApiApp).Assembly);

        // Only requests that reach one of the API's routes need a key: an unknown route answers 404, not 401.
        app.UseRouting();
        app.UseWhen(
            context => context.GetEndpoint() is not null
                && (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/mlflow")),
            branch => branch.UseMiddleware<ApiKeyAuthenticationMiddleware>());

        app.MapGet("/api/health", () => Results.Ok(new { status = "healthy", authenticated = true }));
        app.MapGet("/api/models", () => Results.Ok(new { models = Array.Empty<object>() }));
        app.MapPost("/mlflow/api/2.0/mlflow/registered-models/create", (HttpContext context, MlflowProxy proxy) => proxy.CreateRegisteredModelAsync(context));
        app.MapGet("/mlflow/api/2.0/mlflow/registered-models/get", (HttpContext context, string? name, MlflowProxy proxy) => proxy.GetRegisteredModelAsync(context, name));
        return app;
    }
}
