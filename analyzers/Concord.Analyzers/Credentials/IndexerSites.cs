using System.Linq;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Credentials;

/// <summary>
/// Site adapters of indexer aggregators: a class that implements one tracker's or indexer's site API among the
/// hundreds an aggregator speaks to (it derives from a base type or implements an interface named for an indexer:
/// <c>IndexerBase</c>, <c>TorrentIndexerBase&lt;T&gt;</c>, <c>IIndexerRequestGenerator</c>). Such a site's API is
/// read by RSS readers and torrent clients that fetch plain URLs and cannot add a header, so the sites take their
/// key in the query, as the Newznab and Torznab protocols they grew from do; the adapter copies the site's API as
/// the site defines it, and its maintainers cannot move the key. (Seen on real code: every key an aggregator's
/// site adapter sent was in the site's documented query parameter.)
/// </summary>
internal static class IndexerSites
{
    public static bool IsSiteAdapter(ISymbol? symbol)
    {
        for (var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType; type is not null; type = type.ContainingType)
        {
            for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
            {
                if (IsIndexerName(baseType.Name))
                {
                    return true;
                }
            }

            if (type.AllInterfaces.Any(face => IsIndexerName(face.Name)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIndexerName(string name) => IdentifierWords.Split(name).Contains("indexer");
}
