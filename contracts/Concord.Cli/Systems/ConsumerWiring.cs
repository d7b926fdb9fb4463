using Concord.Cli.Check;

namespace Concord.Cli.Systems;

/// <summary>
/// Wires a discovered consumer to the services it calls: each HTTP client registration that names a provider
/// becomes a consumes-edge, and the setting its base address comes from is pointed at the address where check
/// starts that provider (<c>Orders:BaseUrl</c> becomes <c>Orders__BaseUrl=${url:Orders}</c>).
/// </summary>
internal sealed class ConsumerWiring(IReadOnlyList<ServiceEntry> providers)
{
    private readonly ProviderMatcher _matcher = new(providers);

    public ServiceEntry Wire(ServiceEntry consumer, HttpInventory inventory, Action<string> say, string directory)
    {
        var settings = AppSettings.Read(consumer.Project, consumer.EnvironmentName);
        var consumes = new SortedSet<string>(consumer.Consumes, StringComparer.Ordinal);
        var environment = new Dictionary<string, string>(consumer.Environment, StringComparer.Ordinal);
        foreach (var registration in inventory.Registrations)
        {
            if (_matcher.ForRegistration(consumer, registration, settings) is not { } provider || provider.Name == consumer.Name)
            {
                continue;
            }

            consumes.Add(provider.Name);
            switch (registration.Source)
            {
                case "configuration" when registration.Key is { } setting:
                    environment[setting.Replace(":", "__", StringComparison.Ordinal)] = $"${{url:{provider.Name}}}";
                    break;
                case "environment" when registration.Key is { } variable:
                    environment[variable] = $"${{url:{provider.Name}}}";
                    break;
                default:
                    say($"{consumer.Name}: the client {registration.Client} has the fixed base address {registration.Address} ({Path.GetRelativePath(directory, registration.Where.File)}:{registration.Where.Line}); check cannot point it at the {provider.Name} it starts");
                    break;
            }
        }

        return consumer with { Consumes = [.. consumes], Environment = environment };
    }
}
