using Concord.Pact.AspNetCore.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Concord.Pact.AspNetCore.Hosting;

/// <summary>
/// Hosts the provider under test in this process on real Kestrel at 127.0.0.1 on a port the system
/// chooses, so the Pact verifier (which makes real HTTP calls) can reach it; an in-memory test
/// server cannot be verified. Dispose it to stop the app.
/// </summary>
public sealed class PactProviderHost : IAsyncDisposable
{
    private readonly Func<ValueTask> _stop;
    private readonly SinkLoggerProvider _logs;

    private PactProviderHost(IServiceProvider services, Func<ValueTask> stop, SinkLoggerProvider logs)
    {
        Services = services;
        _stop = stop;
        _logs = logs;
        var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUri = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    /// <summary>The app's log lines at or above <see cref="PactProviderHostOptions.MinimumLevel"/> (live-looking credentials masked), e.g. why a provider state failed.</summary>
    public IReadOnlyList<string> LogLines => _logs.Lines;

    /// <summary>The app's address, <c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The provider-state endpoint at its default path.</summary>
    public Uri ProviderStatesUri => new(BaseUri, ProviderStates.ProviderStateEndpoint.DefaultPath.TrimStart('/'));

    /// <summary>The message endpoint at its default path.</summary>
    public Uri MessagesUri => new(BaseUri, Messages.MessageEndpoint.DefaultPath.TrimStart('/'));

    /// <summary>The app's services, to seed stores or read what the verifier's requests did.</summary>
    public IServiceProvider Services { get; }

    /// <summary>
    /// Builds the app as <paramref name="build"/> says (register services, then build and map endpoints
    /// on the builder it is given), binds it to 127.0.0.1:0, starts it and returns once it listens.
    /// </summary>
    public static Task<PactProviderHost> StartAsync(Func<WebApplicationBuilder, WebApplication> build, CancellationToken cancellationToken = default) =>
        StartAsync(build, new PactProviderHostOptions(), cancellationToken);

    /// <summary>As <see cref="StartAsync(Func{WebApplicationBuilder, WebApplication}, CancellationToken)"/>, with a log sink and level.</summary>
    public static async Task<PactProviderHost> StartAsync(Func<WebApplicationBuilder, WebApplication> build, PactProviderHostOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = options.EnvironmentName });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");

        // The console logger would interleave with test output; the sink keeps what matters instead.
        builder.Logging.ClearProviders();
        var logs = new SinkLoggerProvider(options.MinimumLevel, options.Log);
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(options.MinimumLevel);
        var app = build(builder);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new PactProviderHost(
            app.Services,
            async () =>
            {
                await app.StopAsync().ConfigureAwait(false);
                await app.DisposeAsync().ConfigureAwait(false);
            },
            logs);
    }

#if NET10_0_OR_GREATER
    // WebApplicationFactory puts the app on a real socket (UseKestrel) only from .NET 10 on; on net8.0 start the
    // app with StartAsync(build) instead.

    /// <summary>
    /// Runs the user's real app from its entry point (<c>Program</c>), as <c>WebApplicationFactory&lt;TEntryPoint&gt;</c>
    /// does, but on real Kestrel at 127.0.0.1 on a free port: its own configuration, services, middleware and
    /// controllers (no <c>AddApplicationPart</c> needed). <paramref name="configure"/> may replace services,
    /// e.g. a real database with a seeded in-memory store, or map the provider-state endpoint with a startup filter.
    /// </summary>
    public static Task<PactProviderHost> StartAsync<TEntryPoint>(PactProviderHostOptions? options = null, Action<IWebHostBuilder>? configure = null)
        where TEntryPoint : class
    {
        options ??= new PactProviderHostOptions();
        var logs = new SinkLoggerProvider(options.MinimumLevel, options.Log);
        var factory = new EntryPointFactory<TEntryPoint>(options, logs, configure);
        try
        {
            factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
            factory.StartServer();
            return Task.FromResult(new PactProviderHost(factory.Services, factory.DisposeAsync, logs));
        }
        catch
        {
            factory.Dispose();
            throw;
        }
    }
#endif

    public ValueTask DisposeAsync() => _stop();
}
