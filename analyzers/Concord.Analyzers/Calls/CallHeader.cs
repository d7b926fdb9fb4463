using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Calls;

/// <summary>
/// One header a call sends, as the code sets it: <c>request.Headers.Add("X-API-Key", key)</c>,
/// <c>DefaultRequestHeaders.Authorization = …</c> (in the method, the typed client's constructor or the client's
/// registration), a Refit <c>[Header("X-Tenant")]</c> parameter or <c>[Headers("X-Tenant: north")]</c> line.
/// </summary>
internal sealed class CallHeader
{
    public CallHeader(string name, IOperation? value, string? literalValue, IParameterSymbol? parameter, Location location)
    {
        Name = name;
        Value = value;
        LiteralValue = literalValue;
        Parameter = parameter;
        Location = location;
    }

    public string Name { get; }

    /// <summary>The value's operation, when the code sets it in a method body the model read.</summary>
    public IOperation? Value { get; }

    /// <summary>The value written in an attribute (<c>[Headers("Authorization: abc")]</c> → <c>abc</c>).</summary>
    public string? LiteralValue { get; }

    /// <summary>The Refit method parameter whose argument is the value (<c>[Header("Authorization")] string apiKey</c>).</summary>
    public IParameterSymbol? Parameter { get; }

    /// <summary>Where the header is set: the <c>Add</c> call, the assignment, the attribute or parameter.</summary>
    public Location Location { get; }

    public bool Is(string name) => string.Equals(Name, name, System.StringComparison.OrdinalIgnoreCase);
}
