namespace Concord.Pact.AspNetCore.ProviderStates;

/// <summary>
/// Provider-state handlers written inline: <c>new ProviderStateHandlers().Add("a key exists", (request, services, ct) => …)</c>.
/// Handlers get the request's services, so they can reach the app's own stores.
/// </summary>
public sealed class ProviderStateHandlers : IProviderStateHandler
{
    private readonly Dictionary<string, (SetUp SetUp, TearDown? TearDown)> _states = new(StringComparer.Ordinal);
    private IServiceProvider _services = EmptyServices.Instance;

    /// <summary>Sets up a state; returns values for provider-state generators (or an empty dictionary).</summary>
    public delegate Task<IReadOnlyDictionary<string, object?>> SetUp(ProviderStateRequest request, IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Tears a state down.</summary>
    public delegate Task TearDown(ProviderStateRequest request, IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Adds a state with a setup that returns values, and an optional teardown.</summary>
    public ProviderStateHandlers Add(string state, SetUp setUp, TearDown? tearDown = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        ArgumentNullException.ThrowIfNull(setUp);
        if (!_states.TryAdd(state, (setUp, tearDown)))
        {
            throw new ArgumentException($"Provider state \"{state}\" already has a handler.", nameof(state));
        }

        return this;
    }

    /// <summary>Adds a state whose setup returns nothing.</summary>
    public ProviderStateHandlers Add(string state, Func<ProviderStateRequest, IServiceProvider, CancellationToken, Task> setUp, TearDown? tearDown = null)
    {
        ArgumentNullException.ThrowIfNull(setUp);
        return Add(state, async (request, services, ct) =>
        {
            await setUp(request, services, ct).ConfigureAwait(false);
            return new Dictionary<string, object?>();
        }, tearDown);
    }

    /// <summary>Adds a synchronous state.</summary>
    public ProviderStateHandlers Add(string state, Action<ProviderStateRequest, IServiceProvider> setUp, Action<ProviderStateRequest, IServiceProvider>? tearDown = null)
    {
        ArgumentNullException.ThrowIfNull(setUp);
        return Add(
            state,
            (request, services, _) =>
            {
                setUp(request, services);
                return Task.CompletedTask;
            },
            tearDown is null ? null : (request, services, _) =>
            {
                tearDown(request, services);
                return Task.CompletedTask;
            });
    }

    /// <summary>The states this handler knows.</summary>
    public IEnumerable<string> States => _states.Keys;

    public bool Handles(string state) => _states.ContainsKey(state);

    public Task<IReadOnlyDictionary<string, object?>> SetUpAsync(ProviderStateRequest request, CancellationToken cancellationToken) =>
        _states[request.State].SetUp(request, _services, cancellationToken);

    public Task TearDownAsync(ProviderStateRequest request, CancellationToken cancellationToken) =>
        _states[request.State].TearDown is { } tearDown ? tearDown(request, _services, cancellationToken) : Task.CompletedTask;

    internal void UseServices(IServiceProvider services) => _services = services;

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
