using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Calls;

/// <summary>
/// What a query builder adds to a URL: <c>QueryHelpers.AddQueryString(url, "q", term)</c> adds <c>q</c> to
/// <c>url</c>; <c>QueryString.Create("q", term)</c> is a query of its own (no URL). <see cref="ShowsEveryName"/> is
/// false when an entry's name is computed (a dictionary filled out of sight).
/// </summary>
internal sealed class AddedQuery
{
    public AddedQuery(IOperation? url, IReadOnlyList<QueryParameter> parameters, bool showsEveryName)
    {
        Url = url;
        Parameters = parameters;
        ShowsEveryName = showsEveryName;
    }

    /// <summary>The URL the parameters are added to; null for a query built on its own.</summary>
    public IOperation? Url { get; }

    public IReadOnlyList<QueryParameter> Parameters { get; }

    public bool ShowsEveryName { get; }
}
