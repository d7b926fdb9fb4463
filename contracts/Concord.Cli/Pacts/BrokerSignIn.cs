using Concord.Pact.Broker;

namespace Concord.Cli.Pacts;

/// <summary>
/// Which credentials a <c>--broker</c> or <c>--pacts URL</c> request carries, the way the Pact tools choose them: a
/// bearer token or a username and password from the command line, else the environment variables they share
/// (<c>PACT_BROKER_TOKEN</c>, <c>PACT_BROKER_USERNAME</c>, <c>PACT_BROKER_PASSWORD</c>), else the user part of the URL.
/// Each is described by where it came from, never by its value; Concord.Pact's broker client sends and redacts it.
/// </summary>
internal static class BrokerSignIn
{
    public const string TokenVariable = "PACT_BROKER_TOKEN";
    public const string UsernameVariable = "PACT_BROKER_USERNAME";
    public const string PasswordVariable = "PACT_BROKER_PASSWORD";

    /// <summary>What a refusal adds, so the user knows every place credentials can come from.</summary>
    public const string Hint = $"(--broker-token or {TokenVariable}; --broker-username/--broker-password or {UsernameVariable}/{PasswordVariable})";

    /// <summary>The credentials to send, or null for none.</summary>
    public static BrokerCredentials? From(string? token, string? username, string? password, Uri url, Func<string, string?> environment)
    {
        if (!string.IsNullOrEmpty(token))
        {
            return BrokerCredentials.Token(token).DescribedAs("a token from --broker-token");
        }

        if (!string.IsNullOrEmpty(username))
        {
            return BrokerCredentials.Basic(username, password ?? environment(PasswordVariable) ?? string.Empty).DescribedAs("a username and password from --broker-username");
        }

        if (environment(TokenVariable) is { Length: > 0 } fromEnvironment)
        {
            return BrokerCredentials.Token(fromEnvironment).DescribedAs($"a token from {TokenVariable}");
        }

        if (environment(UsernameVariable) is { Length: > 0 } user)
        {
            return BrokerCredentials.Basic(user, environment(PasswordVariable) ?? string.Empty).DescribedAs($"a username and password from {UsernameVariable}/{PasswordVariable}");
        }

        if (url.UserInfo.Length > 0)
        {
            var parts = url.UserInfo.Split(':', 2);
            var name = Uri.UnescapeDataString(parts[0]);
            return name.Length == 0
                ? null
                : BrokerCredentials.Basic(name, parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty).DescribedAs("a username and password from the URL");
        }

        return null;
    }
}
