using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Concord.Analyzers.Credentials;

/// <summary>
/// What the code says about the provider a URL is sent to, most specific first: the URL's own host; else the
/// absolute address handed to the same call or constructor as its base (<c>new Request("movie/1", BaseUri)</c>,
/// <c>new Uri(baseUri, "/?apikey=…")</c>); else the hosts of the absolute URLs written in the type that builds it
/// (a client class keeps its provider's address in a constant or a fallback). And the names of the types and
/// namespaces around the code (<c>PushoverApi</c>, <c>OmdbResolver</c>), since a self-hosted product's address is
/// configured by each user and only the code's names say which product it speaks to.
/// </summary>
internal sealed class ProviderClues
{
    private ProviderClues(IReadOnlyList<string> hosts, ISymbol? containingSymbol)
    {
        Hosts = hosts;
        ContainingSymbol = containingSymbol;
    }

    /// <summary>The hosts the URL may go to, from the most specific source that names any; empty when none does.</summary>
    public IReadOnlyList<string> Hosts { get; }

    public ISymbol? ContainingSymbol { get; }

    /// <param name="urlText">The URL as rendered (holes as <c>{…}</c>), or null when nothing of it is known (a query collection).</param>
    /// <param name="at">The URL expression or the query builder call.</param>
    /// <param name="semanticModel">The model of <paramref name="at"/>'s tree, to read constant base addresses.</param>
    /// <param name="containingSymbol">The member the URL is built in, whose type and namespace names are clues too.</param>
    /// <param name="typeHosts">The hosts of the absolute URLs written in the containing type, computed once per type.</param>
    public static ProviderClues Of(string? urlText, SyntaxNode at, SemanticModel? semanticModel, ISymbol? containingSymbol, Func<IReadOnlyList<string>> typeHosts)
    {
        if (HostOf(urlText) is { } host)
        {
            return new ProviderClues(new[] { host }, containingSymbol);
        }

        var baseHosts = semanticModel is null ? new List<string>() : BaseAddressHosts(at, semanticModel);
        return new ProviderClues(baseHosts.Count > 0 ? baseHosts : typeHosts(), containingSymbol);
    }

    /// <summary>Clues from hosts the caller found itself (those written around a header it judges).</summary>
    public static ProviderClues Of(IReadOnlyList<string> hosts, ISymbol? containingSymbol) => new(hosts, containingSymbol);

    /// <summary>Whether one of the hosts is <paramref name="domain"/> or under it.</summary>
    public bool GoesTo(string domain) =>
        Hosts.Any(host => string.Equals(host, domain, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether the code addresses a provider: the URL goes to one of <paramref name="hostSuffixes"/>; or, when no host
    /// says where it goes (none is written, or the provider has none of its own because each user runs it), a type or
    /// namespace around the code is named for one of <paramref name="names"/>. A provider with hosts of its own is not
    /// taken by name when the code names another host: that host says who the code speaks to.
    /// </summary>
    public bool Addresses(string[] hostSuffixes, string[] names) =>
        Array.Exists(hostSuffixes, GoesTo) || ((hostSuffixes.Length == 0 || Hosts.Count == 0) && Array.Exists(names, IsNamedFor));

    /// <summary>
    /// The provider of the first of <paramref name="entries"/> that names <paramref name="name"/> (case aside) and that the
    /// code addresses (<see cref="Addresses"/>); null when none does. The short provider lists of CORD001 and CORD003
    /// (<see cref="QueryKeyProviders"/>, <see cref="BodyKeyProviders"/>, <see cref="ProviderNonCredentials"/>) are read so.
    /// </summary>
    public string? FirstAddressed(IEnumerable<(string[] HostSuffixes, string Name, string[] Names, string Provider)> entries, string name)
    {
        foreach (var (suffixes, entry, names, provider) in entries)
        {
            if (string.Equals(name, entry, StringComparison.OrdinalIgnoreCase) && Addresses(suffixes, names))
            {
                return provider;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a type or namespace around the code is named for <paramref name="words"/>, a run of lower-case words
    /// separated by spaces (<c>"gotify"</c>, <c>"movie db"</c> in <c>TheMovieDbApi</c>).
    /// </summary>
    public bool IsNamedFor(string words)
    {
        var wanted = words.Split(' ');
        for (var current = ContainingSymbol; current is not null && current is not INamespaceSymbol { IsGlobalNamespace: true }; current = current.ContainingSymbol)
        {
            if (current is INamedTypeSymbol or INamespaceSymbol && ContainsRun(IdentifierWords.Split(current.Name), wanted))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The hosts of every absolute URL written as a literal in <paramref name="symbol"/>'s declarations (a type's, a method's).</summary>
    public static IReadOnlyList<string> HostsWrittenIn(ISymbol symbol, System.Threading.CancellationToken cancellationToken)
    {
        var hosts = new List<string>();
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            foreach (var token in reference.GetSyntax(cancellationToken).DescendantTokens())
            {
                if ((token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken))
                    && HostOf(token.ValueText) is { } host
                    && !hosts.Contains(host, StringComparer.OrdinalIgnoreCase))
                {
                    hosts.Add(host);
                }
            }
        }

        return hosts;
    }

    /// <summary>The literal host of an absolute http(s) URL at the start of <paramref name="url"/>; null when none or computed.</summary>
    public static string? HostOf(string? url)
    {
        if (url is null
            || !(url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return Calls.Providers.DocumentedQueryKeys.HostOf(url);
    }

    // The other arguments of the call or constructor the URL is handed to, when they are constant absolute URLs.
    private static List<string> BaseAddressHosts(SyntaxNode at, SemanticModel semanticModel)
    {
        var hosts = new List<string>();
        var node = at;
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            node = node.Parent;
        }

        if (node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax list })
        {
            foreach (var argument in list.Arguments)
            {
                if (argument.Expression != node
                    && semanticModel.GetConstantValue(argument.Expression) is { HasValue: true, Value: string text }
                    && HostOf(text) is { } host)
                {
                    hosts.Add(host);
                }
            }
        }

        return hosts;
    }

    private static bool ContainsRun(IReadOnlyList<string> words, string[] run)
    {
        for (var start = 0; start + run.Length <= words.Count; start++)
        {
            var all = true;
            for (var i = 0; i < run.Length && all; i++)
            {
                all = words[start + i] == run[i];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
