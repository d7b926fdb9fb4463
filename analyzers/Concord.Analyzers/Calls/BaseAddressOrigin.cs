namespace Concord.Analyzers.Calls;

/// <summary>A base address's origin: the configuration key or environment variable it is read from, and a literal or fallback URL.</summary>
internal sealed class BaseAddressOrigin
{
    public static BaseAddressOrigin Unknown { get; } = new(BaseAddressSource.Unknown, string.Empty, string.Empty);

    public BaseAddressOrigin(BaseAddressSource source, string key, string address)
    {
        Source = source;
        Key = key;
        Address = address;
    }

    public BaseAddressSource Source { get; }

    /// <summary>The configuration key (<c>Orders:BaseUrl</c>) or environment variable name; "" when none.</summary>
    public string Key { get; }

    /// <summary>The literal URL, or the fallback used when the setting is missing; "" when none.</summary>
    public string Address { get; }

    public BaseAddressOrigin WithAddress(string address) => new(Source, Key, address);

    /// <summary>"configuration key 'Orders:BaseUrl' (fallback 'http://localhost:5000')", "the literal 'https+http://orders'".</summary>
    public string Describe()
    {
        var fallback = Address.Length > 0 ? $" (fallback '{Address}')" : string.Empty;
        return Source switch
        {
            BaseAddressSource.Configuration => $"configuration key '{Key}'{fallback}",
            BaseAddressSource.Environment => $"environment variable '{Key}'{fallback}",
            BaseAddressSource.Literal => $"the literal '{Address}'",
            _ => "a source not known at compile time",
        };
    }
}
