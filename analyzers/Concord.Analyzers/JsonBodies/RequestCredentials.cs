using System;
using System.Collections.Generic;
using System.Linq;
using Concord.Analyzers.Credentials;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.JsonBodies;

/// <summary>
/// Narrows credential names to those that authenticate the request that carries them. Bodies are full of
/// secrets that are the request's data: a bare <c>token</c> (a payment, invitation or one-time code), a bare
/// <c>secret</c> or <c>password</c> (re-verification, setting a password), key material
/// (<c>encryptedPrivateKey</c>, <c>signingKey</c>). An API key, an access/auth/bearer/session token and a
/// client/app secret are what a server expects in the Authorization header instead.
/// </summary>
internal static class RequestCredentials
{
    private static readonly HashSet<string> AuthTokenQualifiers = new(StringComparer.Ordinal)
    {
        "access", "auth", "authorization", "authentication", "bearer", "api", "session", "id", "jwt", "service",
        "security", "app", "application", "client", "oauth", "identity",
    };

    private static readonly HashSet<string> AuthKeyQualifiers = new(StringComparer.Ordinal)
    {
        "access", "secret", "subscription", "client", "auth", "service", "app", "application", "account", "admin", "consumer",
    };

    private static readonly HashSet<string> AuthSecretQualifiers = new(StringComparer.Ordinal)
    {
        "client", "app", "application", "api", "consumer", "access",
    };

    // Key material travels as data: uploaded encrypted, wrapped, or public.
    private static readonly HashSet<string> KeyMaterialWords = new(StringComparer.Ordinal)
    {
        "encrypted", "wrapped", "encryption", "private", "public", "signing", "master", "shared", "hmac",
    };

    /// <summary>The kind of request credential <paramref name="name"/> names, or null for none or a credential that is data.</summary>
    public static CredentialKind? Classify(string name, CredentialNames names)
    {
        if (names.Classify(name) is not { } kind)
        {
            return null;
        }

        // A name the project configured (concord.credential_names) is taken as meant.
        if (CredentialNames.Default.Classify(name) is null)
        {
            return kind;
        }

        var words = IdentifierWords.Split(name);
        var head = words[words.Count - 1];
        var qualifier = words.Count > 1 ? words[words.Count - 2] : null;

        switch (kind)
        {
            case CredentialKind.ApiKey:
                return kind;
            case CredentialKind.Secret when head == "key":
                return qualifier is not null && AuthKeyQualifiers.Contains(qualifier) && !words.Any(KeyMaterialWords.Contains) ? kind : null;
            case CredentialKind.Secret:
                return qualifier is not null && AuthSecretQualifiers.Contains(qualifier) ? kind : null;
            case CredentialKind.Token:
                return head == "bearer" || (qualifier is not null && AuthTokenQualifiers.Contains(qualifier)) ? kind : null;
            case CredentialKind.Credential:
                return head == "authorization" ? kind : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// "API key 'ApiKey'" or "token from configuration key 'Upstream:AccessToken'": the nearest place the value is
    /// read from whose name is a request credential; null when there is none.
    /// </summary>
    public static string? DescribeOrigin(IOperation? value, KnownSymbols symbols, CredentialNames names)
    {
        foreach (var origin in ValueOrigins.Trace(value, symbols))
        {
            if (Classify(origin.ClassifiedName, names) is { } kind)
            {
                return origin.IsConfiguration ? $"{kind.Describe()} from {origin.Describe()}" : $"{kind.Describe()} {origin.Describe()}";
            }
        }

        return null;
    }
}
