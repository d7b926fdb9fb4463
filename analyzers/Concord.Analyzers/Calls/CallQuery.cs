using System;
using System.Collections.Generic;
using System.Linq;

namespace Concord.Analyzers.Calls;

/// <summary>
/// The query a call sends, as far as its code shows it: each parameter (name, value, where it is written), and
/// whether those are all of them. A query built out of sight (a computed query string, an object Refit flattens
/// under names the model does not follow) leaves <see cref="ShowsEveryName"/> false, so a rule that needs the
/// whole query (a required parameter never set) gives the call the benefit of the doubt.
/// </summary>
internal sealed class CallQuery
{
    public static CallQuery Unknown { get; } = new(Array.Empty<QueryParameter>(), showsEveryName: false);

    public CallQuery(IReadOnlyList<QueryParameter> parameters, bool showsEveryName)
    {
        Parameters = parameters;
        ShowsEveryName = showsEveryName;
    }

    public IReadOnlyList<QueryParameter> Parameters { get; }

    /// <summary>True when no name of the query is computed out of sight.</summary>
    public bool ShowsEveryName { get; }

    /// <summary>True when a parameter of this name is set, compared the way servers and naming policies differ (<c>api_key</c> = <c>apiKey</c>).</summary>
    public bool Sets(string name)
    {
        var wanted = NormalizedName(name);
        return Parameters.Any(p => NormalizedName(p.Name) == wanted);
    }

    /// <summary>The two queries together: both calls' parameters, every name shown only when both show theirs.</summary>
    public CallQuery With(CallQuery other) =>
        new(Parameters.Concat(other.Parameters).ToList(), ShowsEveryName && other.ShowsEveryName);

    /// <summary><c>api_key</c>, <c>apiKey</c> and <c>ApiKey</c> alike: letters and digits, lower case.</summary>
    public static string NormalizedName(string name) =>
        new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
