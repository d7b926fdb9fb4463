using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Concord.Analyzers.Credentials;

namespace Concord.Analyzers.JsonBodies;

/// <summary>
/// Recognises requests whose whole point is to hand a credential over in the body, where the body is the
/// protocol: an OAuth token exchange (<c>grant_type</c>), a sign-in or registration (a user identifier with a
/// password), an application's credentials being registered or exchanged (a client id with its secret), a token response (<c>token_type</c>, <c>expires_in</c>), and calls to sign-in, sign-out, token,
/// refresh, revocation, registration, password, webhook and secret-store endpoints, where the credential is the data.
/// </summary>
internal static class CredentialExchange
{
    private static readonly HashSet<string> UserIdentifiers = new(StringComparer.Ordinal)
    {
        "user", "username", "userid", "useremail", "email", "emailaddress", "login", "loginname", "loginid",
        "account", "accountname", "phone", "phonenumber",
    };

    // An application's id: with its secret beside it, the body registers or exchanges the pair.
    private static readonly HashSet<string> ClientIdentifiers = new(StringComparer.Ordinal)
    {
        "clientid", "appid", "applicationid", "consumerkey", "integrationkey",
    };

    // Compared with the URL text lower-cased and without '-' and '_', so "sign-in" and "sign_in" read as "signin".
    private static readonly string[] ExchangeEndpointWords =
    {
        "login", "logon", "signin", "signup", "register", "authenticat", "token", "password", "secret", "vault", "credential",
        "logout", "signout", "refresh", "revoke", "introspect", "hook",
    };

    // Words that name an exchange only as the path's last segment: POST …/auth or …/sessions trades what it is given
    // for a session; as an earlier segment they are only a prefix (a server whose whole API lives under /auth/).
    private static readonly string[] ExchangeLastSegments = { "auth", "oauth", "oauth2", "session", "sessions" };

    // The members of an OAuth token *response*: a body carrying them is a fake or proxied issuer answering, not a client calling.
    private static readonly HashSet<string> TokenResponseMembers = new(StringComparer.Ordinal) { "tokentype", "expiresin" };

    public static bool IsExchange(ImmutableArray<JsonBodyMember> members, RequestTarget target, CredentialNames names)
    {
        var hasUser = false;
        var hasPassword = false;
        var hasClient = false;
        var hasSecret = false;
        foreach (var member in members)
        {
            foreach (var name in NamesOf(member))
            {
                var normalized = string.Concat(IdentifierWords.Split(name));
                if (normalized == "granttype" || TokenResponseMembers.Contains(normalized))
                {
                    return true;
                }

                hasUser |= UserIdentifiers.Contains(normalized);
                hasClient |= ClientIdentifiers.Contains(normalized);
                var kind = names.Classify(name);
                hasPassword |= kind == CredentialKind.Password;
                hasSecret |= kind == CredentialKind.Secret;
            }
        }

        return (hasUser && hasPassword) || (hasClient && hasSecret) || IsExchangeEndpoint(target.UrlText);
    }

    public static IEnumerable<string> NamesOf(JsonBodyMember member)
    {
        if (member.Name.Length > 0)
        {
            yield return member.Name;
        }

        if (member.PropertyName is { } propertyName)
        {
            yield return propertyName;
        }
    }

    private static bool IsExchangeEndpoint(string urlText)
    {
        if (urlText.Length == 0)
        {
            return false;
        }

        var text = urlText.ToLowerInvariant().Replace("-", string.Empty).Replace("_", string.Empty);
        return ExchangeEndpointWords.Any(word => text.IndexOf(word, StringComparison.Ordinal) >= 0)
            || Array.IndexOf(ExchangeLastSegments, LastPathSegment(text)) >= 0;
    }

    private static string LastPathSegment(string url)
    {
        var end = url.IndexOfAny(new[] { '?', '#' });
        var path = (end >= 0 ? url.Substring(0, end) : url).TrimEnd('/');
        return path.Substring(path.LastIndexOf('/') + 1);
    }
}
