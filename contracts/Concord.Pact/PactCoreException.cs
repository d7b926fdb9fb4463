namespace Concord.Pact;

/// <summary>The Pact core refused an operation; the message says which and why.</summary>
public sealed class PactCoreException : Exception
{
    public PactCoreException(string message)
        : base(message)
    {
    }

    public PactCoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
