namespace Concord.Pact.Broker;

/// <summary>A pact read from a broker or a URL, as the server sent it.</summary>
/// <param name="Address">Where it was read.</param>
/// <param name="Shown">The address as messages and reports may show it: without any user name or password.</param>
/// <param name="Content">The pact's JSON text.</param>
public sealed record FetchedPact(Uri Address, string Shown, string Content)
{
    /// <summary>Never the content: the address shown.</summary>
    public override string ToString() => Shown;
}
