namespace Concord.Pact.Provider;

/// <summary>Where the verifier gets pacts from.</summary>
public abstract record PactSource
{
    private protected PactSource()
    {
    }

    /// <summary>One pact file on disk.</summary>
    public sealed record File(string Path) : PactSource;

    /// <summary>Every pact file in a folder whose provider is the one verified.</summary>
    public sealed record Directory(string Path) : PactSource;

    /// <summary>A pact served at a URL, with optional basic or bearer authentication.</summary>
    public sealed record Url(Uri Address, string? Username = null, string? Password = null, string? Token = null) : PactSource;

    /// <summary>The pacts a Pact Broker selects for this provider.</summary>
    public sealed record Broker(Uri Address, BrokerOptions Options) : PactSource;
}
