using System.Text.Json;
using Concord.Cli.Check;

namespace Concord.Cli.Systems;

/// <summary>
/// Which service an HTTP client calls, from how its base address is configured: a service-discovery name
/// (<c>https+http://orders</c>), the development address a consumer's appsettings give (matched to the port in
/// the provider's launchSettings.json), or the words of the configuration key and client type
/// (<c>Services:Orders:BaseUrl</c>, <c>OrdersClient</c>). The first that names exactly one service wins.
/// </summary>
internal sealed class ProviderMatcher
{
    private static readonly string[] s_suffixes = ["httpclient", "client", "service", "services", "api", "svc", "baseurl", "baseaddress", "url", "uri", "address", "endpoint", "host"];
    private readonly IReadOnlyList<ServiceEntry> _providers;
    private readonly Dictionary<string, HashSet<int>> _ports;

    public ProviderMatcher(IReadOnlyList<ServiceEntry> providers)
    {
        _providers = providers;
        _ports = providers.ToDictionary(p => p.Name, p => LaunchPorts(p.Project), StringComparer.Ordinal);
    }

    /// <summary>
    /// The provider a consumer's client calls: the system's own wiring of the client's base-address setting
    /// (<c>Orders__BaseUrl=${url:Orders}</c>, from discovery or the system file) first; else what the setting's
    /// configured value, the registration's own address, or the names say. Null when nothing names exactly one.
    /// </summary>
    public ServiceEntry? ForRegistration(ServiceEntry consumer, ClientRegistration registration, IReadOnlyDictionary<string, string> settings)
    {
        if (registration.Key is { } key
            && (consumer.Environment.GetValueOrDefault(key) ?? consumer.Environment.GetValueOrDefault(key.Replace(":", "__", StringComparison.Ordinal))) is { } wired
            && _providers.FirstOrDefault(p => wired.Contains($"${{url:{p.Name}}}", StringComparison.Ordinal)) is { } provider)
        {
            return provider;
        }

        var configured = registration.Key is { } setting && registration.Source == "configuration" ? settings.GetValueOrDefault(setting) : null;
        return Match(registration, configured);
    }

    /// <summary>The provider the registration's client calls, or null when nothing names exactly one.</summary>
    public ServiceEntry? Match(ClientRegistration registration, string? configuredAddress) =>
        ByAddress(configuredAddress) ?? ByAddress(registration.Address) ?? ByWords(registration.Key) ?? ByWords(SimpleName(registration.Client));

    /// <summary>The provider an absolute URL in code points at (its host or development port), or null.</summary>
    public ServiceEntry? ByAddress(string? address)
    {
        if (address is null || !Uri.TryCreate(ServiceDiscoveryUrls.AsHttp(address), UriKind.Absolute, out var uri))
        {
            return null;
        }

        if (uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return Single(_providers.Where(p => _ports[p.Name].Contains(uri.Port)));
        }

        return ByWords(uri.Host);
    }

    private ServiceEntry? ByWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = text.Split([':', '_', '.', '/', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Normalize).Where(w => w.Length > 1).ToList();
        return Single(_providers.Where(p => words.Any(w => SameName(w, Normalize(p.Name)))));
    }

    private static ServiceEntry? Single(IEnumerable<ServiceEntry> candidates)
    {
        var list = candidates.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }

    private static bool SameName(string a, string b) =>
        a.Length > 0 && b.Length > 0 && (a == b || a + "s" == b || b + "s" == a);

    /// <summary>Lower case letters and digits, common suffixes (Api, Service, Client, BaseUrl…) taken off.</summary>
    public static string Normalize(string name)
    {
        var text = new string([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        bool trimmed;
        do
        {
            trimmed = false;
            foreach (var suffix in s_suffixes)
            {
                if (text.Length > suffix.Length && text.EndsWith(suffix, StringComparison.Ordinal))
                {
                    text = text[..^suffix.Length];
                    trimmed = true;
                }
            }
        }
        while (trimmed);
        return text;
    }

    private static string SimpleName(string client)
    {
        var dot = client.LastIndexOf('.');
        var name = dot >= 0 ? client[(dot + 1)..] : client;
        return name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]) ? name[1..] : name;
    }

    /// <summary>The ports of the applicationUrl(s) in the project's Properties/launchSettings.json.</summary>
    private static HashSet<int> LaunchPorts(string project)
    {
        var ports = new HashSet<int>();
        var file = Path.Combine(Path.GetDirectoryName(project)!, "Properties", "launchSettings.json");
        if (!File.Exists(file))
        {
            return ports;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!document.RootElement.TryGetProperty("profiles", out var profiles) || profiles.ValueKind != JsonValueKind.Object)
            {
                return ports;
            }

            foreach (var profile in profiles.EnumerateObject())
            {
                if (profile.Value.ValueKind == JsonValueKind.Object && profile.Value.TryGetProperty("applicationUrl", out var urls) && urls.GetString() is { } text)
                {
                    foreach (var url in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
                        {
                            ports.Add(uri.Port);
                        }
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A launch profile we cannot read gives no port; the other ways of matching still apply.
        }

        return ports;
    }
}
