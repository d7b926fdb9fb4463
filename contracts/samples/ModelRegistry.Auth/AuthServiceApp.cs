using Concord.Pact.AspNetCore.ProviderStates;
using ModelRegistry.Auth.Keys;
using ModelRegistry.Samples;

namespace ModelRegistry.Auth;

/// <summary>The auth service's app, built the same way by its Program and by in-process provider tests.</summary>
public static class AuthServiceApp
{
    /// <summary>Configuration switch that maps the Pact provider-state endpoint; never set in production.</summary>
    public const string ProviderStatesSetting = "CONCORD_PROVIDER_STATES";

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(ApiKeyStore.FromConfiguration(builder.Configuration));
        var app = builder.Build();

        app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
        app.MapCommittedOpenApi(typeof(AuthServiceApp).Assembly);
        app.MapPost("/api/v1/keys/validate", KeyValidationEndpoint.ValidateAsync);

        if (app.Configuration.GetValue<bool>(ProviderStatesSetting))
        {
            app.MapPactProviderStates(AuthProviderStates.Create());
        }

        return app;
    }
}
