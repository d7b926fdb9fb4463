using Microsoft.Extensions.Logging;

namespace Concord.Pact.AspNetCore.Hosting;

/// <summary>How <see cref="PactProviderHost"/> runs the app.</summary>
public sealed record PactProviderHostOptions
{
    /// <summary>Where the app's log lines go, e.g. xunit's <c>ITestOutputHelper.WriteLine</c>; they are kept in <see cref="PactProviderHost.LogLines"/> either way.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>The lowest level kept and sent to <see cref="Log"/>; <see cref="LogLevel.Warning"/> unless said otherwise.</summary>
    public LogLevel MinimumLevel { get; init; } = LogLevel.Warning;

    /// <summary>
    /// Provider-state handlers mapped at <see cref="ProviderStates.ProviderStateEndpoint.DefaultPath"/> in front of the app's own
    /// pipeline when it is started from its entry point (<c>PactProviderHost.StartAsync&lt;TEntryPoint&gt;</c>, on net10.0), so the app
    /// itself need not know about Pact.
    /// </summary>
    public IReadOnlyList<ProviderStates.IProviderStateHandler> ProviderStates { get; init; } = [];

    /// <summary>The environment the app runs in; <c>Pact</c> unless said otherwise.</summary>
    public string EnvironmentName { get; init; } = "Pact";
}
