using Concord.Cli.Pacts;
using Concord.Core.Findings;
using Concord.OpenApi.PactComparison;
using Concord.Pact.Broker;

namespace Concord.Cli.Check;

/// <summary>
/// The pacts a Pact Broker holds for the system's services (<c>check --broker</c>), fetched through Concord.Pact's
/// broker client and written under check's cache, because the Pact core verifies files. Reports never show those
/// copies: every finding that names one names the pact's broker URL instead.
/// </summary>
internal sealed class BrokerPactFiles
{
    private readonly Dictionary<string, string> _shownByPath;

    private BrokerPactFiles(IReadOnlyList<PactFile> pacts, Dictionary<string, string> shownByPath)
    {
        Pacts = pacts;
        _shownByPath = shownByPath;
    }

    public static BrokerPactFiles None { get; } = new([], []);

    /// <summary>The fetched pacts, read as check reads a pact folder.</summary>
    public IReadOnlyList<PactFile> Pacts { get; }

    /// <summary>
    /// Fetches, for each service as provider, the latest pact of each consumer (or those the selectors choose). A
    /// service the broker does not know has no pacts there; any other refusal stops the check with one line.
    /// </summary>
    public static async Task<BrokerPactFiles> FetchAsync(BrokerSource broker, IEnumerable<string> services, string cacheFolder, CheckProgress progress, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(cacheFolder, "broker-pacts");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        using var client = new PactBroker(broker.Url, broker.Credentials, TimeSpan.FromSeconds(30));
        var shownByPath = new Dictionary<string, string>(StringComparer.Ordinal);
        var pacts = new List<PactFile>();
        foreach (var service in services.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            IReadOnlyList<FetchedPact> fetched;
            try
            {
                fetched = broker.Selectors.Count == 0
                    ? await client.LatestPactsAsync(service, cancellationToken).ConfigureAwait(false)
                    : await client.PactsForVerificationAsync(service, broker.Selectors, cancellationToken).ConfigureAwait(false);
            }
            catch (PactBrokerException e) when (e.StatusCode == 404)
            {
                // A service no consumer has published a pact for is not known to the broker: it has none there.
                continue;
            }
            catch (PactBrokerException e)
            {
                throw new CheckFailedException($"--broker: {e.Message}{(e.StatusCode is 401 or 403 ? " " + BrokerSignIn.Hint : string.Empty)}");
            }

            for (var i = 0; i < fetched.Count; i++)
            {
                var path = Path.Combine(folder, $"{service}-{i + 1}.json");
                ConsumerPact read;
                try
                {
                    read = PactReader.ReadText(path, fetched[i].Content);
                }
                catch (PactReadException e)
                {
                    // Named by its URL, never by check's copy.
                    throw PactFile.Unreadable($"--broker: {fetched[i].Shown}", e);
                }

                await File.WriteAllTextAsync(path, fetched[i].Content, cancellationToken).ConfigureAwait(false);
                pacts.Add(PactFile.From(path, read));
                shownByPath[path] = fetched[i].Shown;
            }

            if (fetched.Count > 0)
            {
                progress.Say($"contract: {fetched.Count} pact(s) for {service} from the broker at {client.Shown}");
            }
        }

        return new BrokerPactFiles(pacts, shownByPath);
    }

    /// <summary>The finding with every location that names a fetched copy naming the pact's broker URL instead.</summary>
    public Finding Shown(Finding finding) =>
        _shownByPath.Count == 0
            ? finding
            : finding with { Location = Shown(finding.Location), Related = finding.Related.IsDefault ? finding.Related : [.. finding.Related.Select(Shown)] };

    private Location Shown(Location location) =>
        location is PactLocation pact && _shownByPath.TryGetValue(pact.PactFile, out var url) ? pact with { PactFile = url } : location;
}
