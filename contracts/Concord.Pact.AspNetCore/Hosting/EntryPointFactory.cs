#if NET10_0_OR_GREATER
using Concord.Pact.AspNetCore.Logging;
using Concord.Pact.AspNetCore.ProviderStates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Concord.Pact.AspNetCore.Hosting;

/// <summary>The user's app, started from its entry point, with Concord's environment, log sink and provider states, and the user's overrides.</summary>
internal sealed class EntryPointFactory<TEntryPoint>(PactProviderHostOptions options, SinkLoggerProvider logs, Action<IWebHostBuilder>? configure)
    : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(options.EnvironmentName);
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(logs);
            logging.SetMinimumLevel(options.MinimumLevel);
        });
        if (options.ProviderStates.Count > 0)
        {
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ProviderStatesFirst([.. options.ProviderStates])));
        }

        configure?.Invoke(builder);
    }

    /// <summary>Maps the provider-state endpoint on its own branch before the app's pipeline, so the app's auth or fallbacks never see it.</summary>
    private sealed class ProviderStatesFirst(IProviderStateHandler[] handlers) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(ProviderStateEndpoint.DefaultPath, branch =>
            {
                branch.UseRouting();
                branch.UseEndpoints(endpoints => endpoints.MapPactProviderStates("/", handlers));
            });
            next(app);
        };
    }
}
#endif
