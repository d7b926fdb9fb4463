namespace Concord.Analyzers.Calls;

/// <summary>Which client a call or a registration concerns: its kind and its name (type full name or client name).</summary>
internal sealed class ClientIdentity
{
    public static ClientIdentity Unknown { get; } = new(ClientKind.Unknown, string.Empty);

    public ClientIdentity(ClientKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    public ClientKind Kind { get; }

    /// <summary>The typed client's or Refit interface's full name, the named client's name, or "".</summary>
    public string Name { get; }

    /// <summary>"Shop.OrdersClient", "the named client 'orders'", "an unknown client".</summary>
    public string Describe() => Kind switch
    {
        ClientKind.Named => $"the named client '{Name}'",
        ClientKind.Unknown => "an unknown client",
        _ => Name,
    };
}
