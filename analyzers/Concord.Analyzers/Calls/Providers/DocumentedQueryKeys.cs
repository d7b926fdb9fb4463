using System;
using System.Collections.Immutable;
using System.Linq;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>
/// The query parameters that the project's provider documents say carry a credential (an <c>apiKey</c> security
/// scheme <c>in: query</c>). A call sending its key there does what the provider requires, so CORD003 stays quiet.
/// </summary>
internal sealed class DocumentedQueryKeys
{
    public static readonly DocumentedQueryKeys None = new(ImmutableArray<ProviderDocument>.Empty);

    private readonly ImmutableArray<ProviderDocument> _documents;

    private DocumentedQueryKeys(ImmutableArray<ProviderDocument> documents) => _documents = documents;

    public static DocumentedQueryKeys From(ImmutableArray<ProviderDocument> documents) =>
        documents.IsDefaultOrEmpty || documents.All(d => d.Operations.QueryKeys.Count == 0)
            ? None
            : new DocumentedQueryKeys(documents.Where(d => d.Operations.QueryKeys.Count > 0).ToImmutableArray());

    /// <summary>
    /// The provider whose document reads a credential from the query parameter <paramref name="name"/>, or null.
    /// When the URL names its host, the document must be that host's (by its server or its <c>ConcordBaseAddress</c>);
    /// a URL built on a configured base address (a hole, or a query builder with no URL text) may go to any of them.
    /// </summary>
    public string? ProviderReading(string name, string? urlText)
    {
        if (_documents.IsEmpty)
        {
            return null;
        }

        var host = HostOf(urlText);
        foreach (var document in _documents)
        {
            if (!document.Operations.QueryKeys.Any(key => string.Equals(key, name, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (host is null || IsHostOf(document, host))
            {
                return document.Provider;
            }
        }

        return null;
    }

    private static bool IsHostOf(ProviderDocument document, string host)
    {
        var known = false;
        foreach (var candidate in new[] { document.Operations.ServerHost, HostOf(document.BaseAddress) ?? string.Empty })
        {
            if (candidate.Length == 0)
            {
                continue;
            }

            known = true;
            if (string.Equals(candidate, host, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // A document that names no host cannot contradict the URL's.
        return !known;
    }

    /// <summary>The literal host of an absolute URL (<c>https://api.example.com/x</c> → <c>api.example.com</c>); null when none or computed.</summary>
    public static string? HostOf(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return null;
        }

        var rest = url.Substring(scheme + 3);
        var end = rest.IndexOfAny(new[] { '/', ':', '?', '#' });
        var host = end >= 0 ? rest.Substring(0, end) : rest;
        return host.Length == 0 || host.IndexOf('{') >= 0 ? null : host;
    }
}
