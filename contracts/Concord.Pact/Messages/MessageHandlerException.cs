namespace Concord.Pact.Messages;

/// <summary>The consumer's handler failed on one or more messages of its pact; nothing was written.</summary>
public sealed class MessageHandlerException : Exception
{
    internal MessageHandlerException(string consumer, string provider, IReadOnlyList<(string Description, Exception Error)> failures)
        : base($"Message pact {consumer} -> {provider}: the handler failed on {failures.Count} message(s): " +
               string.Join("; ", failures.Select(f => $"\"{f.Description}\": {f.Error.GetType().Name}: {f.Error.Message}")) +
               ". The pact was not written.", failures[0].Error)
    {
        FailedMessages = failures.Select(f => f.Description).ToList();
    }

    /// <summary>The descriptions of the messages the handler failed on.</summary>
    public IReadOnlyList<string> FailedMessages { get; }
}
