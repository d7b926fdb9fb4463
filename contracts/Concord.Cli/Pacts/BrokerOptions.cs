using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Pact.Broker;

namespace Concord.Cli.Pacts;

/// <summary>
/// The Pact Broker options <c>compare</c> and <c>check</c> share (<c>--broker</c>, its credentials and
/// <c>--consumer-version-selector</c>), defined once so both commands name, describe and check them alike.
/// </summary>
internal sealed class BrokerOptions
{
    public Option<string?> Broker { get; }

    public Option<string?> Token { get; } = new("--broker-token") { Description = $"Bearer token for the broker or pact URL (else {BrokerSignIn.TokenVariable})." };

    public Option<string?> Username { get; } = new("--broker-username") { Description = $"Basic-auth username for the broker or pact URL (else {BrokerSignIn.UsernameVariable})." };

    public Option<string?> Password { get; } = new("--broker-password") { Description = $"Basic-auth password (else {BrokerSignIn.PasswordVariable})." };

    public Option<string[]> Selectors { get; } = new("--consumer-version-selector")
    {
        Description = "A consumer version selector as JSON, e.g. {\"mainBranch\":true}; repeatable. The pacts are then those the broker's pacts-for-verification chooses.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <param name="brokerDescription">What <c>--broker</c> fetches, in the command's own words.</param>
    public BrokerOptions(string brokerDescription) =>
        Broker = new Option<string?>("--broker") { Description = brokerDescription };

    public IEnumerable<Option> All => [Broker, Token, Username, Password, Selectors];

    /// <summary>The broker request as given, or the one-line problem with it (not a URL, a selector that is not a JSON object).</summary>
    public (BrokerSource? Source, string? Problem) Read(ParseResult parsed, Func<string, string?> environment)
    {
        var selectors = parsed.GetValue(Selectors) ?? [];
        if (parsed.GetValue(Broker) is not { } given)
        {
            return (null, selectors.Length > 0 ? "--consumer-version-selector applies to --broker only" : null);
        }

        if (!IsUrl(given))
        {
            return (null, $"--broker {given}: not an http(s) URL");
        }

        var read = new List<JsonObject>();
        for (var i = 0; i < selectors.Length; i++)
        {
            if (SelectorProblem(selectors[i], i) is { } problem)
            {
                return (null, problem);
            }

            read.Add((JsonObject)JsonNode.Parse(selectors[i])!);
        }

        var url = new Uri(given);
        return (new BrokerSource(url, CredentialsFor(parsed, url, environment), read), null);
    }

    /// <summary>The credentials a request to <paramref name="url"/> carries, from the options, the environment or the URL.</summary>
    public BrokerCredentials? CredentialsFor(ParseResult parsed, Uri url, Func<string, string?> environment) =>
        BrokerSignIn.From(parsed.GetValue(Token), parsed.GetValue(Username), parsed.GetValue(Password), url, environment);

    public static bool IsUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https";

    /// <summary>What is wrong with a consumer version selector as given, or null: it must be a JSON object.</summary>
    private static string? SelectorProblem(string text, int index)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject ? null : $"--consumer-version-selector #{index + 1}: not a JSON object: {text}";
        }
        catch (JsonException e)
        {
            return $"--consumer-version-selector #{index + 1}: not JSON ({e.Message.Split(" LineNumber:", 2)[0].Trim()}): {text}";
        }
    }
}

/// <summary>A Pact Broker to read pacts from: its base URL, the credentials to send, and the consumer version selectors (none: the latest pact of each consumer).</summary>
internal sealed record BrokerSource(Uri Url, BrokerCredentials? Credentials, IReadOnlyList<JsonObject> Selectors);
