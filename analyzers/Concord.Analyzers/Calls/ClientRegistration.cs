using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Calls;

/// <summary>A client registration (<c>AddHttpClient</c>, <c>AddRefitClient</c>) or a base address set in a client's constructor.</summary>
internal sealed class ClientRegistration
{
    public ClientRegistration(ClientIdentity client, BaseAddressOrigin baseAddress, Location location, CallHeaders? headers = null)
    {
        Headers = headers ?? CallHeaders.None;
        Client = client;
        BaseAddress = baseAddress;
        Location = location;
    }

    public ClientIdentity Client { get; }

    public BaseAddressOrigin BaseAddress { get; }

    public Location Location { get; }

    /// <summary>The default headers the registration's configuration sets (<c>c.DefaultRequestHeaders.Add(…)</c>): every call through the client sends them.</summary>
    public CallHeaders Headers { get; }
}
