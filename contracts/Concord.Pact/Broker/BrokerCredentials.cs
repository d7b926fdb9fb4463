using System.Net.Http.Headers;
using System.Text;

namespace Concord.Pact.Broker;

/// <summary>
/// How to sign in to a Pact Broker: a bearer token or a user name and password. The secret is sent only in the
/// <c>Authorization</c> header and is cut out of every error and log line the broker client writes.
/// </summary>
public sealed class BrokerCredentials
{
    private readonly string _secret;
    private readonly string _scheme;
    private readonly string _parameter;

    private BrokerCredentials(string scheme, string parameter, string secret, string description)
    {
        _scheme = scheme;
        _parameter = parameter;
        _secret = secret;
        Description = description;
    }

    /// <summary>
    /// What messages say of these credentials, never the secret: <c>a bearer token</c>, <c>basic auth as ci</c>, or
    /// where they came from when the caller said so with <see cref="DescribedAs"/>.
    /// </summary>
    public string Description { get; }

    /// <summary>The same credentials, described in messages as <paramref name="description"/> (e.g. <c>a token from PACT_BROKER_TOKEN</c>), so a refusal says which ones to fix.</summary>
    public BrokerCredentials DescribedAs(string description)
    {
        ArgumentException.ThrowIfNullOrEmpty(description);
        return new BrokerCredentials(_scheme, _parameter, _secret, description);
    }

    /// <summary>A bearer token (the broker's <c>--broker-token</c>).</summary>
    public static BrokerCredentials Token(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new BrokerCredentials("Bearer", token, token, "a bearer token");
    }

    /// <summary>Basic authentication (the broker's <c>--broker-username</c> and <c>--broker-password</c>).</summary>
    public static BrokerCredentials Basic(string username, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentNullException.ThrowIfNull(password);
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}"));
        return new BrokerCredentials("Basic", encoded, password, $"basic auth as {username}");
    }

    /// <summary>Never the secret.</summary>
    public override string ToString() => Description;

    internal AuthenticationHeaderValue Header => new(_scheme, _parameter);

    /// <summary>Text with the secret (and its encoded header form) replaced, for errors and logs.</summary>
    internal string Redact(string text)
    {
        foreach (var value in new[] { _parameter, _secret })
        {
            if (value.Length > 0)
            {
                text = text.Replace(value, "[redacted]", StringComparison.Ordinal);
            }
        }

        return text;
    }
}
