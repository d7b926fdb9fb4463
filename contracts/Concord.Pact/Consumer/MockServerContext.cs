namespace Concord.Pact.Consumer;

/// <summary>What the code under test needs to reach the mock server.</summary>
/// <param name="BaseUri">The mock server's base address, <c>http://127.0.0.1:&lt;port&gt;/</c>.</param>
public sealed record MockServerContext(Uri BaseUri);
