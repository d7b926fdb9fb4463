using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Calls;

/// <summary>
/// One query parameter of a URL as the code builds it: <c>?api_key={key}</c> in a literal or interpolation,
/// an entry given to a query builder (<c>QueryHelpers.AddQueryString(url, "api_key", key)</c>), a Refit <c>[Query]</c>
/// parameter. The one shape every rule reads a query parameter in, so a name found for one rule is found for all.
/// </summary>
internal sealed class QueryParameter
{
    public QueryParameter(string name, string? literalValue, IOperation? value, Location? location = null)
    {
        Name = name;
        LiteralValue = literalValue;
        Value = value;
        Location = location ?? value?.Syntax.GetLocation() ?? Location.None;
    }

    public string Name { get; }

    /// <summary>The value when it is written in the literal text, e.g. <c>abc</c> in <c>?key=abc</c>.</summary>
    public string? LiteralValue { get; }

    /// <summary>The run-time value when a hole follows <c>name=</c>, or the value handed to a builder.</summary>
    public IOperation? Value { get; }

    /// <summary>Where the parameter is written: the URL expression, the builder call or the collection entry.</summary>
    public Location Location { get; }
}
