using System.Net.Http.Headers;
using System.Text;

namespace Concord.Cli.Pacts;

/// <summary>
/// How requests to a Pact Broker (or a pact URL) authenticate: a bearer token (PactFlow), or a username and
/// password (basic auth, the open-source broker), from the command line or else the environment variables the
/// Pact tools share (<c>PACT_BROKER_TOKEN</c>, <c>PACT_BROKER_USERNAME</c>, <c>PACT_BROKER_PASSWORD</c>), or else
/// the user part of the URL itself. The values are never written anywhere: messages name only where they came from.
/// </summary>
internal sealed class BrokerCredentials
{
    public const string TokenVariable = "PACT_BROKER_TOKEN";
    public const string UsernameVariable = "PACT_BROKER_USERNAME";
    public const string PasswordVariable = "PACT_BROKER_PASSWORD";

    private readonly AuthenticationHeaderValue? _header;

    private BrokerCredentials(AuthenticationHeaderValue? header, string source)
    {
        _header = header;
        Source = source;
    }

    /// <summary>What was sent, without the secret: e.g. <c>a token from PACT_BROKER_TOKEN</c>, or <c>no credentials</c>.</summary>
    public string Source { get; }

    /// <summary>The credential values, for redaction of anything that might echo them.</summary>
    public IReadOnlyList<string> Secrets { get; private init; } = [];

    public static BrokerCredentials From(string? token, string? username, string? password, Uri? url, Func<string, string?> environment)
    {
        if (!string.IsNullOrEmpty(token))
        {
            return Bearer(token, "a token from --broker-token");
        }

        if (!string.IsNullOrEmpty(username))
        {
            return Basic(username, password ?? environment(PasswordVariable) ?? string.Empty, "a username and password from --broker-username");
        }

        if (environment(TokenVariable) is { Length: > 0 } fromEnvironment)
        {
            return Bearer(fromEnvironment, $"a token from {TokenVariable}");
        }

        if (environment(UsernameVariable) is { Length: > 0 } user)
        {
            return Basic(user, environment(PasswordVariable) ?? string.Empty, $"a username and password from {UsernameVariable}/{PasswordVariable}");
        }

        if (url is { UserInfo.Length: > 0 } withUser)
        {
            var parts = withUser.UserInfo.Split(':', 2);
            return Basic(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty, "a username and password from the URL");
        }

        return new BrokerCredentials(null, "no credentials");
    }

    /// <summary>Adds the credential to a request, only when it goes to the origin the user named: a link to another host never gets it.</summary>
    public void Apply(HttpRequestMessage request, Uri origin)
    {
        if (_header is not null && request.RequestUri is { } target
            && Uri.Compare(target, origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
        {
            request.Headers.Authorization = _header;
        }
    }

    private static BrokerCredentials Bearer(string token, string source) =>
        new(new AuthenticationHeaderValue("Bearer", token), source) { Secrets = [token] };

    private static BrokerCredentials Basic(string username, string password, string source) =>
        new(new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(username + ":" + password))), source)
        {
            Secrets = password.Length > 0 ? [password] : [],
        };
}
