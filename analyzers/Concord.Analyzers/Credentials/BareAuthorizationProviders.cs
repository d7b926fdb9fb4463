using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Credentials;

/// <summary>
/// Providers whose own documentation has the Authorization header carry the token itself, with no scheme. There a
/// bare token is what the server reads, and advice to add <c>Bearer</c> would break the call. Kept short on purpose:
/// each entry is a provider whose API reference shows <c>Authorization: &lt;token&gt;</c> and no scheme at all.
/// </summary>
internal static class BareAuthorizationProviders
{
    // Each entry: the hosts the provider's API is served from, and the names code gives the provider (a run of words,
    // as IdentifierWords splits them), since the address may come from an earlier response or from configuration.
    private static readonly (string[] Hosts, string[] Names, string Provider)[] Providers =
    {
        // Backblaze B2's native API: every call after b2_authorize_account sends the authorization token it returned
        // as the whole header, and uploads send the upload URL's token the same way.
        (new[] { "backblazeb2.com" }, new[] { "backblaze" }, "Backblaze B2"),
        // top.gg's bot list API (formerly discordbots.org) reads the bot's token as the whole Authorization header.
        (new[] { "top.gg", "discordbots.org" }, new[] { "top gg" }, "top.gg"),
        // Pexels' API reference shows 'Authorization: <API key>' on every request.
        (new[] { "pexels.com" }, new[] { "pexels" }, "Pexels"),
    };

    /// <summary>
    /// The provider the header set at <paramref name="containingSymbol"/> goes to when it reads a bare token; null when
    /// none. The hosts written in the method come first, then those written in its type; with no host at all, the
    /// names of the types and namespaces around the code.
    /// </summary>
    public static string? Reading(ISymbol? containingSymbol, CancellationToken cancellationToken)
    {
        if (containingSymbol is null)
        {
            return null;
        }

        var hosts = ProviderClues.HostsWrittenIn(containingSymbol, cancellationToken);
        if (hosts.Count == 0 && containingSymbol.ContainingType is { } type)
        {
            hosts = ProviderClues.HostsWrittenIn(type, cancellationToken);
        }

        var clues = ProviderClues.Of(hosts, containingSymbol);
        foreach (var (providerHosts, names, provider) in Providers)
        {
            if (clues.Addresses(providerHosts, names))
            {
                return provider;
            }
        }

        return null;
    }
}
