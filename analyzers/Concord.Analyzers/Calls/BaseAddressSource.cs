namespace Concord.Analyzers.Calls;

/// <summary>Where a client's base address comes from.</summary>
internal enum BaseAddressSource
{
    Unknown,
    Configuration,
    Environment,
    Literal,
}

internal static class BaseAddressSources
{
    /// <summary>The value of the <c>BaseAddressSource</c> diagnostic property.</summary>
    public static string ToPropertyValue(this BaseAddressSource source) => source switch
    {
        BaseAddressSource.Configuration => "configuration",
        BaseAddressSource.Environment => "environment",
        BaseAddressSource.Literal => "literal",
        _ => "unknown",
    };
}
