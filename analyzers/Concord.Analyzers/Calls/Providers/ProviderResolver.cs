using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>
/// Which provider's document a call goes to. A document's <c>ConcordBaseAddress</c> names the call's client
/// (typed client, named client or Refit interface, full or simple name), or the configuration key, environment
/// variable or literal address that client's registration reads its base address from. With a single document
/// and no such metadata, every relative call goes to it. Calls to a URL of their own, and calls whose client
/// is registered against another address, go nowhere.
/// </summary>
internal static class ProviderResolver
{
    public static ProviderDocument? For(HttpCall call, ImmutableArray<ProviderDocument> documents, IReadOnlyList<ClientRegistration> registrations)
    {
        if (documents.IsDefaultOrEmpty)
        {
            return null;
        }

        var known = call.Client.Kind != ClientKind.Unknown;
        var ownRegistrations = known
            ? registrations.Where(r => r.Client.Kind == call.Client.Kind && r.Client.Name == call.Client.Name).ToList()
            : new List<ClientRegistration>();

        foreach (var document in documents)
        {
            if (document.BaseAddress.Length == 0)
            {
                continue;
            }

            if (known && NamesClient(document.BaseAddress, call.Client.Name))
            {
                return document;
            }

            if (ownRegistrations.Any(r => NamesAddress(document.BaseAddress, r.BaseAddress)))
            {
                return document;
            }

            if (AbsoluteHost(call.Route) is { } host && SameHost(document.BaseAddress, host))
            {
                return document;
            }
        }

        if (documents.Length != 1 || AbsoluteHost(call.Route) is not null)
        {
            return null;
        }

        var only = documents[0];
        if (only.BaseAddress.Length == 0)
        {
            return only;
        }

        // The metadata names something, and this call's client is not it: only a call we know nothing against goes there.
        var pointsElsewhere = ownRegistrations.Any(r => r.BaseAddress.Source != BaseAddressSource.Unknown);
        return !known && !pointsElsewhere ? only : null;
    }

    private static bool NamesClient(string metadata, string client)
    {
        if (client.Length == 0)
        {
            return false;
        }

        if (string.Equals(metadata, client, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var dot = client.LastIndexOf('.');
        return dot >= 0 && string.Equals(metadata, client.Substring(dot + 1), StringComparison.OrdinalIgnoreCase);
    }

    private static bool NamesAddress(string metadata, BaseAddressOrigin origin) =>
        (origin.Key.Length > 0 && string.Equals(metadata, origin.Key, StringComparison.OrdinalIgnoreCase))
        || (origin.Address.Length > 0 && (string.Equals(metadata.TrimEnd('/'), origin.Address.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            || (HostOf(origin.Address) is { } host && SameHost(metadata, host))));

    private static string? AbsoluteHost(string? route) =>
        route is not null && route.IndexOf("://", StringComparison.Ordinal) > 0 ? HostOf(route) : null;

    /// <summary><c>https+http://orders/api</c> → <c>orders</c>.</summary>
    private static string? HostOf(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return null;
        }

        var rest = url.Substring(scheme + 3);
        var end = rest.IndexOfAny(new[] { '/', ':', '?', '#' });
        return end >= 0 ? rest.Substring(0, end) : rest;
    }

    private static bool SameHost(string metadata, string host) =>
        string.Equals(HostOf(metadata) ?? metadata, host, StringComparison.OrdinalIgnoreCase);
}
