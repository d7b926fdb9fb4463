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
    private readonly WebApplication _app;
    private readonly SinkLoggerProvider _logs;

    private PactProviderHost(WebApplication app, Uri baseUri, SinkLoggerProvider logs)
    {
        _app = app;
        BaseUri = baseUri;
        _logs = logs;
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
    public IServiceProvider Services => _app.Services;

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
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PactProviderHost(app, new Uri(address.EndsWith('/') ? address : address + "/"), logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
