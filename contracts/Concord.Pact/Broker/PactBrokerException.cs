namespace Concord.Pact.Broker;

/// <summary>
/// A Pact Broker call did not do what was asked: the broker could not be reached, refused the credentials,
/// refused the request, or answered with something that is not the broker's HAL API. The message names the
/// broker, the request and what came back; credentials never appear in it.
/// </summary>
public sealed class PactBrokerException : Exception
{
    public PactBrokerException(string message)
        : base(message)
    {
    }

    public PactBrokerException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The HTTP status the broker answered with, when it answered at all.</summary>
    public int? StatusCode { get; init; }
}
