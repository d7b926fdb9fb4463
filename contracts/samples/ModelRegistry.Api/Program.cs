using ModelRegistry.Api.Auth;
using ModelRegistry.Api.Mlflow;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient<AuthServiceClient>(client => client.BaseAddress = AuthServiceClient.BaseAddressFrom(builder.Configuration));
builder.Services.AddHttpClient<MlflowProxy>(client => client.BaseAddress = MlflowUpstream.BaseAddressFrom(builder.Configuration));

var app = builder.Build();

app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
app.MapGet("/openapi.json", () => Results.File(Path.Combine(AppContext.BaseDirectory, "openapi.json"), "application/json"));

// Only requests that reach one of the API's routes need a key: an unknown route answers 404, not 401.
app.UseRouting();
app.UseWhen(
    context => context.GetEndpoint() is not null
        && (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/mlflow")),
    branch => branch.UseMiddleware<ApiKeyAuthenticationMiddleware>());

app.MapGet("/api/health", () => Results.Ok(new { status = "healthy", authenticated = true }));
app.MapGet("/api/models", () => Results.Ok(new { models = Array.Empty<object>() }));
app.Map("/mlflow/{**path}", (HttpContext context, string path, MlflowProxy proxy) => proxy.ForwardAsync(context, path));

app.Run();
