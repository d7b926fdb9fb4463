using System.Security.Cryptography;
using System.Text.RegularExpressions;

using Concord.Cli.Systems;

namespace Concord.Cli.Check;

/// <summary>
/// Expands <c>${url:Service}</c> (a started service's address) and <c>${secret:name}</c> (a random value made
/// once per run, so test keys never live in the repository) in environment values and verification headers.
/// </summary>
internal sealed partial class Placeholders(IReadOnlyDictionary<string, Uri> urls)
{
    private readonly Dictionary<string, string> _secrets = new(StringComparer.Ordinal);

    /// <summary>The secret values made so far: reports and logs must not show them.</summary>
    public IEnumerable<string> Secrets => _secrets.Values;

    public string Expand(string value, string where) => PlaceholderPattern().Replace(value, match =>
    {
        var name = match.Groups["name"].Value;
        return match.Groups["kind"].Value switch
        {
            "url" => urls.TryGetValue(name, out var url)
                ? url.ToString().TrimEnd('/')
                : throw new SystemFileException($"{where}: ${{url:{name}}} names no started service."),
            _ => Secret(name),
        };
    });

    private string Secret(string name)
    {
        if (!_secrets.TryGetValue(name, out var value))
        {
            value = "check-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            _secrets[name] = value;
        }

        return value;
    }

    [GeneratedRegex(@"\$\{(?<kind>url|secret):(?<name>[A-Za-z0-9_.\-]+)\}")]
    private static partial Regex PlaceholderPattern();
}
