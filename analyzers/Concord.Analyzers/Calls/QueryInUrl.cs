using System.Collections.Generic;
using Concord.Analyzers.Semantics;

namespace Concord.Analyzers.Calls;

/// <summary>
/// The query parameters of one URL expression read where it is built (a literal, an interpolation, a
/// concatenation, a <c>UriBuilder.Query</c> assignment), with the URL's text for rules that judge by it
/// (an authorize page, a provider's host). It is read whether or not the URL is seen sent: a URL returned or
/// stored carries its query just the same.
/// </summary>
internal sealed class QueryInUrl
{
    public QueryInUrl(StringSegments url, IReadOnlyList<QueryParameter> parameters)
    {
        Url = url;
        Parameters = parameters;
    }

    public StringSegments Url { get; }

    public IReadOnlyList<QueryParameter> Parameters { get; }

    /// <summary>The URL with every hole written <c>{}</c>.</summary>
    public string Text => Url.Render();
}
