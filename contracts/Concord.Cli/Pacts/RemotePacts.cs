using System.Text.Json.Nodes;
using Concord.OpenApi.PactComparison;
using Concord.Pact.Broker;

namespace Concord.Cli.Pacts;

/// <summary>
/// Pacts read over HTTP for <c>compare</c>: one pact file by URL, or a provider's pacts from a Pact Broker (the latest
/// of each consumer, or those consumer version selectors choose). The HTTP, HAL and credentials are Concord.Pact's
/// broker client's (<see cref="PactBroker"/>); this only reads what it fetched as pacts, by their shown URL.
/// </summary>
internal static class RemotePacts
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    /// <summary>The pact file at <paramref name="url"/>, and the URL as reports show it.</summary>
    public static (IReadOnlyList<ConsumerPact> Pacts, string Shown) Pact(Uri url, BrokerCredentials? credentials)
    {
        using var client = new PactBroker(url, credentials, s_timeout);
        return ([Read(client.PactAsync(url).GetAwaiter().GetResult())], client.Shown);
    }

    /// <summary>The provider's pacts the broker at <paramref name="broker"/> holds (the latest of each consumer, or those the selectors choose), and the broker as reports show it.</summary>
    public static (IReadOnlyList<ConsumerPact> Pacts, string Shown) FromBroker(Uri broker, string provider, IReadOnlyList<JsonObject> selectors, BrokerCredentials? credentials)
    {
        using var client = new PactBroker(broker, credentials, s_timeout);
        var fetched = selectors.Count == 0
            ? client.LatestPactsAsync(provider).GetAwaiter().GetResult()
            : client.PactsForVerificationAsync(provider, selectors).GetAwaiter().GetResult();
        if (fetched.Count == 0)
        {
            throw new PactBrokerException($"{client.Shown}: the broker holds no pact for provider '{provider}'{(selectors.Count > 0 ? " that the consumer version selectors choose" : string.Empty)}");
        }

        return ([.. fetched.Select(Read)], client.Shown);
    }

    private static ConsumerPact Read(FetchedPact pact) => PactReader.ReadText(pact.Shown, pact.Content);
}
