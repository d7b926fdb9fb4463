using System.Security.Cryptography;
using Concord.Pact.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using ModelRegistry.Auth;
using ModelRegistry.MlflowStandIn;

namespace ModelRegistry.Sample.Tests.Support;

/// <summary>
/// The sample's services on real Kestrel in this process: the auth service (with one platform key seeded),
/// the MLflow stand-in, and an API variant wired to both.
/// </summary>
public sealed class InProcessSystem : IAsyncDisposable
{
    private InProcessSystem(PactProviderHost auth, PactProviderHost mlflow, PactProviderHost api, string platformKey)
    {
        Auth = auth;
        Mlflow = mlflow;
        Api = api;
        PlatformKey = platformKey;
    }

    public PactProviderHost Auth { get; }

    public PactProviderHost Mlflow { get; }

    public PactProviderHost Api { get; }

    /// <summary>A key the auth service accepts for ml-platform, made for this run only.</summary>
    public string PlatformKey { get; }

    public static async Task<InProcessSystem> StartAsync(Func<WebApplicationBuilder, WebApplication> buildApi)
    {
        var key = "test-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var auth = await PactProviderHost.StartAsync(builder =>
        {
            builder.Configuration["AUTH_KEYS"] = $"ml-platform={key}";
            builder.Configuration[AuthServiceApp.ProviderStatesSetting] = "true";
            return AuthServiceApp.Build(builder);
        });
        var mlflow = await PactProviderHost.StartAsync(MlflowStandInApp.Build);
        var api = await PactProviderHost.StartAsync(builder =>
        {
            builder.Configuration["AUTH_SERVICE_URL"] = auth.BaseUri.ToString();
            builder.Configuration["MLFLOW_SERVER_URL"] = mlflow.BaseUri.ToString();
            return buildApi(builder);
        });
        return new InProcessSystem(auth, mlflow, api, key);
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Mlflow.DisposeAsync();
        await Auth.DisposeAsync();
    }
}
