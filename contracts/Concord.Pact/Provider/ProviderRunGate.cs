using System.Collections.Concurrent;

namespace Concord.Pact.Provider;

/// <summary>
/// Lets one verification of a provider run at a time in this process. The core files a run's log lines under its
/// provider's name and hands them to the first run that asks, so two runs of one provider at once (parallel test
/// classes verifying the same service) would take each other's lines, and with them the reasons their results give.
/// Runs of different providers still run side by side.
/// </summary>
internal static class ProviderRunGate
{
    private static readonly ConcurrentDictionary<string, object> Gates = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="run"/> once no other run of <paramref name="providerName"/> is under way; blocks the calling thread.</summary>
    internal static T RunAlone<T>(string providerName, Func<T> run)
    {
        lock (Gates.GetOrAdd(providerName, _ => new object()))
        {
            return run();
        }
    }
}
