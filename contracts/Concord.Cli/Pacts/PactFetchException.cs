namespace Concord.Cli.Pacts;

/// <summary>
/// A pact could not be fetched from a URL or a Pact Broker: one line naming what and where (the URL, with any
/// credential removed), for exit code 2.
/// </summary>
internal sealed class PactFetchException(string message, Exception? inner = null) : Exception(message, inner);
